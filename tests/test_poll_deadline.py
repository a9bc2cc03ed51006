"""`poll(timeout=T)` returns or raises within T plus one request's timeout: the status
requests' retries and their waits count against the deadline. No timed assertion: the waits
the client asks for are recorded (and slept, at most 1 s each, so the clock moves as they say)."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from corti_interactions import (
    APITimeoutError,
    AsyncCortiClient,
    CortiClient,
    InternalServerError,
    PollTimeoutError,
)

IID, TID = "3c90c3cc-0d44-4b50-8888-8dd25736052a", "8d1f9a52-7a1c-4c1e-9f0e-0a1b2c3d4e5f"
TIMEOUT = 0.4


class Busy:
    """A status endpoint answering 503 with `Retry-After: 10` (`busy` times, or always), then
    "processing"; or raising a read timeout on every ask (`hanging`)."""

    def __init__(self, busy: int | None = None, *, hanging: bool = False) -> None:
        self.busy, self.hanging = busy, hanging
        self.asked = 0
        self.slept: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.asked += 1
        if self.hanging:
            raise httpx.ReadTimeout("timed out", request=request)
        if self.busy is None or self.asked <= self.busy:
            return httpx.Response(503, headers={"Retry-After": "10"}, json={"status": 503, "detail": "busy"})
        return httpx.Response(200, json={"status": "processing"})

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        time.sleep(min(seconds, 1.0))

    async def asleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        await asyncio.sleep(min(seconds, 1.0))

    def client(self) -> CortiClient:
        return CortiClient(
            base_url="https://api.example/v2", tenant_name="t", token="x", sleep=self.sleep,
            transport=httpx.MockTransport(self.handler),
        )  # fmt: skip

    def async_client(self) -> AsyncCortiClient:
        return AsyncCortiClient(
            base_url="https://api.example/v2", tenant_name="t", token="x", sleep=self.asleep,
            transport=httpx.MockTransport(self.handler),
        )  # fmt: skip


def within_deadline(slept: list[float]) -> None:
    assert slept, "the poll waited"
    assert max(slept) <= TIMEOUT
    assert sum(slept) <= TIMEOUT + 0.05  # every wait cut to the time left


def test_a_busy_status_endpoints_retry_after_counts_against_the_deadline() -> None:
    busy = Busy(busy=1)
    with busy.client() as client, pytest.raises(PollTimeoutError):
        client.transcripts.poll(IID, TID, timeout=TIMEOUT, interval=0.05)
    within_deadline(busy.slept)
    assert busy.asked == 2  # asked again after the 503 (at the deadline), saw "processing"


def test_a_status_endpoint_busy_past_the_deadline_raises_its_error() -> None:
    busy = Busy()
    with busy.client() as client, pytest.raises(InternalServerError):
        client.transcripts.poll(IID, TID, timeout=TIMEOUT, interval=0.05)
    within_deadline(busy.slept)


def test_a_hanging_status_request_is_not_retried_past_the_deadline() -> None:
    hanging = Busy(hanging=True)
    with hanging.client() as client, pytest.raises(APITimeoutError):
        client.transcripts.poll(IID, TID, timeout=TIMEOUT, interval=0.05)
    within_deadline(hanging.slept)  # the client's own backoff (0.5 s, 1 s) would be over it


def test_the_async_poll_keeps_the_same_deadline() -> None:
    busy = Busy(busy=1)

    async def run() -> None:
        async with busy.async_client() as client:
            await client.transcripts.poll(IID, TID, timeout=TIMEOUT, interval=0.05)

    with pytest.raises(PollTimeoutError):
        asyncio.run(run())
    within_deadline(busy.slept)


@pytest.mark.parametrize("max_retries", [0, None])
def test_max_retries_zero_or_none_is_honoured_by_the_poll(max_retries: int | None) -> None:
    busy = Busy(busy=1)
    with busy.client() as client, pytest.raises(InternalServerError):
        client.transcripts.poll(IID, TID, timeout=TIMEOUT, interval=0.05, max_retries=max_retries)
    assert busy.asked == 1


def test_a_bad_max_retries_is_still_refused_before_asking() -> None:
    busy = Busy(busy=1)
    with busy.client() as client, pytest.raises(ValueError, match="max_retries must be a whole number"):
        client.transcripts.poll(IID, TID, timeout=TIMEOUT, interval=0.05, max_retries=-1)
    assert busy.asked == 0
