"""Waiting for work the service does in the background (`x-poll`): ask, wait, ask again.

`Poll` (generated from the status operation's `x-poll`) says which operation to ask, which
field of its answer to read, which values end the wait (`done`, then the `result` operation
is fetched, or `failed`, an error). Between asks the poller waits `interval` seconds, or as
long as the answer's `Retry-After` asks when that is longer; past `timeout` seconds it gives
up with `PollTimeoutError`. The sync and async loops share `_Poller`.

The deadline bounds the requests too: each ask is sent once (`max_retries=0`), and a
transient failure (a dropped connection, a timeout, 429, 5xx) is asked again by the poll
itself while time is left, its backoff or `Retry-After` wait cut to the time left; past the
deadline the failure is raised. So `poll(timeout=T)` returns or raises within T plus one
request's own timeout. `create_and_poll`'s clock starts before the create.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from corti_interactions_api.types import NotGiven, Operation, Poll, RawResponse, RequestOptions

from ._config import check_max_retries
from ._exceptions import APIConnectionError, APIError, APIStatusError, CortiError
from ._retries import backoff_delay, retry_after, should_retry_status

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
        self.retries_allowed: int | None = None  # None: as many as the deadline allows

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

    def options(self, options: RequestOptions) -> RequestOptions:
        """The options of one ask: sent once, the poll retries (within its deadline, and
        within `max_retries` when the caller gave it; None: none)."""
        given = options.max_retries
        self.retries_allowed = None if isinstance(given, NotGiven) else check_max_retries(given)
        return options._replace(max_retries=0)

    def retry(self, exc: APIError, retry_number: int) -> float:
        """The wait before asking again after `exc`; raises `exc` when it is not transient,
        the caller's `max_retries` are used up, or no time is left."""
        allowed = self.retries_allowed
        if isinstance(exc, APIStatusError):
            transient = should_retry_status(exc.status_code, exc.code)
            asked = retry_after(exc.response.headers)
        else:
            transient, asked = isinstance(exc, APIConnectionError), None
        left = self.deadline - time.monotonic()
        if not transient or left <= 0 or (allowed is not None and retry_number > allowed):
            raise exc
        return min(asked if asked is not None else backoff_delay(retry_number), left)


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
    result: T = _sync_poll(request, sleep, _Poller(poll, path, timeout, interval), path, options)
    return result


def _sync_ask(
    request: Request, sleep: Callable[[float], None], poller: _Poller, operation: Operation[Any],
    path: tuple[object, ...], *, options: RequestOptions,
) -> RawResponse[Any]:  # fmt: skip
    retry_number = 0
    while True:
        try:
            return request(operation, path, {}, None, poller.options(options))
        except APIError as exc:
            retry_number += 1
            sleep(poller.retry(exc, retry_number))


def _sync_poll(
    request: Request, sleep: Callable[[float], None], poller: _Poller, path: tuple[object, ...],
    options: RequestOptions,
) -> Any:  # fmt: skip
    poll = poller.poll
    while True:
        asked = _sync_ask(request, sleep, poller, poll.status, path, options=options)
        if (delay := poller.wait(asked)) is None:
            break
        sleep(delay)
    return _sync_ask(request, sleep, poller, poll.result, path, options=options).parse()


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
    poller = _Poller(poll, path, timeout, interval)  # bad timeout or interval: refused before sending
    answer = request(start, path, {}, body, options).parse()
    if _done_at_start(poll, answer):
        done: T = answer
        return done
    polled = _start_path(poll, path, answer, start_id)
    result: T = _sync_poll(request, sleep, poller, polled, options)
    return result


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
    result: T = await _async_poll(request, sleep, _Poller(poll, path, timeout, interval), path, options)
    return result


async def _async_ask(
    request: AsyncRequest, sleep: Callable[[float], Awaitable[None]], poller: _Poller,
    operation: Operation[Any], path: tuple[object, ...], *, options: RequestOptions,
) -> RawResponse[Any]:  # fmt: skip
    retry_number = 0
    while True:
        try:
            return await request(operation, path, {}, None, poller.options(options))
        except APIError as exc:
            retry_number += 1
            await sleep(poller.retry(exc, retry_number))


async def _async_poll(
    request: AsyncRequest, sleep: Callable[[float], Awaitable[None]], poller: _Poller,
    path: tuple[object, ...], options: RequestOptions,
) -> Any:  # fmt: skip
    poll = poller.poll
    while True:
        asked = await _async_ask(request, sleep, poller, poll.status, path, options=options)
        if (delay := poller.wait(asked)) is None:
            break
        await sleep(delay)
    return (await _async_ask(request, sleep, poller, poll.result, path, options=options)).parse()


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
    poller = _Poller(poll, path, timeout, interval)
    answer = (await request(start, path, {}, body, options)).parse()
    if _done_at_start(poll, answer):
        done: T = answer
        return done
    polled = _start_path(poll, path, answer, start_id)
    result: T = await _async_poll(request, sleep, poller, polled, options)
    return result
