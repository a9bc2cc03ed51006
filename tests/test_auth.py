"""Tokens: static and callable, client credentials cached, refreshed, shared, and 401s."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from corti_interactions import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncCortiClient,
    AuthenticationError,
    CortiClient,
    InternalServerError,
)

from .conftest import INTERACTION_ID, Harness, backoff, seed_response


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def with_clock(harness: Harness) -> Clock:
    clock = Clock()
    harness.client._config.auth._clock = clock
    return clock


def authorizations(harness: Harness) -> list[str]:
    return [r.headers["Authorization"] for r in harness.service.requests]


def test_token_request_is_client_credentials_form(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(client_id="my-id", client_secret="my-secret")
    harness.update(INTERACTION_ID)
    (request,) = harness.service.token_requests
    assert request.method == "POST"
    assert str(request.url) == "https://auth.eu.corti.app/realms/copiloteu/protocol/openid-connect/token"
    assert dict(httpx.QueryParams(request.content.decode())) == {
        "grant_type": "client_credentials",
        "client_id": "my-id",
        "client_secret": "my-secret",
        "scope": "openid",
    }
    assert authorizations(harness) == ["Bearer tok-1"]


def test_token_is_cached_and_refreshed_before_expiry(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(client_id="i", client_secret="s")
    clock = with_clock(harness)
    harness.update(INTERACTION_ID)  # expires_in 300: refreshed 120 s early, at 1180
    clock.now += 179
    harness.update(INTERACTION_ID)
    clock.now += 2
    harness.update(INTERACTION_ID)
    assert authorizations(harness) == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]
    assert len(harness.service.token_requests) == 2


def test_short_lived_token_refreshes_at_half_its_life(make_harness) -> None:  # type: ignore[no-untyped-def]
    short = httpx.Response(200, json={"access_token": "short", "expires_in": 60})
    harness: Harness = make_harness(client_id="i", client_secret="s", token_replies=[short])
    clock = with_clock(harness)
    harness.update(INTERACTION_ID)
    clock.now += 29
    harness.update(INTERACTION_ID)
    clock.now += 2
    harness.update(INTERACTION_ID)
    assert authorizations(harness) == ["Bearer short", "Bearer short", "Bearer tok-1"]


def test_401_forces_one_refresh_and_one_retry(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(
        httpx.Response(401, json={"detail": "expired"}), client_id="i", client_secret="s"
    )
    raw = harness.raw_update(INTERACTION_ID)
    assert authorizations(harness) == ["Bearer tok-1", "Bearer tok-2"]
    assert raw.attempts == 2  # the request went out twice


def test_401_twice_is_raised_after_one_refresh(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(
        httpx.Response(401, json={"detail": "no"}),
        httpx.Response(401, json={"detail": "still no"}),
        client_id="i",
        client_secret="s",
    )
    with pytest.raises(AuthenticationError, match="still no") as info:
        harness.update(INTERACTION_ID)
    assert authorizations(harness) == ["Bearer tok-1", "Bearer tok-2"]
    assert len(harness.service.token_requests) == 2
    assert info.value.attempts == 2


def test_401_with_static_token_is_not_retried(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(httpx.Response(401, json={"detail": "no"}))
    with pytest.raises(AuthenticationError):
        harness.update(INTERACTION_ID)
    assert len(harness.service.requests) == 1


def test_401_with_token_callable_asks_again_once(make_harness) -> None:  # type: ignore[no-untyped-def]
    tokens = iter(["old", "new", "newer"])
    harness: Harness = make_harness(httpx.Response(401), token=lambda: next(tokens))
    harness.update(INTERACTION_ID)
    assert authorizations(harness) == ["Bearer old", "Bearer new"]


BAD_TOKENS = [
    "abc\r\nX-Evil: 1",
    "abc\n",
    "",
    " abc",
    "abc ",
    "a b",
    "tök",
    "a\x7fb",
    "a\x00b",
    None,
    42,
    b"abc",
]


@pytest.mark.parametrize("bad", BAD_TOKENS, ids=repr)
def test_a_token_callable_is_checked_before_anything_is_sent(make_harness, bad: object) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(token=lambda: bad)
    with pytest.raises(ValueError, match="the token callable returned") as info:
        harness.update(INTERACTION_ID)
    if isinstance(bad, str) and bad.strip():
        assert bad.strip() not in str(info.value)
    assert harness.service.requests == []
    assert harness.sleeps == []


def test_a_bad_fresh_token_after_a_401_is_refused_before_the_resend(make_harness) -> None:  # type: ignore[no-untyped-def]
    tokens = iter(["good", "bad\r\nX-Evil: 1"])
    harness: Harness = make_harness(httpx.Response(401), token=lambda: next(tokens))
    with pytest.raises(ValueError, match="the token callable returned"):
        harness.update(INTERACTION_ID)
    assert authorizations(harness) == ["Bearer good"]


@pytest.mark.parametrize("bad", ["tok\r\nX-Evil: 1", "tok en", "tök"])
def test_an_access_token_that_cannot_go_in_a_header_is_a_validation_error(make_harness, bad: str) -> None:  # type: ignore[no-untyped-def]
    reply = httpx.Response(200, json={"access_token": bad, "expires_in": 300})
    harness: Harness = make_harness(client_id="i", client_secret="s", token_replies=[reply])
    with pytest.raises(APIResponseValidationError, match="access_token") as info:
        harness.update(INTERACTION_ID)
    assert bad not in str(info.value)
    assert harness.service.requests == []
    assert len(harness.service.token_requests) == 1


def test_rejected_client_credentials_are_an_authentication_error(make_harness) -> None:  # type: ignore[no-untyped-def]
    refused = httpx.Response(401, json={"error": "invalid_client", "error_description": "bad secret"})
    harness: Harness = make_harness(client_id="i", client_secret="wrong", token_replies=[refused])
    with pytest.raises(AuthenticationError, match=r"POST /realms/copiloteu/.*/token -> 401") as info:
        harness.update(INTERACTION_ID)
    assert "wrong" not in str(info.value)
    assert harness.service.requests == []


def test_token_endpoint_5xx_is_retried(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(
        client_id="i", client_secret="s", token_replies=[httpx.Response(503, text="busy")]
    )
    harness.update(INTERACTION_ID)
    assert len(harness.service.token_requests) == 2
    assert len(harness.sleeps) == 1


def test_token_endpoint_failing_throughout_raises_its_error(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(
        client_id="i", client_secret="s", token_replies=[httpx.Response(500)] * 3, max_retries=2
    )
    with pytest.raises(InternalServerError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.attempts == 3


@pytest.mark.parametrize(
    "reply",
    [
        {"text": "not json"},
        {"json": {"expires_in": 300}},
        {"json": {"access_token": "", "expires_in": 300}},
        {"json": {"access_token": "secret-token-value", "expires_in": "soon"}},
    ],
)
def test_malformed_token_response_is_a_validation_error_without_the_body(make_harness, reply) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(
        client_id="i", client_secret="s", token_replies=[httpx.Response(200, **reply)]
    )
    with pytest.raises(APIResponseValidationError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.body is None
    assert "secret-token-value" not in str(info.value) + repr(info.value)


def test_stream_url_appends_the_current_token(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(client_id="i", client_secret="s")
    interaction = harness.update(INTERACTION_ID)
    url = harness.stream_url(interaction)
    assert url == f"wss://api.eu.corti.app/v2/interactions/{INTERACTION_ID}/streams?token=Bearer%20tok-1"
    assert (
        harness.stream_url("wss://api.eu.corti.app/s?a=1")
        == "wss://api.eu.corti.app/s?a=1&token=Bearer%20tok-1"
    )
    for refused in ("ws://api.eu.corti.app/s", "https://api.eu.corti.app/s", "wss://x.example/s"):
        with pytest.raises(ValueError, match="refusing to put the token"):
            harness.stream_url(refused)


def test_stream_url_goes_only_to_the_apis_host_or_an_allowed_one(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(stream_hosts=["streams.example"])
    assert (
        harness.stream_url("wss://streams.example/s") == "wss://streams.example/s?token=Bearer%20static-token"
    )
    assert harness.stream_url(WSS) == f"{WSS}?token=Bearer%20static-token"
    with pytest.raises(ValueError, match="host 'evil.example' is not the API's") as info:
        harness.stream_url("wss://evil.example/s")
    assert "static-token" not in str(info.value)
    with pytest.raises(ValueError, match="fragment"):  # the token after a '#' would never be sent
        harness.stream_url(f"{WSS}#x")


def test_stream_url_fetches_a_token_when_none_is_cached(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(client_id="i", client_secret="s")
    assert harness.stream_url("wss://api.eu.corti.app/s").endswith("token=Bearer%20tok-1")
    assert len(harness.service.token_requests) == 1


def test_threads_share_one_refresh() -> None:
    issued = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            time.sleep(0.05)  # wide window for a stampede
            issued.append(threading.get_ident())
            return httpx.Response(200, json={"access_token": "shared", "expires_in": 300})
        return httpx.Response(200, json=seed_response())

    client = CortiClient(
        tenant_name="t",
        client_id="i",
        client_secret="s",
        httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    barrier = threading.Barrier(8)

    def call(_: int) -> str:
        barrier.wait()
        return str(client.interactions.update(INTERACTION_ID).id)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(call, range(8)))
    assert results == [INTERACTION_ID] * 8
    assert len(issued) == 1


def test_tasks_share_one_refresh() -> None:
    issued = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            await asyncio.sleep(0.05)
            issued.append(1)
            return httpx.Response(200, json={"access_token": "shared", "expires_in": 300})
        assert request.headers["Authorization"] == "Bearer shared"
        return httpx.Response(200, json=seed_response())

    async def main() -> None:
        async with AsyncCortiClient(
            tenant_name="t",
            client_id="i",
            client_secret="s",
            httpx_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        ) as client:
            await asyncio.gather(*(client.interactions.update(INTERACTION_ID) for _ in range(20)))

    asyncio.run(main())
    assert len(issued) == 1


# --- a failed token request: mapped, retried, and never leaving a lock held ----------------------

TOKEN_PATH = "/realms/copiloteu/protocol/openid-connect/token"
WSS = f"wss://api.eu.corti.app/audio-bridge/v2/interactions/{INTERACTION_ID}/streams"


def test_stream_url_maps_and_retries_a_failing_token_request(make_harness) -> None:  # type: ignore[no-untyped-def]
    refused = httpx.ConnectError("refused")
    harness: Harness = make_harness(client_id="i", client_secret="s", token_replies=[refused] * 3)
    with pytest.raises(APIConnectionError) as info:
        harness.stream_url(WSS)
    assert type(info.value) is APIConnectionError
    assert str(info.value) == f"POST {TOKEN_PATH}: connection failed (ConnectError) (after 3 attempts)"
    assert info.value.attempts == 3
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(harness.service.token_requests) == 3
    assert harness.sleeps == [backoff(1), backoff(2)]
    # The endpoint is back: the next call fetches a token (nothing was left locked).
    assert harness.stream_url(WSS).endswith("token=Bearer%20tok-1")


def test_stream_url_token_request_follows_the_retry_policy(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(
        client_id="i",
        client_secret="s",
        token_replies=[httpx.ReadTimeout("slow"), httpx.Response(503)],
    )
    assert harness.stream_url(WSS).endswith("token=Bearer%20tok-1")
    assert len(harness.service.token_requests) == 3
    assert harness.sleeps == [backoff(1), backoff(2)]
    rejected: Harness = make_harness(
        client_id="i",
        client_secret="s",
        token_replies=[httpx.Response(401, json={"error": "invalid_client"})],
    )
    with pytest.raises(AuthenticationError, match=f"POST {TOKEN_PATH} -> 401"):
        rejected.stream_url(WSS)
    assert len(rejected.service.token_requests) == 1  # a 401 is not retried


def test_a_failed_token_request_in_stream_url_does_not_block_other_threads() -> None:
    fail_first = threading.Event()
    fail_first.set()

    def handler(request: httpx.Request) -> httpx.Response:
        if fail_first.is_set():
            fail_first.clear()
            raise httpx.ConnectError("refused")
        return httpx.Response(200, json={"access_token": "fresh", "expires_in": 300})

    client = CortiClient(
        tenant_name="copiloteu",
        client_id="i",
        client_secret="s",
        max_retries=0,
        httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    with pytest.raises(Exception) as info:  # noqa: PT011 - the type is checked below, after the lock
        client.stream_url(WSS)
    kept = info.value  # the error (and its traceback) outlive the call, as in a log handler
    urls: list[str] = []
    other = threading.Thread(target=lambda: urls.append(client.stream_url(WSS)), daemon=True)
    other.start()
    other.join(timeout=5)
    assert not other.is_alive(), "the second stream_url is blocked"
    assert urls[0].endswith("token=Bearer%20fresh")
    assert type(kept) is APIConnectionError
    assert kept.attempts == 1


def test_a_failed_token_request_in_async_stream_url_does_not_block_other_tasks() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused")
        return httpx.Response(200, json={"access_token": "fresh", "expires_in": 300})

    async def main() -> str:
        async with AsyncCortiClient(
            tenant_name="copiloteu",
            client_id="i",
            client_secret="s",
            max_retries=0,
            httpx_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        ) as client:
            with pytest.raises(APIConnectionError):
                await client.stream_url(WSS)
            return await asyncio.wait_for(client.stream_url(WSS), timeout=5)

    assert asyncio.run(main()).endswith("token=Bearer%20fresh")


def test_threads_share_one_failed_refresh_too() -> None:
    """A refresh that fails fails every caller waiting for it: one token request, not one each."""
    issued = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            time.sleep(0.05)
            issued.append(1)
            return httpx.Response(401, json={"error": "invalid_client"})
        return httpx.Response(200, json=seed_response())

    client = CortiClient(
        tenant_name="t",
        client_id="i",
        client_secret="s",
        httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    barrier = threading.Barrier(8)

    def call(_: int) -> BaseException | None:
        barrier.wait()
        try:
            client.interactions.update(INTERACTION_ID)
        except AuthenticationError as exc:
            return exc
        return None

    with ThreadPoolExecutor(8) as pool:
        errors = list(pool.map(call, range(8)))
    assert len(issued) == 1
    assert all(type(error) is AuthenticationError for error in errors)
    assert all(
        str(error).startswith("POST /realms/t/protocol/openid-connect/token -> 401") for error in errors
    )
    assert len({id(error) for error in errors}) == 8  # each thread raises its own copy
    issued.clear()
    with pytest.raises(AuthenticationError):  # a later call tries again: a failure is not cached
        client.interactions.update(INTERACTION_ID)
    assert len(issued) == 1


def test_tasks_share_one_failed_refresh_too() -> None:
    issued = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            await asyncio.sleep(0.05)
            issued.append(1)
            return httpx.Response(401, json={"error": "invalid_client"})
        return httpx.Response(200, json=seed_response())

    async def main() -> list[BaseException | object]:
        async with AsyncCortiClient(
            tenant_name="t",
            client_id="i",
            client_secret="s",
            httpx_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        ) as client:
            return await asyncio.gather(
                *(client.interactions.update(INTERACTION_ID) for _ in range(20)), return_exceptions=True
            )

    results = asyncio.run(main())
    assert len(issued) == 1
    assert all(type(result) is AuthenticationError for result in results)
    assert len({id(result) for result in results}) == 20  # each caller raises its own copy


def test_a_cancelled_refresh_does_not_strand_the_tasks_waiting_for_it() -> None:
    started = asyncio.Event()
    issued = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            issued.append(1)
            if len(issued) == 1:
                started.set()
                await asyncio.sleep(60)  # the first refresh hangs until it is cancelled
            return httpx.Response(200, json={"access_token": "fresh", "expires_in": 300})
        return httpx.Response(200, json=seed_response())

    async def main() -> str:
        async with AsyncCortiClient(
            tenant_name="t",
            client_id="i",
            client_secret="s",
            httpx_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        ) as client:
            leader = asyncio.create_task(client.interactions.update(INTERACTION_ID))
            await started.wait()
            follower = asyncio.create_task(client.stream_url(WSS))
            await asyncio.sleep(0.01)
            leader.cancel()
            return await asyncio.wait_for(follower, timeout=5)

    assert asyncio.run(main()).endswith("token=Bearer%20fresh")
    assert len(issued) == 2


def test_token_request_is_sent_under_the_calls_timeout(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(client_id="i", client_secret="s", timeout=httpx.Timeout(7.0, connect=2.0))
    harness.call("get", INTERACTION_ID, timeout=httpx.Timeout(3.0, pool=1.0))
    (request,) = harness.service.token_requests
    assert request.extensions["timeout"] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 1.0}


def test_token_request_carries_the_clients_headers(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(client_id="i", client_secret="s", default_headers={"X-App": "clinic"})
    harness.update(INTERACTION_ID)
    (request,) = harness.service.token_requests
    assert request.headers["X-App"] == "clinic"
    assert request.headers["User-Agent"].startswith("corti-interactions-python/")
    assert request.headers["Accept"] == "application/json"


def test_the_token_is_refreshed_exactly_at_its_refresh_time(make_harness) -> None:  # type: ignore[no-untyped-def]
    # No expires_in: 300 s is assumed, refreshed 120 s early (at 1180 on this clock).
    harness: Harness = make_harness(client_id="i", client_secret="s")
    harness.service.token_replies = [
        httpx.Response(200, json={"access_token": "first"}),
        httpx.Response(200, json={"access_token": "second"}),
    ]
    clock = with_clock(harness)
    harness.update(INTERACTION_ID)
    clock.now = 1179.999
    harness.update(INTERACTION_ID)
    clock.now = 1180.0
    harness.update(INTERACTION_ID)
    assert authorizations(harness) == ["Bearer first", "Bearer first", "Bearer second"]


@pytest.mark.parametrize("token", ["!", "~", "!tok~"])
def test_tokens_may_use_the_first_and_last_visible_ascii_characters(make_harness, token: str) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(token=token)
    harness.update(INTERACTION_ID)
    assert authorizations(harness) == [f"Bearer {token}"]


@pytest.mark.parametrize(
    ("bad", "kind"), [(None, "a NoneType"), (1.5, "a float"), ("", "an unusable string")]
)
def test_a_bad_callable_token_is_described_by_its_kind(make_harness, bad: object, kind: str) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(token=lambda: bad)
    with pytest.raises(ValueError, match=f"^the token callable returned {kind};"):
        harness.update(INTERACTION_ID)
    assert harness.service.requests == []


def test_a_token_callable_is_asked_once_per_successful_request(make_harness) -> None:  # type: ignore[no-untyped-def]
    issued = iter(f"tok-{n}" for n in range(1, 10))
    harness: Harness = make_harness(token=lambda: next(issued))
    harness.update(INTERACTION_ID)
    harness.update(INTERACTION_ID)
    assert authorizations(harness) == ["Bearer tok-1", "Bearer tok-2"]


def test_threads_waiting_on_a_refresh_get_its_token() -> None:
    started, release = threading.Event(), threading.Event()
    token_requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal token_requests
        if request.url.path.endswith("/token"):
            token_requests += 1
            started.set()
            release.wait(5)
            return httpx.Response(200, json={"access_token": f"tok-{token_requests}", "expires_in": 300})
        return httpx.Response(200, json=seed_response())

    client = CortiClient(
        tenant_name="copiloteu",
        client_id="i",
        client_secret="s",
        httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    auth = client._config.auth
    with ThreadPoolExecutor(max_workers=3) as pool:
        leader = pool.submit(auth.sync_get_token, timeout=None)
        assert started.wait(5)
        waiters = [pool.submit(auth.sync_get_token, timeout=None) for _ in range(2)]
        time.sleep(0.1)  # the waiters find the leader's refresh in flight and wait on it
        release.set()
        tokens = [leader.result(5), *(w.result(5) for w in waiters)]
    assert tokens == ["tok-1", "tok-1", "tok-1"]
    assert token_requests == 1
