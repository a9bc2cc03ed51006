"""Waiting for work the service does in the background (`x-poll`): ask, wait, ask again.

`Poll` (generated from the status operation's `x-poll`) says which operation to ask, which
field of its answer to read, which values end the wait (`done`, then the `result` operation
is fetched, or `failed`, an error). Between asks the poller waits `interval` seconds, or as
long as the answer's `Retry-After` asks when that is longer; past `timeout` seconds it gives
up with `PollTimeoutError`. The sync and async loops share `_Poller`.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from corti_interactions_api.types import Operation, Poll, RawResponse, RequestOptions

from ._exceptions import CortiError
from ._retries import retry_after

__all__ = [
    "PollFailedError",
    "PollTimeoutError",
    "async_poll",
    "async_start_and_poll",
    "sync_poll",
    "sync_start_and_poll",
]

T = TypeVar("T")

Request = Callable[
    [Operation[Any], tuple[object, ...], Mapping[str, object], Mapping[str, object] | None, RequestOptions],
    RawResponse[Any],
]
AsyncRequest = Callable[
    [Operation[Any], tuple[object, ...], Mapping[str, object], Mapping[str, object] | None, RequestOptions],
    Awaitable[RawResponse[Any]],
]


class PollFailedError(CortiError):
    """The work ended in a failed state (a transcript's `status: failed`): try again.

    `resource` names what was polled (`transcripts_get_status`), `path` its path values (the
    last is its id), `value` the state it ended in.
    """

    def __init__(self, resource: str, path: tuple[object, ...], field: str, value: str) -> None:
        super().__init__(f"{resource} {path[-1]}: {field} is {value!r}; the service could not finish it")
        self.resource, self.path, self.field, self.value = resource, path, field, value

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.resource, self.path, self.field, self.value))

    @property
    def id(self) -> object:
        """The id of what was polled (the last path value)."""
        return self.path[-1]


class PollTimeoutError(CortiError, TimeoutError):
    """The work was still not done when the poll's `timeout` ran out (it may finish later)."""

    def __init__(
        self, resource: str, path: tuple[object, ...], field: str, value: str, timeout: float
    ) -> None:
        super().__init__(
            f"{resource} {path[-1]}: {field} still {value!r} after {timeout:g} s; poll again later"
        )
        self.resource, self.path, self.field, self.value, self.timeout = resource, path, field, value, timeout

    def __reduce__(self) -> tuple[Any, ...]:  # TimeoutError's own pickling would drop the message
        return (type(self), (self.resource, self.path, self.field, self.value, self.timeout))


def _value(answer: object, field: str) -> str:
    value = getattr(answer, field, None)
    return str(value.value if isinstance(value, enum.Enum) else value)


def _seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a number of seconds, 0 or more; got {value!r}")
    return float(value)


class _Poller:
    """The decisions of one poll: done, failed, or how long to wait before asking again."""

    def __init__(self, poll: Poll[Any], path: tuple[object, ...], timeout: object, interval: object) -> None:
        self.poll, self.path = poll, path
        self.timeout = _seconds(timeout, "timeout")
        self.interval = _seconds(interval, "interval")
        self.deadline = time.monotonic() + self.timeout

    def wait(self, raw: RawResponse[Any]) -> float | None:
        """None when done; else the seconds to wait (`PollFailedError`, `PollTimeoutError`)."""
        poll = self.poll
        value = _value(raw.parse(), poll.field)
        if value in poll.done:
            return None
        if value in poll.failed:
            raise PollFailedError(poll.status.name, self.path, poll.field, value)
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise PollTimeoutError(poll.status.name, self.path, poll.field, value, self.timeout)
        asked = retry_after(raw.headers)
        return min(max(self.interval, asked or 0.0), left)


def _done_at_start(poll: Poll[Any], answer: object) -> bool:
    """Whether the start answer is already the finished result (e.g. a synchronous 201)."""
    if type(answer) not in set(poll.result.responses.values()):
        return False
    return _value(answer, poll.field) in poll.done


def _start_path(
    poll: Poll[Any], path: tuple[object, ...], answer: object, start_id: str
) -> tuple[object, ...]:
    value = _value(answer, poll.field)
    full = (*path, getattr(answer, start_id))
    if value in poll.failed:
        raise PollFailedError(poll.status.name, full, poll.field, value)
    return full


def sync_poll(
    request: Request,
    sleep: Callable[[float], None],
    poll: Poll[T],
    path: tuple[object, ...],
    *,
    timeout: float,
    interval: float,
    options: RequestOptions,
) -> T:
    """Ask `poll.status` until done, then return `poll.result`'s answer."""
    poller = _Poller(poll, path, timeout, interval)
    while (delay := poller.wait(request(poll.status, path, {}, None, options))) is not None:
        sleep(delay)
    result: T = request(poll.result, path, {}, None, options).parse()
    return result


def sync_start_and_poll(
    request: Request,
    sleep: Callable[[float], None],
    poll: Poll[T],
    *,
    start: Operation[Any],
    path: tuple[object, ...],
    body: Mapping[str, object] | None,
    start_id: str,
    timeout: float,
    interval: float,
    options: RequestOptions,
) -> T:
    """Call `start`; return its answer if already done, else poll for the result."""
    _Poller(poll, path, timeout, interval)  # bad timeout or interval: refused before sending
    answer = request(start, path, {}, body, options).parse()
    if _done_at_start(poll, answer):
        done: T = answer
        return done
    polled = _start_path(poll, path, answer, start_id)
    return sync_poll(request, sleep, poll, polled, timeout=timeout, interval=interval, options=options)


async def async_poll(
    request: AsyncRequest,
    sleep: Callable[[float], Awaitable[None]],
    poll: Poll[T],
    path: tuple[object, ...],
    *,
    timeout: float,
    interval: float,
    options: RequestOptions,
) -> T:
    """Ask `poll.status` until done, then return `poll.result`'s answer."""
    poller = _Poller(poll, path, timeout, interval)
    while (delay := poller.wait(await request(poll.status, path, {}, None, options))) is not None:
        await sleep(delay)
    result: T = (await request(poll.result, path, {}, None, options)).parse()
    return result


async def async_start_and_poll(
    request: AsyncRequest,
    sleep: Callable[[float], Awaitable[None]],
    poll: Poll[T],
    *,
    start: Operation[Any],
    path: tuple[object, ...],
    body: Mapping[str, object] | None,
    start_id: str,
    timeout: float,
    interval: float,
    options: RequestOptions,
) -> T:
    """Call `start`; return its answer if already done, else poll for the result."""
    _Poller(poll, path, timeout, interval)
    answer = (await request(start, path, {}, body, options)).parse()
    if _done_at_start(poll, answer):
        done: T = answer
        return done
    polled = _start_path(poll, path, answer, start_id)
    return await async_poll(request, sleep, poll, polled, timeout=timeout, interval=interval, options=options)
