"""`with_raw_response`, identification headers, and default headers."""

from __future__ import annotations

import importlib.metadata

import httpx
import pytest
from corti_interactions import CortiClient, InteractionsGetResponse, RawResponse, __version__

from .conftest import INTERACTION_ID, Harness, seed_response


def test_raw_response_update(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(
        httpx.Response(503),
        httpx.Response(
            200, json=seed_response(), headers={"x-request-id": "rid-7", "x-ratelimit-remaining": "41"}
        ),
    )
    raw = harness.raw_update(INTERACTION_ID, encounter={"status": "completed"})
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "41"
    assert raw.request_id == "rid-7"
    assert raw.attempts == 2
    assert isinstance(raw.elapsed, float) and raw.elapsed > 0
    parsed = raw.parse()
    assert isinstance(parsed, InteractionsGetResponse)
    assert raw.parse() is parsed  # parsed once
    assert "attempts=2" in repr(raw)


def test_user_agent_has_the_package_version(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness()
    harness.update(INTERACTION_ID)
    assert __version__ == importlib.metadata.version("corti-interactions")
    assert harness.service.requests[0].headers["User-Agent"] == f"corti-interactions-python/{__version__}"


def test_default_headers_are_added(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(default_headers={"X-App": "scheduler/1.2"})
    harness.update(INTERACTION_ID)
    assert harness.service.requests[0].headers["X-App"] == "scheduler/1.2"


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"Authorization": "Bearer mine"}, "may not set 'Authorization'"),
        ({"tenant-name": "other"}, "may not set 'tenant-name'"),
        ({"X-Evil": "a\r\nInjected: 1"}, "printable ASCII"),
        ({"X-Name": "Søren"}, "printable ASCII"),
    ],
)
def test_default_headers_are_checked(headers: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CortiClient(tenant_name="t", token="x", default_headers=headers)
