"""`with_raw_response`, identification headers, and default headers."""

from __future__ import annotations

import asyncio
import importlib.metadata
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIResponseValidationError,
    AsyncCortiClient,
    CortiClient,
    InteractionsGetResponse,
    NotFoundError,
    RawResponse,
    __version__,
)

from .conftest import INTERACTION_ID, Harness, seed_response

MakeHarness = Callable[..., Harness]
USER_AGENT = f"corti-interactions-python/{__version__}"


def ok(**headers: str) -> httpx.Response:
    return httpx.Response(200, json=seed_response(), headers=headers)


@pytest.mark.parametrize(
    ("replies", "attempts", "sleeps"),
    [
        ([], 1, 0),
        ([httpx.Response(503)], 2, 1),
        ([httpx.Response(503), httpx.Response(503)], 3, 2),
        ([httpx.ConnectError("x"), httpx.Response(429, headers={"Retry-After": "0"})], 3, 2),
    ],
)
def test_raw_response_update(
    make_harness: MakeHarness, replies: list[Any], attempts: int, sleeps: int
) -> None:
    harness = make_harness(*replies, ok(**{"x-request-id": "rid-7", "x-ratelimit-remaining": "41"}))
    raw = harness.raw_update(INTERACTION_ID, encounter={"status": "completed"})
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert isinstance(raw.headers, httpx.Headers)
    assert raw.headers["x-ratelimit-remaining"] == "41"
    assert raw.request_id == "rid-7"
    assert raw.attempts == attempts
    assert len(harness.sleeps) == sleeps
    assert type(raw.elapsed) is float and raw.elapsed > 0
    parsed = raw.parse()
    assert isinstance(parsed, InteractionsGetResponse)
    assert str(parsed.id) == INTERACTION_ID
    assert raw.parse() is parsed  # parsed once
    assert repr(raw) == f"<RawResponse [200] attempts={attempts}>"


def test_update_returns_what_raw_parse_returns(make_harness: MakeHarness) -> None:
    harness = make_harness()
    plain = harness.update(INTERACTION_ID)
    raw = harness.raw_update(INTERACTION_ID).parse()
    assert plain.to_dict() == raw.to_dict() == InteractionsGetResponse.from_dict(seed_response()).to_dict()


def test_request_id_is_none_without_the_header(make_harness: MakeHarness) -> None:
    assert make_harness().raw_update(INTERACTION_ID).request_id is None


def test_elapsed_covers_every_attempt(make_harness: MakeHarness) -> None:
    """From the first attempt to the answer: more than the sum of the slow replies alone."""
    import time

    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.01)
        return httpx.Response(503)

    harness = make_harness(slow, slow)
    raw = harness.raw_update(INTERACTION_ID)
    assert raw.attempts == 3
    assert raw.elapsed >= 0.02


def test_a_malformed_body_raises_on_parse_not_before(make_harness: MakeHarness) -> None:
    harness = make_harness(httpx.Response(200, text="not json", headers={"x-request-id": "rid-9"}))
    raw = harness.raw_update(INTERACTION_ID)
    assert raw.status_code == 200 and raw.request_id == "rid-9"
    with pytest.raises(APIResponseValidationError):
        raw.parse()


def test_an_error_status_raises_from_the_raw_call_too(make_harness: MakeHarness) -> None:
    harness = make_harness(httpx.Response(404, json={"detail": "Interaction not found"}))
    with pytest.raises(NotFoundError) as info:
        harness.raw_update(INTERACTION_ID)
    assert info.value.attempts == 1


def test_raw_calls_take_the_per_call_options(make_harness: MakeHarness) -> None:
    harness = make_harness(*[httpx.Response(503)] * 5)
    raw = harness.raw_update(INTERACTION_ID, max_retries=5, timeout=3)
    assert raw.attempts == 6
    assert dict(harness.service.requests[-1].extensions["timeout"])["read"] == 3


# --- identification ---------------------------------------------------------------------------------


def test_user_agent_has_the_package_version(make_harness: MakeHarness) -> None:
    harness = make_harness(httpx.Response(503), client_id="id", client_secret="secret")
    harness.update(INTERACTION_ID)
    assert __version__ == importlib.metadata.version("corti-interactions")
    assert __version__ != "0+unknown"
    sent = [*harness.service.requests, *harness.service.token_requests]
    assert len(sent) == 3
    assert [r.headers.get_list("User-Agent") for r in sent] == [[USER_AGENT]] * 3


def test_default_headers_are_added(make_harness: MakeHarness) -> None:
    harness = make_harness(
        httpx.Response(503),
        default_headers={"X-App": "scheduler/1.2", "X-Trace": "t-1"},
        client_id="id",
        client_secret="secret",
    )
    harness.update(INTERACTION_ID)
    for request in harness.service.requests:  # every attempt
        assert request.headers["X-App"] == "scheduler/1.2"
        assert request.headers["X-Trace"] == "t-1"
        assert request.headers["User-Agent"] == USER_AGENT
        assert request.headers["Tenant-Name"] == "copiloteu"
        assert request.headers["Authorization"].startswith("Bearer tok-")
    assert harness.service.token_requests[0].headers["X-App"] == "scheduler/1.2"


@pytest.mark.parametrize("cls", [CortiClient, AsyncCortiClient])
@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"Authorization": "Bearer mine"}, "may not set 'Authorization'"),
        ({"authorization": "Bearer mine"}, "may not set 'authorization'"),
        ({"AUTHORIZATION": "Bearer mine"}, "may not set 'AUTHORIZATION'"),
        ({"Tenant-Name": "other"}, "may not set 'Tenant-Name'"),
        ({"tenant-name": "other"}, "may not set 'tenant-name'"),
        ({"X-Evil": "a\r\nInjected: 1"}, "printable ASCII"),
        ({"X-Name": "Søren"}, "printable ASCII"),
    ],
)
def test_default_headers_are_checked(cls: type, headers: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        cls(tenant_name="t", token="x", default_headers=headers)


@pytest.mark.parametrize("name", ["user-agent", "accept", "content-type"])
def test_default_headers_never_duplicate_a_header(make_harness: MakeHarness, name: str) -> None:
    harness = make_harness(default_headers={name: "x/1"})
    harness.update(INTERACTION_ID)
    assert len(harness.service.requests[0].headers.get_list(name)) == 1


def test_async_raw_response_is_awaitable() -> None:
    """The async twin returns a coroutine (the harness awaits it for the shared tests)."""

    async def main() -> RawResponse:
        transport = httpx.MockTransport(lambda request: ok(**{"x-request-id": "r"}))
        async with AsyncCortiClient(
            tenant_name="t", token="x", httpx_client=httpx.AsyncClient(transport=transport)
        ) as client:
            pending = client.interactions.with_raw_response.update(INTERACTION_ID)
            assert asyncio.iscoroutine(pending)
            return await pending

    raw = asyncio.run(main())
    assert raw.request_id == "r" and raw.attempts == 1


def test_the_applications_user_agent_comes_first(make_harness: MakeHarness) -> None:
    harness = make_harness(default_headers={"user-agent": "scheduler/2"})
    harness.update(INTERACTION_ID)
    assert (
        harness.service.requests[0].headers["User-Agent"]
        == f"scheduler/2 corti-interactions-python/{__version__}"
    )


def test_elapsed_is_the_time_the_call_took(make_harness: MakeHarness) -> None:
    import time

    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.02)
        return httpx.Response(200, json=seed_response())

    started = time.perf_counter()
    raw = make_harness(slow).raw_update(INTERACTION_ID)
    assert 0.02 <= raw.elapsed <= time.perf_counter() - started
