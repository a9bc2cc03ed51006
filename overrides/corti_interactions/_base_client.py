"""Sending one API request: auth, timeouts, retries and logging, sync and async.

Both loops are the same few lines around `_Attempts`, which holds everything that is
not I/O: turning an exception or an error response into this client's exception, deciding
whether and when to retry, logging, and counting.

What may be retried depends on the operation: an idempotent one (`Operation.idempotent`)
after any transient failure; any other (a create) only where the request surely did not
reach the service (the connection was never made, or the token request failed) and after
a 429, which says the request was refused, not processed.

Where a request goes: on a pool the client made itself with a transport it holds, straight
to that transport (`_transports/direct.py`: the auth flow, timeouts, the body read, without
httpx's cookie jar, event hooks and redirect bookkeeping, which that pool never uses); on a
pool the caller brought (`httpx_client=`), or one whose transports httpx chose from the
environment's proxies, through `httpx.Client.send`, so hooks, mounts and cookies apply.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

import httpx

from ._auth import RESENDS
from ._constants import RESENDABLE, STREAMED
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    make_status_error,
    redacted_request,
)
from ._logging import logger
from ._response import RawResponse
from ._retries import UNSENT_ERRORS, retry_delay, should_retry_error, should_retry_status
from ._transports.direct import async_send_direct, sync_send_direct

if TYPE_CHECKING:
    from corti_interactions_api.types import ArrayOf

    from ._bulk.rate_gate import RateGate

__all__ = ["AsyncSender", "SyncSender", "TimeoutArg"]

TimeoutArg = float | httpx.Timeout | None


def as_timeout(value: TimeoutArg) -> httpx.Timeout:
    """A number or `None` as an `httpx.Timeout` (`None`: no timeout at all); `ValueError`
    unless every part is `None` or a finite number of seconds above 0.

    0 is refused: httpx's transport takes it as "fail at once", aiohttp's as "no timeout",
    so the same value would mean opposite things on the two async transports.
    """
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
    for name, part in timeout.as_dict().items():
        number = isinstance(part, int | float) and not isinstance(part, bool)
        if part is not None and not (number and math.isfinite(part) and part > 0):
            raise ValueError(
                f"timeout must be a number of seconds above 0, None (no timeout) or an "
                f"httpx.Timeout; its {name} part is {part!r}"
            )
    return timeout


def _about(exc: Exception, request: httpx.Request) -> bool:
    """Whether an httpx error is about `request` (not, say, the auth flow's token request)."""
    try:
        return getattr(exc, "request", request) is request
    except RuntimeError:  # httpx raises when an error carries no request: assume it is ours
        return True


def _redact_cause(exc: Exception) -> None:
    """The httpx error becomes our error's `__cause__`: its request is redacted too."""
    if isinstance(exc, httpx.RequestError):
        with contextlib.suppress(RuntimeError):  # httpx's "no request was set": nothing to redact
            exc.request = redacted_request(exc.request)


class _Attempts:
    """The bookkeeping of one call: attempts made, elapsed time, the retry decision."""

    __slots__ = (
        "attempt", "failure", "final", "idempotent", "max_retries",
        "request", "responses", "started", "t0", "unsent",
    )  # fmt: skip

    def __init__(
        self,
        request: httpx.Request,
        max_retries: int,
        idempotent: bool,
        responses: Mapping[int, type | ArrayOf | None],
    ) -> None:
        self.request = request
        self.max_retries = max_retries
        self.idempotent = idempotent
        self.responses = responses
        self.unsent = False  # the last failure surely happened before the request went out
        self.attempt = 0  # sends by this loop: what max_retries limits
        self.failure: str | None = None  # the last transient failure's name, for retry_after
        self.final = False  # the last error was the token request's, retried on its own
        self.started = self.t0 = time.perf_counter()

    @property
    def sent(self) -> int:
        """How many times the request went out, in all: the auth flow's resends after a 401
        are not retries (they do not use up `max_retries`) but are counted here."""
        return self.attempt + int(self.request.extensions.get(RESENDS, 0))

    def begin(self) -> None:
        self.attempt += 1
        self.t0 = time.perf_counter()

    def done(self, response: httpx.Response) -> RawResponse[object] | APIStatusError:
        """The raw response on success, else the status error to raise or retry."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d in %.1f ms (attempt %d, request id %s)",
                self.request.method,
                self.request.url.path,
                response.status_code,
                (time.perf_counter() - self.t0) * 1000,
                self.attempt,
                response.headers.get("x-request-id", "-"),
            )
        if response.is_success:
            return RawResponse(
                response,
                attempts=self.sent,
                elapsed=time.perf_counter() - self.started,
                responses=self.responses,
            )
        self.unsent = False
        return make_status_error(response)

    def failed(self, exc: Exception) -> APIError:
        """Translate a transport failure (the one place where httpx errors become ours)."""
        self.failure = None
        self.final = isinstance(exc, APIError)
        # A connection never made, or a failure of the auth flow's token request: the API
        # request itself was not sent.
        self.unsent = isinstance(exc, (APIError, *UNSENT_ERRORS)) or not _about(exc, self.request)
        if isinstance(exc, APIError):  # the auth flow's token request failed, after its retries
            return exc
        what = f"{self.request.method} {self.request.url.path}"
        name = type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            error: APIError = APITimeoutError(request=self.request, what=what)
        elif isinstance(exc, httpx.DecodingError):  # e.g. a gateway's broken gzip body
            error = APIConnectionError(f"{what}: the answer could not be decoded", request=self.request)
        elif should_retry_error(exc):
            error = APIConnectionError(f"{what}: connection failed ({name})", request=self.request)
        else:
            error = APIConnectionError(f"{what}: could not be sent ({name})", request=self.request)
        if should_retry_error(exc):
            self.failure = type(error).__name__
        _redact_cause(exc)
        logger.debug("%s failed on attempt %d: %s", what, self.attempt, type(exc).__name__)
        return error

    def retry_after(self, error: APIError) -> float | None:
        """Seconds to wait before retrying, or None to raise `error` now."""
        if self.final:  # its retries are spent and its attempts counted
            return None
        if self.attempt > self.max_retries:
            reason = None
        elif isinstance(error, APIStatusError):
            reason = (
                f"{error.status_code} {error.response.reason_phrase}"
                if should_retry_status(error.status_code, error.code)
                else None
            )
        else:  # a transient failure (see `failed`); not a malformed answer or a refused request
            reason = self.failure
        if reason is not None and self.request.extensions.get(RESENDABLE) is False:
            error._add_note(
                f"not retried: the body of {self.request.method} {self.request.url.path} was an iterator "
                "or a file that cannot seek, which cannot be sent again"
            )
            reason = None
        if reason is not None and not (
            self.idempotent or self.unsent or (isinstance(error, APIStatusError) and error.status_code == 429)
        ):
            error._add_note(
                f"not retried: {self.request.method} {self.request.url.path} is not idempotent and the "
                "request may have reached the service, so it may have been applied (after a create, "
                "the resource may exist)"
            )
            reason = None
        if reason is None:
            error._with_attempts(self.sent)
            return None
        headers = error.response.headers if isinstance(error, APIStatusError) else None
        delay = retry_delay(self.attempt, headers)
        if delay is None:
            logger.info("not retrying %s: the service asked to wait over the limit", reason)
            error._with_attempts(self.sent)
            return None
        logger.info(
            "retrying %s %s in %.2f s (attempt %d of %d): %s",
            self.request.method,
            self.request.url.path,
            delay,
            self.attempt + 1,
            self.max_retries + 1,
            reason,
        )
        return delay


# Everything httpx raises for one request (TransportError, DecodingError), and the auth
# flow's own errors from the token endpoint.
_TRANSPORT_ERRORS = (httpx.RequestError, APIError)


class SyncSender:
    """Sends requests on one `httpx.Client`, retrying as `_retries` says.

    `transport`: the one the client mounted on a pool it made, so requests skip
    `httpx.Client.send` (see above); None sends through `send()`.
    """

    def __init__(
        self,
        http: httpx.Client,
        auth: httpx.Auth,
        sleep: Callable[[float], None] = time.sleep,
        *,
        transport: httpx.BaseTransport | None,
    ) -> None:
        self.http = http
        self.auth = auth
        self.sleep = sleep
        self.transport = transport

    def _send_once(self, request: httpx.Request, stream: bool = False) -> httpx.Response:
        if self.transport is not None:
            return sync_send_direct(self.http, self.transport, request, self.auth, read=not stream)
        return self.http.send(request, auth=self.auth, follow_redirects=False, stream=stream)

    def send(
        self,
        request: httpx.Request,
        *,
        max_retries: int,
        idempotent: bool = True,
        responses: Mapping[int, type | ArrayOf | None],
        gate: RateGate | None = None,
        stream: bool = False,
    ) -> RawResponse[object]:
        """Send `request` until it succeeds or retries run out; raise the last error.

        With a `gate` (a bulk run's), every attempt first waits while the gate is held, and
        a 429 with `Retry-After` holds it for every call sharing it. With `stream`, a
        successful answer's body is left unread (the caller reads and closes it).
        """
        attempts = _Attempts(request, max_retries, idempotent, responses)
        while True:
            if gate is not None and (wait := gate.delay()):
                self.sleep(wait)
            attempts.begin()
            try:
                response = self._send_once(request, stream)
                if stream and not response.is_success:  # an error's body is small: read it
                    response.read()
            except _TRANSPORT_ERRORS as exc:
                outcome: RawResponse[object] | APIError = attempts.failed(exc)
                cause: BaseException | None = exc.__cause__ if outcome is exc else exc
            else:
                outcome, cause = attempts.done(response), None
            if isinstance(outcome, RawResponse):
                return outcome
            if gate is not None:
                gate.observe(outcome)
            delay = attempts.retry_after(outcome)
            if delay is None:
                raise outcome from cause
            self.sleep(delay)


class AsyncSender:
    """Sends requests on one `httpx.AsyncClient`, retrying as `_retries` says.

    `transport`: as for `SyncSender`.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        auth: httpx.Auth,
        sleep: Callable[[float], Awaitable[None]],
        *,
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self.http = http
        self.auth = auth
        self.sleep = sleep
        self.transport = transport

    async def _send_once(self, request: httpx.Request, stream: bool = False) -> httpx.Response:
        if self.transport is not None:
            return await async_send_direct(self.http, self.transport, request, self.auth, read=not stream)
        return await self.http.send(request, auth=self.auth, follow_redirects=False, stream=stream)

    async def send(
        self,
        request: httpx.Request,
        *,
        max_retries: int,
        idempotent: bool = True,
        responses: Mapping[int, type | ArrayOf | None],
        gate: RateGate | None = None,
        stream: bool = False,
    ) -> RawResponse[object]:
        """Send `request` until it succeeds or retries run out; raise the last error.

        With a `gate` (a bulk run's), every attempt first waits while the gate is held, and
        a 429 with `Retry-After` holds it for every call sharing it. With `stream`, a
        successful answer's body is left unread (the caller reads and closes it).
        """
        attempts = _Attempts(request, max_retries, idempotent, responses)
        if stream:  # a transport that reads answers whole leaves this one to the caller
            request.extensions = {**request.extensions, STREAMED: True}
        while True:
            if gate is not None and (wait := gate.delay()):
                await self.sleep(wait)
            attempts.begin()
            try:
                response = await self._send_once(request, stream)
                if stream and not response.is_success:
                    await response.aread()
            except _TRANSPORT_ERRORS as exc:
                outcome: RawResponse[object] | APIError = attempts.failed(exc)
                cause: BaseException | None = exc.__cause__ if outcome is exc else exc
            else:
                outcome, cause = attempts.done(response), None
            if isinstance(outcome, RawResponse):
                return outcome
            if gate is not None:
                gate.observe(outcome)
            delay = attempts.retry_after(outcome)
            if delay is None:
                raise outcome from cause
            await self.sleep(delay)
