"""The send on a pool the client owns (`_direct`) against `httpx.Client.send`: the same answer.

The harness runs every behaviour test on both pools (see conftest); these cover what the
harness does not reach: the transport choice by URL, the pool's timeout, a closed pool,
httpx's log line, `elapsed`, the cookie jar left alone, and the URLs the runtime builds.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
import pytest
from corti_interactions import AsyncCortiClient, CortiClient
from corti_interactions._transports.direct import async_send_direct, sync_send_direct

from tests.conftest import INTERACTION_ID, TENANT, seed_response

URL = f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}"


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=seed_response(), headers={"set-cookie": "sticky=1; Path=/"})


def both(pool: Any, request: httpx.Request, auth: httpx.Auth | None = None) -> httpx.Response:
    """`pool.send` through `_direct` on the transport the pool was made with, sync or async."""
    transport = pool.made_with
    if isinstance(pool, httpx.Client):
        return sync_send_direct(pool, transport, request, auth or httpx.Auth())
    return asyncio.run(async_send_direct(pool, transport, request, auth or httpx.Auth()))


@pytest.fixture(params=["sync", "async"])
def make_pool(request: pytest.FixtureRequest) -> Any:
    def make(**kwargs: Any) -> Any:
        pool = httpx.Client(**kwargs) if request.param == "sync" else httpx.AsyncClient(**kwargs)
        pool.made_with = kwargs.get("transport")  # what the client keeps of the pool it makes
        return pool

    return make


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_client_holds_the_transport_it_mounts_unless_httpx_must_choose(
    monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Without a proxy in the environment the client makes the transport and sends straight
    to it; with one, httpx mounts its proxy transports and the client sends through send()."""
    make = CortiClient if kind == "sync" else AsyncCortiClient
    expected = httpx.HTTPTransport if kind == "sync" else httpx.AsyncHTTPTransport
    client: Any = make(tenant_name=TENANT, token="x")
    assert isinstance(client._sender.transport, expected)
    assert client._sender.transport is client._token_sender.transport
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    client = make(tenant_name=TENANT, token="x")
    assert client._sender.transport is None
    given = httpx.MockTransport(ok)
    assert make(tenant_name=TENANT, token="x", transport=given)._sender.transport is given


def test_a_resend_after_a_401_keeps_the_401_in_history_as_httpx_does(make_pool: Any) -> None:
    answers = iter([httpx.Response(401), httpx.Response(204)])
    pool = make_pool(transport=httpx.MockTransport(lambda r: next(answers)))

    class Resend(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Any:
            response = yield request
            if response.status_code == 401:
                yield request

    response = both(pool, httpx.Request("DELETE", URL), Resend())
    assert response.status_code == 204
    assert [r.status_code for r in response.history] == [401]


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


@pytest.mark.parametrize("pool", ["owned", "brought"])
def test_the_final_answer_after_a_refresh_has_the_401_in_its_history(pool: str) -> None:
    calls = iter([httpx.Response(401, json={}), httpx.Response(204)])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "T", "expires_in": 300})
        return next(calls)

    transport = httpx.MockTransport(handler)
    pooling: dict[str, Any] = (
        {"transport": transport} if pool == "owned" else {"httpx_client": httpx.Client(transport=transport)}
    )
    client = CortiClient(tenant_name=TENANT, client_id="c", client_secret="s", **pooling)
    raw = client.interactions.with_raw_response.delete(INTERACTION_ID)
    assert raw.attempts == 2
    assert [r.status_code for r in raw.http_response.history] == [401]


_BUILT = [
    # (resource, operation, path arguments, body arguments, extra headers)
    ("interactions", "update", (INTERACTION_ID,), {"encounter": {"status": "completed"}}, {}),
    ("interactions", "get", (INTERACTION_ID,), None, {}),
    ("interactions", "delete", (INTERACTION_ID,), None, {}),
    ("documents.templates.versions", "publish", (INTERACTION_ID, INTERACTION_ID), None, {}),
    (
        "documents.templates.versions",
        "publish",
        (INTERACTION_ID, INTERACTION_ID),
        None,
        {"Transfer-Encoding": "chunked"},
    ),
    (
        "interactions",
        "update",
        (INTERACTION_ID,),
        {"encounter": {"status": "completed"}},
        {"Content-Length": "9"},
    ),
]


@pytest.mark.parametrize(("resource", "name", "path", "body", "extra"), _BUILT)
@pytest.mark.parametrize("brought", [False, True])
def test_built_requests_carry_the_headers_httpx_would_add(
    resource: str,
    name: str,
    path: tuple[str, ...],
    body: dict[str, Any] | None,
    extra: dict[str, str],
    brought: bool,
) -> None:
    """The runtime builds its requests from their stream (httpx derives nothing): the headers
    are those `httpx.Request(content=...)` gives the same URL, headers and body (`Host`, the
    body's `Content-Length`, 0 for a POST without a body, the caller's own length or chunks
    kept), the body read."""
    from corti_interactions_api.client import OPERATIONS
    from corti_interactions_api.types import RequestOptions

    transport = httpx.MockTransport(ok)
    pool = (
        {"httpx_client": httpx.Client(transport=transport, base_url="https://elsewhere.example")}
        if brought
        else {"transport": transport}
    )
    client = CortiClient(tenant_name=TENANT, token="x", **pool)
    operation = OPERATIONS[resource][name]
    built = client._runtime.build(operation, path, {}, body, RequestOptions(extra_headers=extra)).request
    expected = httpx.Request(
        built.method,
        built.url,
        content=built.content or None,
        headers=[
            *((k, v) for k, v in built.headers.raw if k.lower() not in (b"host", b"content-length")),
            *((k.encode(), v.encode()) for k, v in extra.items() if k == "Content-Length"),
        ],
    )
    assert sorted(built.headers.multi_items()) == sorted(expected.headers.multi_items())
    assert built.headers["Host"] == "api.eu.corti.app"
    assert built.content == expected.content
    client.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_brought_pool_keeps_what_httpx_client_send_does(kind: str) -> None:
    """A pool the caller brought is sent on through `Client.send`, never straight to its
    transport: its event hooks run on the request and the answer, its jar keeps the answer's
    cookies, its headers go out, and a 401 is answered by the auth flow with a fresh token."""
    seen: list[tuple[str, str]] = []  # (X-Mine, Authorization) as each request went out
    hooked: list[str] = []
    answers = iter([httpx.Response(401, json={}), ok(httpx.Request("GET", URL))])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": f"T{len(seen)}", "expires_in": 300})
        seen.append((request.headers["X-Mine"], request.headers["Authorization"]))
        return next(answers)

    def on_request(request: httpx.Request) -> None:
        hooked.append(f"request {request.method}")

    def on_response(response: httpx.Response) -> None:
        hooked.append(f"response {response.status_code}")

    async def a_on_request(request: httpx.Request) -> None:
        on_request(request)

    async def a_on_response(response: httpx.Response) -> None:
        on_response(response)

    transport = httpx.MockTransport(handler)
    headers = {"X-Mine": "1"}
    if kind == "sync":
        mine: Any = httpx.Client(
            transport=transport,
            headers=headers,
            event_hooks={"request": [on_request], "response": [on_response]},
        )
        client: Any = CortiClient(tenant_name=TENANT, client_id="c", client_secret="s", httpx_client=mine)
        client.interactions.get(INTERACTION_ID)
    else:
        mine = httpx.AsyncClient(
            transport=transport,
            headers=headers,
            event_hooks={"request": [a_on_request], "response": [a_on_response]},
        )
        client = AsyncCortiClient(tenant_name=TENANT, client_id="c", client_secret="s", httpx_client=mine)
        asyncio.run(client.interactions.get(INTERACTION_ID))
    assert "request GET" in hooked and "response 401" in hooked and "response 200" in hooked
    assert mine.cookies.get("sticky") == "1"  # the answer's Set-Cookie, kept by the jar
    assert seen == [("1", "Bearer T0"), ("1", "Bearer T1")]  # its header; a fresh token after the 401
