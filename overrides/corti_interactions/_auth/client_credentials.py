"""OAuth2 client credentials against Corti's Keycloak: `ClientCredentials`."""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Mapping, Sequence

import httpx

from corti_interactions._constants import TOKEN_REFRESH_MARGIN
from corti_interactions._exceptions import APITimeoutError, CortiError

from .common import (
    _FRESH,
    _SCOPE,
    _UNBOUND,
    TOKEN_RULE,
    AsyncSend,
    Refresh,
    ScopedToken,
    SyncSend,
    Timeouts,
    _authorize,
    _can_resend,
    _count_resend,
    _unusable,
    _wait_limit,
    is_header_token,
    token_rejected,
)

__all__ = ["ClientCredentials"]


class ClientCredentials(httpx.Auth):
    """OAuth2 client credentials (`grant_type=client_credentials`), cached and shared.

    Made by the client, which hands it the function that sends a token request (`bind`):
    the client's retries and error mapping, without a bearer token.
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        headers: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._clock = clock
        self._headers = {**(headers or {}), "Accept": "application/json"}
        self._sync_send: SyncSend | None = None
        self._async_send: AsyncSend | None = None
        # The lock guards the three fields below and is held for a few lines, never across
        # I/O, a yield or an await. A refresh in flight is a future that waiters (threads
        # or tasks, on any loop) wait on instead.
        self._lock = threading.Lock()
        self._token: str | None = None
        self._generation = 0  # which token is cached: a request remembers it, not the token
        self._refresh_at = 0.0
        self._refresh: Refresh | None = None

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            "client_secret=***)"
        )

    def bind(self, *, sync_send: SyncSend | None = None, async_send: AsyncSend | None = None) -> None:
        """Send token requests with these: they return the success response or raise this
        client's exception, after the client's retries."""
        self._sync_send, self._async_send = sync_send, async_send

    # -- shared, no I/O ---------------------------------------------------------------
    def _usable(self, stale: int | None) -> bool:
        """Whether the cached token can be used (else a refresh is due); holds the lock."""
        return not (self._token is None or self._generation == stale or self._clock() >= self._refresh_at)

    def _join(self, stale: int | None) -> int | tuple[Refresh, bool]:
        """The usable cached token's generation; else the refresh in flight, and whether the
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
        """Put the cached token on `request`; the generation it was sent with (the cached one
        if a newer token replaced it meanwhile: it is usable as well)."""
        with self._lock:
            token, generation = self._token, self._generation
        _authorize(request, token or "")
        return generation

    def _cached(self) -> str:
        with self._lock:
            return self._token or ""

    def _land(self, refresh: Refresh, outcome: str | CortiError | None) -> None:
        """End the refresh: waiters get the token, the error to raise, or None (try again)."""
        with self._lock:
            if self._refresh is refresh:
                self._refresh = None
        refresh.set_result(outcome)

    @staticmethod
    def _waited(outcome: str | CortiError | None) -> None:
        """After waiting on another caller's refresh: raise its error as ours, if it failed."""
        if isinstance(outcome, CortiError):
            # A copy each: one exception raised in many threads would share its traceback.
            raise copy.copy(outcome) from outcome.__cause__

    def _wait_timed_out(self) -> APITimeoutError:
        return APITimeoutError(
            request=None, what=f"waiting for another call's token request to {self.token_url}"
        )

    def _token_request(self, timeout: Timeouts | None, scope: str = "openid") -> httpx.Request:
        """The token request, under the same timeout as the call that needs the token."""
        return httpx.Request(
            "POST",
            self.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self._client_secret,
                "scope": scope,
            },
            headers=self._headers,
            extensions={"timeout": timeout} if timeout else {},
        )

    def scoped_request(self, scopes: Sequence[str], timeout: Timeouts | None) -> httpx.Request:
        """A token request for a token limited to `scopes` (e.g. `["streams"]`), not cached."""
        if isinstance(scopes, str) or not scopes or not all(_SCOPE.fullmatch(str(s)) for s in scopes):
            raise ValueError(
                f"scopes must be a non-empty list of scope names such as ['streams']; got {scopes!r}"
            )
        return self._token_request(timeout, " ".join(["openid", *scopes]))

    def scoped_token(self, response: httpx.Response, scopes: Sequence[str]) -> ScopedToken:
        """The token of a `scoped_request` answer (not cached: it is for someone else)."""
        read = self._read(response)
        if isinstance(read, str):
            raise _unusable(response, read)
        return ScopedToken(access_token=read[0], expires_in=read[1], scopes=tuple(scopes))

    def _store(self, response: httpx.Response) -> str | None:
        """Cache the token of a success answer; else why it cannot be used. It returns
        before anything raises, so no frame of a raised exception holds the token."""
        read = self._read(response)
        if isinstance(read, str):
            return read
        token, expires_in = read
        margin = min(TOKEN_REFRESH_MARGIN, expires_in / 2)
        with self._lock:
            self._token, self._refresh_at = token, self._clock() + expires_in - margin
            self._generation += 1
        return None

    def _accept(self, response: httpx.Response) -> None:
        """Cache the token of a success answer (`APIResponseValidationError` if unusable)."""
        problem = self._store(response)
        if problem is not None:
            raise _unusable(response, problem)

    @staticmethod
    def _read(response: httpx.Response) -> tuple[str, float] | str:
        """The token and its lifetime in a success answer, or why it cannot be used."""
        try:
            data = response.json()
            token, expires_in = data["access_token"], float(data.get("expires_in", 300))
        except (ValueError, KeyError, TypeError) as exc:
            return f"no access_token/expires_in ({type(exc).__name__})"
        if not is_header_token(token):
            return f"access_token is not {TOKEN_RULE}"
        if not (math.isfinite(expires_in) and expires_in > 0):  # NaN, Infinity or <= 0: unusable
            return "expires_in is not a positive number of seconds"
        return token, expires_in

    # -- sync --------------------------------------------------------------------------
    def sync_get_token(self, *, timeout: Timeouts | None) -> str:
        """The cached token, or a fresh one from the token endpoint (for `stream_url`)."""
        self._sync_fresh(timeout, None)
        return self._cached()

    def _sync_fresh(self, timeout: Timeouts | None, stale: int | None) -> int:
        """The generation of a usable cached token (not `stale`), refreshing if needed.

        Threads that find the token stale wait for one refresh (at most their own read
        timeout); if it fails, each raises a copy of its error (a later call tries again).
        """
        send = self._sync_send
        if send is None:
            raise RuntimeError(_UNBOUND)
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
                self._accept(send(self._token_request(timeout)))
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

    async def _async_fresh(self, timeout: Timeouts | None, stale: int | None) -> int:
        """See `_sync_fresh` (tasks share the refresh)."""
        import asyncio  # not at import: sync-only programs never load asyncio

        send = self._async_send
        if send is None:
            raise RuntimeError(_UNBOUND)
        while True:
            joined = self._join(stale)
            if isinstance(joined, int):
                return joined
            refresh, leading = joined
            if not leading:
                try:
                    # shield: a waiter's timeout must not cancel the leader's refresh
                    outcome = await asyncio.wait_for(
                        asyncio.shield(asyncio.wrap_future(refresh)), _wait_limit(timeout)
                    )
                except TimeoutError:
                    raise self._wait_timed_out() from None
                self._waited(outcome)
                continue
            landed: str | CortiError | None = None
            try:
                self._accept(await send(self._token_request(timeout)))
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
