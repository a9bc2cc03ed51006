"""Timeouts: a finite default, per client and per call, and `None` unlike not-given.

What counts is what the transport receives: `request.extensions["timeout"]`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from corti_interactions import (
    NOT_GIVEN,
    APIConnectionError,
    APITimeoutError,
    AsyncCortiClient,
    CortiClient,
)
from corti_interactions._constants import DEFAULT_TIMEOUT

from .conftest import INTERACTION_ID, Harness, seed_response

MakeHarness = Callable[..., Harness]


def every(seconds: float | None) -> dict[str, float | None]:
    return dict.fromkeys(("connect", "read", "write", "pool"), seconds)


DEFAULT = {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
# The harness brings its own pool (`httpx_client=`), which keeps its timeout: httpx's default.
POOL = every(5.0)
OMIT = object()  # the argument is left out

TIMEOUTS = [
    # (client timeout=, call timeout=, what the transport sees)
    pytest.param(OMIT, OMIT, POOL, id="pools-own"),
    pytest.param(NOT_GIVEN, NOT_GIVEN, POOL, id="NOT_GIVEN-is-left-out"),
    pytest.param(10, OMIT, every(10), id="client-int"),
    pytest.param(2.5, OMIT, every(2.5), id="client-float"),
    pytest.param(httpx.Timeout(3, connect=1), OMIT, {**every(3), "connect": 1}, id="client-Timeout"),
    pytest.param(httpx.Timeout(None, read=9), OMIT, {**every(None), "read": 9}, id="client-Timeout-partial"),
    pytest.param(None, OMIT, every(None), id="client-None"),
    pytest.param(OMIT, 2.5, every(2.5), id="call-float"),
    pytest.param(OMIT, 7, every(7), id="call-int"),
    pytest.param(OMIT, None, every(None), id="call-None"),
    pytest.param(OMIT, httpx.Timeout(1, pool=4), {**every(1), "pool": 4}, id="call-Timeout"),
    pytest.param(10, None, every(None), id="client-10-call-None"),
    pytest.param(10, OMIT, every(10), id="client-10-call-omitted"),
    pytest.param(10, NOT_GIVEN, every(10), id="client-10-call-NOT_GIVEN"),
    pytest.param(None, 4, every(4), id="client-None-call-4"),
    pytest.param(None, OMIT, every(None), id="client-None-call-omitted"),
    pytest.param(httpx.Timeout(3), 0.5, every(0.5), id="client-Timeout-call-float"),
]


def options(value: Any) -> dict[str, Any]:
    return {} if value is OMIT else {"timeout": value}


@pytest.mark.parametrize(("client_timeout", "call_timeout", "expected"), TIMEOUTS)
def test_timeout_reaches_the_transport(
    make_harness: MakeHarness, client_timeout: Any, call_timeout: Any, expected: dict[str, Any]
) -> None:
    seen: list[dict[str, Any]] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, json=seed_response())

    harness = make_harness(reply, **options(client_timeout))
    harness.update(INTERACTION_ID, **options(call_timeout))
    assert seen == [expected]


@pytest.mark.parametrize(("client_timeout", "call_timeout", "expected"), TIMEOUTS)
def test_every_retry_gets_the_same_timeout(
    make_harness: MakeHarness, client_timeout: Any, call_timeout: Any, expected: dict[str, Any]
) -> None:
    harness = make_harness(httpx.ReadTimeout("slow"), httpx.Response(503), **options(client_timeout))
    assert harness.raw_update(INTERACTION_ID, **options(call_timeout)).attempts == 3
    assert [dict(r.extensions["timeout"]) for r in harness.service.requests] == [expected] * 3


def test_per_call_timeout_does_not_stick(make_harness: MakeHarness) -> None:
    harness = make_harness(timeout=9)
    harness.update(INTERACTION_ID, timeout=1)
    harness.update(INTERACTION_ID, timeout=None)
    harness.update(INTERACTION_ID)
    sent = [dict(r.extensions["timeout"]) for r in harness.service.requests]
    assert sent == [every(1), every(None), every(9)]


def test_the_default_is_finite() -> None:
    assert DEFAULT_TIMEOUT.as_dict() == DEFAULT
    assert all(value is not None for value in DEFAULT_TIMEOUT.as_dict().values())


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, httpx.Timeout(60, connect=5)),
        ({"timeout": 3}, httpx.Timeout(3)),
        ({"timeout": None}, httpx.Timeout(None)),
    ],
)
def test_own_pools_get_the_client_timeout(kwargs: dict[str, Any], expected: httpx.Timeout) -> None:
    with CortiClient(tenant_name="t", token="x", **kwargs) as client:
        assert client._http.timeout == expected
    client_async = AsyncCortiClient(tenant_name="t", token="x", async_transport="httpx", **kwargs)
    assert client_async._http.timeout == expected
    asyncio.run(client_async.close())


@pytest.mark.parametrize(
    ("failure", "what"),
    [
        (httpx.ConnectTimeout("connect"), "timed out"),
        (httpx.ReadTimeout("read"), "timed out"),
        (httpx.WriteTimeout("write"), "timed out"),
        (httpx.PoolTimeout("pool"), "timed out"),
    ],
)
def test_a_timeout_is_an_api_timeout_error(make_harness: MakeHarness, failure: Exception, what: str) -> None:
    harness = make_harness(failure, max_retries=0)
    with pytest.raises(APITimeoutError) as info:
        harness.update(INTERACTION_ID)
    assert isinstance(info.value, APIConnectionError)  # catching connection errors catches it too
    assert str(info.value) == f"PATCH /v2/interactions/{INTERACTION_ID} {what}"
    assert info.value.__cause__ is failure
    assert info.value.attempts == 1


def test_the_token_request_has_a_timeout_too(make_harness: MakeHarness) -> None:
    harness = make_harness(client_id="id", client_secret="secret", timeout=7)
    harness.update(INTERACTION_ID)
    (token_request,) = harness.service.token_requests
    assert dict(token_request.extensions.get("timeout", {})) == every(7)


@pytest.mark.parametrize(
    ("client_timeout", "expected"),
    [
        pytest.param(OMIT, {**every(7), "connect": 2}, id="pools-own"),
        pytest.param(NOT_GIVEN, {**every(7), "connect": 2}, id="NOT_GIVEN"),
        pytest.param(3, every(3), id="client-3"),
        pytest.param(None, every(None), id="client-None"),
    ],
)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_given_pool_keeps_its_timeout_unless_one_is_given(
    kind: str, client_timeout: Any, expected: dict[str, Any]
) -> None:
    """`httpx_client=` with no `timeout=`: the pool's own timeout stands, on every request."""
    seen: list[tuple[str, dict[str, Any]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path.rsplit("/", 1)[-1], dict(request.extensions["timeout"])))
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 300})
        return httpx.Response(200, json=seed_response())

    pool_timeout = httpx.Timeout(7, connect=2)
    transport = httpx.MockTransport(handler)
    kwargs: dict[str, Any] = {
        "tenant_name": "t",
        "client_id": "i",
        "client_secret": "s",
        **options(client_timeout),
    }
    if kind == "sync":
        with CortiClient(
            httpx_client=httpx.Client(transport=transport, timeout=pool_timeout), **kwargs
        ) as client:
            client.stream_url("wss://api.eu.corti.app/s")
            client.interactions.update(INTERACTION_ID)
            client.interactions.update(INTERACTION_ID, timeout=1)
    else:

        async def main() -> None:
            pool = httpx.AsyncClient(transport=transport, timeout=pool_timeout)
            async with AsyncCortiClient(httpx_client=pool, **kwargs) as client:
                await client.stream_url("wss://api.eu.corti.app/s")
                await client.interactions.update(INTERACTION_ID)
                await client.interactions.update(INTERACTION_ID, timeout=1)

        asyncio.run(main())
    assert seen == [("token", expected), (INTERACTION_ID, expected), (INTERACTION_ID, every(1))]
