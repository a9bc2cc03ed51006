"""Faults over real sockets, from the fake's fault injection: table-driven, sync and async.

For each fault: the outcome (success or the exception), how many attempts the fake saw, and
the interaction's state afterwards (applied at most once in effect; never lost when the
call reported success)."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from corti_interactions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncCortiClient,
    BadRequestError,
    ConflictError,
    CortiClient,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from corti_interactions.testing import FakeCorti

from tests.conftest import Between, backoff

from .conftest import Recorder


@dataclass
class Fault:
    label: str
    inject: dict[str, Any]
    outcome: type[Exception] | None  # None: success
    attempts: int
    applied: bool
    sleeps: list[Any]  # the waits between attempts, as the client asked its sleep function
    client: dict[str, Any] = field(default_factory=dict)
    token_requests: int = 1


def http_date(seconds: float) -> str:
    return email.utils.formatdate(time.time() + seconds, usegmt=True)


FAULTS = [
    Fault("429, Retry-After seconds", {"kind": "status", "status": 429, "retry_after": "1"}, None, 2, True, [1.0]),
    Fault("429, Retry-After fraction", {"kind": "status", "status": 429, "retry_after": "0.2"}, None, 2, True, [0.2]),
    Fault("429, retry-after-ms", {"kind": "status", "status": 429, "retry_after_ms": "150"}, None, 2, True, [0.15]),
    Fault("429, Retry-After HTTP date", {"kind": "status", "status": 429, "retry_after": "DATE"}, None, 2, True, [Between(0.0, 3.0)]),
    Fault("429, Retry-After garbage", {"kind": "status", "status": 429, "retry_after": "soon"}, None, 2, True, [backoff(1)]),
    Fault("429, Retry-After over 60 s", {"kind": "status", "status": 429, "retry_after": "120"}, RateLimitError, 1, False, []),
    Fault("503 burst of 2 (< retries)", {"kind": "status", "status": 503, "count": 2}, None, 3, True, [backoff(1), backoff(2)]),
    Fault("503 burst of 3 (> retries)", {"kind": "status", "status": 503, "count": 3}, InternalServerError, 3, False, [backoff(1), backoff(2)]),
    Fault("504 then success", {"kind": "status", "status": 504}, None, 2, True, [backoff(1)]),
    Fault("400 not retried", {"kind": "status", "status": 400}, BadRequestError, 1, False, []),
    Fault("404 not retried", {"kind": "status", "status": 404}, NotFoundError, 1, False, []),
    Fault("409 not retried", {"kind": "status", "status": 409}, ConflictError, 1, False, []),
    Fault("501 not retried", {"kind": "status", "status": 501}, InternalServerError, 1, False, []),
    Fault("read timeout, retried", {"kind": "delay", "delay": 0.8}, None, 2, True, [backoff(1)], {"timeout": 0.3}),
    Fault("read timeout, no retries", {"kind": "delay", "delay": 0.8}, APITimeoutError, 1, True, [], {"timeout": 0.3, "max_retries": 0}),
    Fault("dropped connection", {"kind": "drop"}, None, 2, True, [backoff(1)]),
    Fault("dropped connection, no retries", {"kind": "drop"}, APIConnectionError, 1, False, [], {"max_retries": 0}),
    Fault("truncated JSON", {"kind": "truncated"}, APIResponseValidationError, 1, True, []),
    Fault("non-JSON 200", {"kind": "not_json"}, APIResponseValidationError, 1, True, []),
    Fault("HTML 502 from a gateway", {"kind": "html_502"}, None, 2, True, [backoff(1)]),
    Fault("token endpoint fails once", {"kind": "status", "status": 500, "target": "token"}, None, 1, True, [backoff(1)], token_requests=2),
]  # fmt: skip

TALLY: dict[str, int] = {}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


def update(
    mode: str, fake: FakeCorti, interaction_id: str, client: dict[str, Any], sleeps: list[float]
) -> Any:
    options: dict[str, Any] = {
        "base_url": fake.base_url,
        "tenant_name": fake.tenant_name,
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
        **client,
    }
    change = {"encounter": {"status": "completed", "title": "after the fault"}}
    if mode == "sync":
        with CortiClient(sleep=sleeps.append, **options) as sync_client:
            return sync_client.interactions.update(interaction_id, **change)

    async def nosleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main() -> Any:
        async with AsyncCortiClient(
            sleep=nosleep, async_transport=mode.removeprefix("async-"), **options
        ) as async_client:  # type: ignore[arg-type]
            return await async_client.interactions.update(interaction_id, **change)

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async-httpx", "async-aiohttp"])
@pytest.mark.parametrize("fault", FAULTS, ids=[f.label for f in FAULTS])
def test_fault(fake: FakeCorti, mode: str, fault: Fault) -> None:
    stored = fake.add_interaction()
    tokens_before = fake.token_requests
    inject = dict(fault.inject)
    if inject.get("retry_after") == "DATE":
        inject["retry_after"] = http_date(2)
    fake.inject(**inject)
    sleeps: list[float] = []
    if fault.outcome is None:
        result = update(mode, fake, stored["id"], fault.client, sleeps)
        assert result.encounter.title == "after the fault"
    else:
        with pytest.raises(fault.outcome) as info:
            update(mode, fake, stored["id"], fault.client, sleeps)
        assert type(info.value) is fault.outcome
        assert getattr(info.value, "attempts", 1) == fault.attempts
    assert fake.attempts(stored["id"]) == fault.attempts
    assert sleeps == fault.sleeps
    state = fake.interactions[stored["id"]]
    applied = state["encounter"]["title"] == "after the fault"
    assert applied is fault.applied
    if fault.outcome is None:
        assert applied  # a reported success is never lost
    assert fake.token_requests - tokens_before == fault.token_requests
    assert fake.pending_faults == []
    TALLY[mode] = TALLY.get(mode, 0) + 1


def test_record_faults(record: Recorder) -> None:
    for mode, count in sorted(TALLY.items()):
        record(
            "Faults over real sockets",
            f"fault scenarios, {mode} client",
            count,
            "outcome, attempts and state as expected",
        )
    assert TALLY
