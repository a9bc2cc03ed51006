"""A token the client caches and renews itself, shared by every call: `RenewingToken`.

Subclasses say how a token is obtained (`_sync_renew`/`_async_renew`: a client credentials
grant, a refresh grant, the application's provider); this class says when, and makes
threads (sync) or tasks (async) that find it stale share one renewal: the first leads it,
the others wait on a future and get its token, or a copy of its error. No lock is held
across I/O, a yield or an await, so a failed or cancelled renewal leaves nothing locked. A
waiter waits no longer than its own call's timeout. A rejected token (401, or Corti's 403
A0004) forces one renewal and one resend, not more.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from corti_interactions._constants import TOKEN_REFRESH_MARGIN
from corti_interactions._exceptions import APITimeoutError, CortiError

from .common import (
    _FRESH,
    AsyncSend,
    Refresh,
    SyncSend,
    Timeouts,
    _authorize,
    _can_resend,
    _count_resend,
    _wait_limit,
    token_rejected,
)

__all__ = ["RenewingToken"]


class RenewingToken(httpx.Auth):
    """A cached bearer token, renewed `TOKEN_REFRESH_MARGIN` (at most half its life) before
    it expires, or when the service refuses it; one renewal shared by all callers."""

    what = "token request"  # for the message of a waiter that timed out

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._sync_send: SyncSend | None = None
        self._async_send: AsyncSend | None = None
        # The lock guards the four fields below and is held for a few lines, never across
        # I/O, a yield or an await. A renewal in flight is a future that waiters (threads
        # or tasks, on any loop) wait on instead.
        self._lock = threading.Lock()
        self._token: str | None = None
        self._generation = 0  # which token is cached: a request remembers it, not the token
        self._refresh_at = 0.0
        self._refresh: Refresh | None = None

    def bind(self, *, sync_send: SyncSend | None = None, async_send: AsyncSend | None = None) -> None:
        """Send token requests with these: they return the success response or raise this
        client's exception, after the client's retries."""
        self._sync_send, self._async_send = sync_send, async_send

    # -- what subclasses provide -------------------------------------------------------
    def _sync_renew(self, timeout: Timeouts | None) -> None:
        """Obtain a token and `_keep` it, or raise."""
        raise NotImplementedError

    async def _async_renew(self, timeout: Timeouts | None) -> None:
        """Obtain a token and `_keep` it, or raise."""
        raise NotImplementedError

    def _keep(self, token: str, expires_in: float | None) -> None:
        """Cache `token`, to be renewed ahead of `expires_in` seconds (None: only when refused)."""
        if expires_in is None or not math.isfinite(expires_in):
            refresh_at = math.inf
        else:
            refresh_at = self._clock() + expires_in - min(TOKEN_REFRESH_MARGIN, max(expires_in, 0) / 2)
        with self._lock:
            self._token, self._refresh_at = token, refresh_at
            self._generation += 1

    # -- shared, no I/O ---------------------------------------------------------------
    def _usable(self, stale: int | None) -> bool:
        """Whether the cached token can be used (else a renewal is due); holds the lock."""
        return not (self._token is None or self._generation == stale or self._clock() >= self._refresh_at)

    def _join(self, stale: int | None) -> int | tuple[Refresh, bool]:
        """The usable cached token's generation; else the renewal in flight, and whether the
        caller leads it."""
        with self._lock:
            if self._usable(stale):
                return self._generation
            if self._refresh is not None:
                return self._refresh, False
            refresh = self._refresh = Refresh()
            refresh.set_running_or_notify_cancel()  # from now on it cannot be cancelled
            return refresh, True

    def _put(self, request: httpx.Request, generation: int) -> int:
        """Put the cached token on `request`; the generation it was sent with."""
        with self._lock:
            token, generation = self._token, self._generation
        _authorize(request, token or "")
        return generation

    @property
    def generation(self) -> int:
        """Which token is cached now: a number that changes with each renewal (not the token),
        for a caller that must later say which one the service refused (`sync_refresh`)."""
        with self._lock:
            return self._generation

    def _cached(self) -> str:
        with self._lock:
            return self._token or ""

    def _land(self, refresh: Refresh, outcome: str | CortiError | None) -> None:
        """End the renewal: waiters get the token, the error to raise, or None (try again)."""
        with self._lock:
            if self._refresh is refresh:
                self._refresh = None
        refresh.set_result(outcome)

    @staticmethod
    def _waited(outcome: str | CortiError | None) -> None:
        """After waiting on another caller's renewal: raise its error as ours, if it failed."""
        if isinstance(outcome, CortiError):
            # A copy each: one exception raised in many threads would share its traceback.
            raise copy.copy(outcome) from outcome.__cause__

    def _wait_timed_out(self) -> APITimeoutError:
        return APITimeoutError(request=None, what=f"waiting for another call's {self.what}")

    # -- sync --------------------------------------------------------------------------
    def sync_get_token(self, *, timeout: Timeouts | None) -> str:
        """The cached token, or a fresh one (for `stream_url`, sockets and `token()`)."""
        self._sync_fresh(timeout, None)
        return self._cached()

    def sync_refresh(self, *, timeout: Timeouts | None, refused: int) -> None:
        """The service refused the token of generation `refused` (a socket's 401): renew it,
        once for every caller refused alike; a no-op if a newer one is cached already."""
        self._sync_fresh(timeout, refused)

    def _sync_fresh(self, timeout: Timeouts | None, stale: int | None) -> int:
        """The generation of a usable cached token (not `stale`), renewing if needed."""
        while True:
            joined = self._join(stale)
            if isinstance(joined, int):
                return joined
            refresh, leading = joined
            if not leading:
                try:
                    outcome = refresh.result(timeout=_wait_limit(timeout))
                except TimeoutError:
                    raise self._wait_timed_out() from None
                self._waited(outcome)
                continue  # the fresh token is in the cache now (or the leader gave up)
            landed: str | CortiError | None = None
            try:
                self._sync_renew(timeout)
                landed = _FRESH
            except CortiError as exc:
                landed = exc
                raise
            finally:
                self._land(refresh, landed)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timeout = request.extensions.get("timeout")
        sent = self._put(request, self._sync_fresh(timeout, None))
        response = yield request
        if response.status_code in (401, 403) and _can_resend(request):
            response.read()  # frees its connection before the token request needs one
            if token_rejected(response):
                self._put(request, self._sync_fresh(timeout, sent))
                yield _count_resend(request)

    # -- async -------------------------------------------------------------------------
    async def async_get_token(self, *, timeout: Timeouts | None) -> str:
        """The cached token, or a fresh one; see `sync_get_token`."""
        await self._async_fresh(timeout, None)
        return self._cached()

    async def async_refresh(self, *, timeout: Timeouts | None, refused: int) -> None:
        """See `sync_refresh` (tasks share the renewal)."""
        await self._async_fresh(timeout, refused)

    async def _async_fresh(self, timeout: Timeouts | None, stale: int | None) -> int:
        """See `_sync_fresh` (tasks share the renewal)."""
        import asyncio  # not at import: sync-only programs never load asyncio

        while True:
            joined = self._join(stale)
            if isinstance(joined, int):
                return joined
            refresh, leading = joined
            if not leading:
                try:
                    # shield: a waiter's timeout must not cancel the leader's renewal
                    outcome = await asyncio.wait_for(
                        asyncio.shield(asyncio.wrap_future(refresh)), _wait_limit(timeout)
                    )
                except TimeoutError:
                    raise self._wait_timed_out() from None
                self._waited(outcome)
                continue
            landed: str | CortiError | None = None
            try:
                await self._async_renew(timeout)
                landed = _FRESH
            except CortiError as exc:
                landed = exc
                raise
            finally:
                self._land(refresh, landed)  # None if cancelled: a waiter leads the next one

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        timeout = request.extensions.get("timeout")
        sent = self._put(request, await self._async_fresh(timeout, None))
        response = yield request
        if response.status_code in (401, 403) and _can_resend(request):
            await response.aread()
            if token_rejected(response):
                self._put(request, await self._async_fresh(timeout, sent))
                yield _count_resend(request)
