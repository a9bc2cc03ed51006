"""A token the service rejects (401, or Corti's 403 A0004), secrets in frame locals, and a
waiter's own timeout while another call refreshes the token."""

from __future__ import annotations

import asyncio
import threading
import time
import traceback
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIError,
    APITimeoutError,
    AsyncCortiClient,
    CortiClient,
    InternalServerError,
    PermissionDeniedError,
)
from corti_interactions.testing import FakeCorti

from .conftest import INTERACTION_ID, Harness

INVALID_TOKEN = {"requestid": "r", "status": 403, "type": "A0004", "detail": "Invalid token"}
FORBIDDEN = {"requestid": "r", "status": 403, "type": "A0001", "detail": "Access forbidden"}
LIVE = "eyJ-LIVE-TOKEN-abc123"


def test_403_a0004_forces_one_refresh_and_one_resend(make_harness: Any) -> None:
    harness: Harness = make_harness(httpx.Response(403, json=INVALID_TOKEN), client_id="i", client_secret="s")
    raw = harness.raw_update(INTERACTION_ID)
    assert raw.status_code == 200 and raw.attempts == 2
    assert [r.headers["Authorization"] for r in harness.service.requests] == ["Bearer tok-1", "Bearer tok-2"]
    assert len(harness.service.token_requests) == 2


def test_403_a0004_in_the_newer_envelope_refreshes_too(make_harness: Any) -> None:
    envelope = {"error": {"code": "A0004", "message": "Invalid token"}}
    harness: Harness = make_harness(httpx.Response(403, json=envelope), client_id="i", client_secret="s")
    harness.update(INTERACTION_ID)
    assert len(harness.service.token_requests) == 2


def test_403_a0004_twice_is_raised_after_one_refresh(make_harness: Any) -> None:
    rejected = httpx.Response(403, json=INVALID_TOKEN)
    harness: Harness = make_harness(rejected, rejected, rejected, client_id="i", client_secret="s")
    with pytest.raises(PermissionDeniedError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.code == "A0004"
    assert len(harness.service.requests) == 2 and len(harness.service.token_requests) == 2


def test_another_403_does_not_refresh(make_harness: Any) -> None:
    harness: Harness = make_harness(httpx.Response(403, json=FORBIDDEN), client_id="i", client_secret="s")
    with pytest.raises(PermissionDeniedError):
        harness.update(INTERACTION_ID)
    assert len(harness.service.requests) == 1 and len(harness.service.token_requests) == 1


def test_403_a0004_asks_a_token_callable_again(make_harness: Any) -> None:
    tokens = iter(["old", "new"])
    harness: Harness = make_harness(httpx.Response(403, json=INVALID_TOKEN), token=lambda: next(tokens))
    harness.update(INTERACTION_ID)
    assert [r.headers["Authorization"] for r in harness.service.requests] == ["Bearer old", "Bearer new"]


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


def credentials(fake: FakeCorti) -> dict[str, Any]:
    """What a client-credentials client of `fake` is made with."""
    return {
        "base_url": fake.base_url,
        "tenant_name": fake.tenant_name,
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
    }


def test_a_token_the_fake_stops_accepting_is_refreshed_sync(fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    with CortiClient(**credentials(fake)) as client:
        client.interactions.get(stored["id"])
        before = fake.token_requests
        fake.expire_tokens()  # the service now answers 403 A0004 to the cached token
        raw = client.interactions.with_raw_response.get(stored["id"])
    assert raw.attempts == 2 and fake.token_requests == before + 1


def test_a_token_the_fake_stops_accepting_is_refreshed_async(fake: FakeCorti) -> None:
    stored = fake.add_interaction()

    async def main() -> int:
        async with AsyncCortiClient(**credentials(fake)) as client:
            await client.interactions.get(stored["id"])
            fake.expire_tokens()
            raw = await client.interactions.with_raw_response.get(stored["id"])
            return raw.attempts

    assert asyncio.run(main()) == 2


# --- secrets in the frames an exception carries (error trackers record frame locals) -------


def _tracebacks(error: BaseException) -> Iterator[TracebackType]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        exc = todo.pop()
        if exc is None or id(exc) in seen:
            continue
        seen.add(id(exc))
        if exc.__traceback__ is not None:
            yield exc.__traceback__
        todo += [exc.__cause__, exc.__context__]


def leaked_locals(error: BaseException, secret: str) -> list[str]:
    """Every `function:local` of every frame of the chain whose value shows `secret`."""
    found = []
    for tb in _tracebacks(error):
        walk: TracebackType | None = tb
        while walk is not None:
            frame = walk.tb_frame
            for name, value in frame.f_locals.items():
                try:
                    shown = value if isinstance(value, str) else repr(value)
                except Exception:  # noqa: S112 - a repr that fails shows nothing
                    continue
                if secret in shown:
                    found.append(f"{frame.f_code.co_name}:{name}")
            walk = walk.tb_next
    # the same through the standard library's capture (what structured loggers use)
    stack = traceback.TracebackException.from_exception(error, capture_locals=True)
    for item in [stack, *(c for c in (stack.__cause__, stack.__context__) if c)]:
        for summary in item.stack:
            found += [f"{summary.name}:{k}" for k, v in (summary.locals or {}).items() if secret in v]
    return found


def _refresh_fails(tokens: list[int], reply_401: bool) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            tokens[0] += 1
            if tokens[0] == 1:
                return httpx.Response(200, json={"access_token": LIVE, "expires_in": 300})
            return httpx.Response(503, text="down")
        body = {"detail": "token rejected"} if reply_401 else INVALID_TOKEN
        return httpx.Response(401 if reply_401 else 403, json=body)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("reply_401", [True, False], ids=["401", "403-A0004"])
@pytest.mark.parametrize("pool", ["owned", "brought"])
def test_no_frame_of_a_failed_refresh_holds_the_token_sync(reply_401: bool, pool: str) -> None:
    transport = _refresh_fails([0], reply_401)
    pooling: dict[str, Any] = (
        {"transport": transport} if pool == "owned" else {"httpx_client": httpx.Client(transport=transport)}
    )
    client = CortiClient(
        base_url="https://api.eu.corti.app/v2",
        tenant_name="t",
        client_id="c",
        client_secret="s",
        max_retries=0,
        **pooling,
    )
    with pytest.raises(InternalServerError) as info:
        client.interactions.delete(INTERACTION_ID)
    assert leaked_locals(info.value, LIVE) == []


@pytest.mark.parametrize("reply_401", [True, False], ids=["401", "403-A0004"])
@pytest.mark.parametrize("pool", ["owned", "brought"])
def test_no_frame_of_a_failed_refresh_holds_the_token_async(reply_401: bool, pool: str) -> None:
    async def main() -> APIError:
        transport = _refresh_fails([0], reply_401)
        pooling: dict[str, Any] = (
            {"transport": transport}
            if pool == "owned"
            else {"httpx_client": httpx.AsyncClient(transport=transport)}
        )
        client = AsyncCortiClient(
            base_url="https://api.eu.corti.app/v2",
            tenant_name="t",
            client_id="c",
            client_secret="s",
            max_retries=0,
            **pooling,
        )
        try:
            await client.interactions.delete(INTERACTION_ID)
        except APIError as exc:
            return exc
        raise AssertionError("no error")

    error = asyncio.run(main())
    assert isinstance(error, InternalServerError)
    assert leaked_locals(error, LIVE) == []


def test_no_frame_holds_the_token_when_a_token_callable_fails_after_a_rejection() -> None:
    answers = iter([LIVE, ""])  # the second is unusable: ValueError from the resend
    client = CortiClient(
        base_url="https://api.eu.corti.app/v2",
        tenant_name="t",
        token=lambda: next(answers),
        transport=httpx.MockTransport(lambda r: httpx.Response(401)),
    )
    with pytest.raises(ValueError, match="token callable") as info:
        client.interactions.delete(INTERACTION_ID)
    assert leaked_locals(info.value, LIVE) == []


# --- a waiter's own timeout while another call refreshes the token ------------------------


def test_a_call_waiting_on_another_callers_refresh_keeps_its_own_timeout_sync(fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    client = CortiClient(**credentials(fake))
    fake.inject("delay", delay=3.0, target="token")
    leader = threading.Thread(target=client.interactions.get, args=(stored["id"],))
    leader.start()
    while fake.pending_faults:
        time.sleep(0.01)  # the leader's token request is at the fake, being delayed
    with pytest.raises(APITimeoutError, match="waiting for another call's token request"):
        client.interactions.get(stored["id"], timeout=0.2, max_retries=0)
    assert leader.is_alive()  # it gave up before the refresh it waited on ended
    leader.join()
    client.close()


def test_a_call_waiting_on_another_callers_refresh_keeps_its_own_timeout_async(fake: FakeCorti) -> None:
    stored = fake.add_interaction()

    async def main() -> bool:
        async with AsyncCortiClient(**credentials(fake)) as client:
            before = fake.token_requests
            fake.inject("delay", delay=3.0, target="token")
            leader = asyncio.create_task(client.interactions.get(stored["id"]))
            while fake.token_requests == before:  # noqa: ASYNC110 - the fake runs in another thread
                await asyncio.sleep(0.01)
            with pytest.raises(APITimeoutError):
                await client.interactions.get(stored["id"], timeout=0.2, max_retries=0)
            running = not leader.done()
            await leader  # the leader's refresh was not cancelled by the waiter's timeout
            return running

    assert asyncio.run(main())
