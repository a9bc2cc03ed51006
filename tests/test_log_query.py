"""httpx's own INFO line never carries a query (a patient's identifier) for this client's
requests, on its own pool and on one brought with `httpx_client=`; other lines are untouched."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from corti_interactions import AsyncCortiClient, CortiClient

from .conftest import TENANT

BASE = "https://api.eu.corti.app/v2"


def _page(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"interactions": []})


def _lines(caplog: Any) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "httpx"]


@pytest.mark.parametrize("pool", ["owned", "brought"])
def test_no_query_in_httpx_lines_sync(caplog: Any, pool: str) -> None:
    transport = httpx.MockTransport(_page)
    pooling: dict[str, Any] = (
        {"transport": transport} if pool == "owned" else {"httpx_client": httpx.Client(transport=transport)}
    )
    client = CortiClient(base_url=BASE, tenant_name=TENANT, token="x", **pooling)
    with caplog.at_level(logging.INFO, logger="httpx"):
        client.interactions.list(patient="P-1001")
    (line,) = _lines(caplog)
    assert "P-1001" not in line and "/v2/interactions/" in line


def test_no_query_in_httpx_lines_async(caplog: Any) -> None:
    async def main() -> None:
        pool = httpx.AsyncClient(transport=httpx.MockTransport(_page))
        async with AsyncCortiClient(
            base_url=BASE, tenant_name=TENANT, token="x", httpx_client=pool
        ) as client:
            await client.interactions.list(patient="P-1001")

    with caplog.at_level(logging.INFO, logger="httpx"):
        asyncio.run(main())
    (line,) = _lines(caplog)
    assert "P-1001" not in line


def test_other_urls_keep_their_query_in_httpx_lines(caplog: Any) -> None:
    CortiClient(base_url=BASE, tenant_name=TENANT, token="x", httpx_client=httpx.Client())
    other = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204)))
    with caplog.at_level(logging.INFO, logger="httpx"):
        other.get("https://example.org/search?q=kept")
        other.get("https://api.eu.corti.app/v2x?q=kept")  # shares the prefix, not the base
    assert all("q=kept" in line for line in _lines(caplog)) and len(_lines(caplog)) == 2
