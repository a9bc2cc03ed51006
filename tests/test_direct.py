"""The send on a pool the client owns (`_direct`) against `httpx.Client.send`: the same answer.

The harness runs every behaviour test on both pools (see conftest); these cover what the
harness does not reach: the transport choice by URL, the pool's timeout, a closed pool,
httpx's log line, `elapsed`, the cookie jar left alone, and the URLs the runtime builds.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from corti_interactions import AsyncCortiClient, CortiClient
from corti_interactions._payload import path_value
from corti_interactions._runtime import url_maker
from corti_interactions._transports.direct import async_send_direct, sync_send_direct
from corti_interactions_api.client import OPERATIONS

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
    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.05)
        return ok(request)

    pool = make_pool(transport=httpx.MockTransport(slow))
    request = httpx.Request("GET", URL)
    response = both(pool, request)
    assert response.is_closed and response.json()["id"] == INTERACTION_ID
    assert response.request is request
    assert 0.05 <= response.elapsed.total_seconds() < 1.0  # the call's own duration
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


@pytest.mark.parametrize(
    "base_url", ["https://api.eu.corti.app/v2", "http://127.0.0.1:8080", "https://h/a/b"]
)
@pytest.mark.parametrize(
    "value", [INTERACTION_ID, str(uuid.uuid4()).upper(), "a b", "x/y?z#w", "ü%20", "-._~:@!$&'()*+,;="]
)
def test_urls_are_what_httpx_parses_from_the_joined_string(base_url: str, value: str) -> None:
    make = url_maker(base_url)
    paths = [f"/things/{quote(value, safe='')}"]  # a string path parameter, as path_value quotes it
    for resource in OPERATIONS.values():
        for operation in resource.values():
            values: dict[str, str] = {}
            for param in operation.path_params:
                try:
                    values[param.name] = path_value(param, value)
                except ValueError:
                    values[param.name] = path_value(param, INTERACTION_ID)
            paths.append(operation.path.format_map(values))
    for path in paths:
        fast, parsed = make(path), httpx.URL(base_url + path)
        assert fast == parsed
        assert (str(fast), fast.raw_path, fast.host, fast.port) == (
            str(parsed),
            parsed.raw_path,
            parsed.host,
            parsed.port,
        )


@pytest.mark.parametrize(
    "kept",
    [None, SimpleNamespace(path="/v2"), SimpleNamespace(path=b"/v2", _replace=lambda **parts: None)],
    ids=["no parse", "no _replace", "a path not text"],
)
def test_where_httpx_keeps_no_usable_parse_the_url_is_the_joined_string(
    monkeypatch: pytest.MonkeyPatch, kept: object
) -> None:
    class URL:  # an httpx whose URL keeps no named-tuple parse, or one of another shape
        def __init__(self, url: str) -> None:
            if kept is not None:
                self._uri_reference = kept

    monkeypatch.setattr(httpx, "URL", URL)
    make = url_maker("https://api.eu.corti.app/v2")
    assert (
        make(f"/interactions/{INTERACTION_ID}")
        == f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}"
    )
