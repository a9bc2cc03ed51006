"""The send on a pool the client owns (`_direct`) against `httpx.Client.send`: the same answer.

The harness runs every behaviour test on both pools (see conftest); these cover what the
harness does not reach: the transport choice by URL, the pool's timeout, a closed pool,
httpx's log line, `elapsed` and the cookie jar left alone.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from corti_interactions import AsyncCortiClient, CortiClient
from corti_interactions._direct import async_send_direct, sync_send_direct

from tests.conftest import INTERACTION_ID, TENANT, seed_response

URL = f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}"


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=seed_response(), headers={"set-cookie": "sticky=1; Path=/"})


def both(pool: Any, request: httpx.Request) -> httpx.Response:
    """`pool.send` through `_direct`, sync or async."""
    if isinstance(pool, httpx.Client):
        return sync_send_direct(pool, request, httpx.Auth())
    return asyncio.run(async_send_direct(pool, request, httpx.Auth()))


@pytest.fixture(params=["sync", "async"])
def make_pool(request: pytest.FixtureRequest) -> Any:
    def make(**kwargs: Any) -> Any:
        return httpx.Client(**kwargs) if request.param == "sync" else httpx.AsyncClient(**kwargs)

    return make


def test_the_transport_is_chosen_by_url_as_httpx_does(make_pool: Any) -> None:
    """Mounts (how httpx applies proxies from the environment) pick the transport."""
    seen: list[str] = []

    def via(name: str) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(name)
            return ok(request)

        return httpx.MockTransport(handler)

    pool = make_pool(transport=via("default"), mounts={"https://api.eu.corti.app": via("proxy")})
    both(pool, httpx.Request("GET", URL))
    both(pool, httpx.Request("GET", "https://elsewhere.example/x"))
    assert seen == ["proxy", "default"]


def test_an_environment_proxy_mounts_a_proxy_transport_on_the_owned_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    with CortiClient(tenant_name=TENANT, token="x") as client:
        transport = client._http._transport_for_url(httpx.URL(URL))
        assert transport is not client._http._transport  # the proxy's, which _direct uses


def test_the_pools_timeout_fills_a_request_without_one(make_pool: Any) -> None:
    seen: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return ok(request)

    pool = make_pool(transport=httpx.MockTransport(handler), timeout=httpx.Timeout(7.0, connect=2.0))
    both(pool, httpx.Request("POST", URL))
    both(pool, httpx.Request("POST", URL, extensions={"timeout": {"read": 1.0}}))
    assert seen == [{"connect": 2.0, "read": 7.0, "write": 7.0, "pool": 7.0}, {"read": 1.0}]


def test_the_answer_is_read_closed_and_timed_and_the_cookie_jar_untouched(make_pool: Any) -> None:
    pool = make_pool(transport=httpx.MockTransport(ok))
    request = httpx.Request("GET", URL)
    response = both(pool, request)
    assert response.is_closed and response.json()["id"] == INTERACTION_ID
    assert response.request is request
    assert response.elapsed.total_seconds() >= 0
    assert not pool.cookies  # the API sets none; a gateway's would not be sent back anyway


def test_a_closed_pool_refuses_as_httpx_does(make_pool: Any) -> None:
    pool = make_pool(transport=httpx.MockTransport(ok))
    if isinstance(pool, httpx.Client):
        pool.close()
    else:
        asyncio.run(pool.aclose())
    with pytest.raises(RuntimeError, match="client has been closed"):
        both(pool, httpx.Request("GET", URL))


def test_a_transport_error_names_its_request(make_pool: Any) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    pool = make_pool(transport=httpx.MockTransport(refuse))
    request = httpx.Request("GET", URL)
    with pytest.raises(httpx.ConnectError) as caught:
        both(pool, request)
    assert caught.value.request is request


def test_httpx_logs_its_request_line_on_either_path(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    with CortiClient(tenant_name=TENANT, token="x", transport=httpx.MockTransport(ok)) as client:
        client.interactions.get(INTERACTION_ID)
    brought = httpx.Client(transport=httpx.MockTransport(ok))
    with CortiClient(tenant_name=TENANT, token="x", httpx_client=brought) as client:
        client.interactions.get(INTERACTION_ID)
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines == [f'HTTP Request: GET {URL} "HTTP/1.1 200 OK"'] * 2


def test_transport_and_httpx_client_are_exclusive() -> None:
    with pytest.raises(ValueError, match="not both"):
        CortiClient(
            tenant_name=TENANT, token="x", httpx_client=httpx.Client(), transport=httpx.MockTransport(ok)
        )
    with pytest.raises(ValueError, match="not both"):
        AsyncCortiClient(
            tenant_name=TENANT,
            token="x",
            httpx_client=httpx.AsyncClient(),
            transport=httpx.MockTransport(ok),
        )
