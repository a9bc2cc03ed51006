"""Bearer tokens for every request, as `httpx.Auth` flows.

- `StaticToken`: a fixed token, or a callable asked before each request.
- `ClientCredentials`: OAuth2 client credentials against Corti's Keycloak. The token is
  cached and refreshed `TOKEN_REFRESH_MARGIN` before it expires. Threads (sync) or tasks
  (async) that find it stale share one refresh: the first leads it, the others wait on a
  future and get its token, or a copy of its error. No lock is held across I/O, a yield or
  an await, so a failed or cancelled refresh leaves nothing locked. A 401 from the API
  forces one refresh and one retry, not more.

The token request is sent by the client's sender (the same connection pool, TLS settings
and proxies as the API calls, the same retries and error mapping): a refused connection is
an `APIConnectionError`, a 5xx is retried, and that holds for `stream_url()` as well as for
an API call.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from concurrent.futures import Future
from typing import TypeGuard

import httpx

from ._binary import RESENDABLE
from ._constants import TOKEN_REFRESH_MARGIN
from ._exceptions import APIResponseValidationError, CortiError

__all__ = [
    "RESENDS",
    "TOKEN_RULE",
    "AsyncSend",
    "ClientCredentials",
    "StaticToken",
    "SyncSend",
    "TokenSource",
    "is_header_token",
]

TokenSource = str | Callable[[], str]
SyncSend = Callable[[httpx.Request], httpx.Response]
AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]
Timeouts = Mapping[str, float | None]  # a request's "timeout" extension
Refresh = Future[str | CortiError | None]  # a refresh in flight: the token, its error, or None
_UNBOUND = "ClientCredentials sends token requests with what a client gave it in bind()"

TOKEN_RULE = "a non-empty string of visible ASCII characters (no spaces or control characters)"  # noqa: S105 - a message


def is_header_token(token: object) -> TypeGuard[str]:
    """Whether `token` can follow `Bearer ` in a header: CR/LF would split the header, and a
    space or non-ASCII character makes a request that h11 or the service refuses."""
    return isinstance(token, str) and bool(token) and all("!" <= char <= "~" for char in token)


RESENDS = "corti_interactions.resends"
"""Request extension counting the sends after a 401 and a fresh token (read into `attempts`)."""


def _authorize(request: httpx.Request, token: str) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token}"
    return request


def _can_resend(request: httpx.Request) -> bool:
    """False for a body read once (an upload from an iterator): a 401 is then the answer."""
    return request.extensions.get(RESENDABLE) is not False


def _resend(request: httpx.Request, token: str) -> httpx.Request:
    request.extensions[RESENDS] = request.extensions.get(RESENDS, 0) + 1
    return _authorize(request, token)


class StaticToken(httpx.Auth):
    """A token given by the application: a string, or a callable returning the current one.

    On a 401, a callable is asked again and the request retried once if the token changed.
    """

    def __init__(self, token: TokenSource) -> None:
        if not callable(token) and not is_header_token(token):
            raise ValueError(f"token must be {TOKEN_RULE}, or a callable returning one")
        self._token = token

    def current(self) -> str:
        """The token to send now; `ValueError` (naming no token) if the callable's is unusable."""
        if not callable(self._token):
            return self._token  # checked in __init__
        token = self._token()
        if not is_header_token(token):
            kind = f"a {type(token).__name__}" if not isinstance(token, str) else "an unusable string"
            raise ValueError(f"the token callable returned {kind}; a token must be {TOKEN_RULE}")
        return token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.current()
        response = yield _authorize(request, token)
        if response.status_code == 401 and callable(self._token) and _can_resend(request):
            fresh = self.current()
            if fresh != token:
                yield _resend(request, fresh)

    def __repr__(self) -> str:
        return "StaticToken(token=***)"


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
    def _valid(self, stale: str | None) -> str | None:
        """The cached token if it can be used, else None (a refresh is due)."""
        token = self._token
        if token is None or token == stale or self._clock() >= self._refresh_at:
            return None
        return token

    def _join(self, stale: str | None) -> str | tuple[Refresh, bool]:
        """The usable cached token; else the refresh in flight, and whether the caller leads it."""
        with self._lock:
            token = self._valid(stale)
            if token is not None:
                return token
            if self._refresh is not None:
                return self._refresh, False
            refresh = self._refresh = Refresh()
            refresh.set_running_or_notify_cancel()  # from now on it cannot be cancelled
            return refresh, True

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

    def _token_request(self, timeout: Timeouts | None) -> httpx.Request:
        """The token request, under the same timeout as the call that needs the token."""
        return httpx.Request(
            "POST",
            self.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self._client_secret,
                "scope": "openid",
            },
            headers=self._headers,
            extensions={"timeout": timeout} if timeout else {},
        )

    def _accept(self, response: httpx.Response) -> str:
        """Read the token from a success answer and cache it."""
        what = f"token request to {response.request.url.host}{response.request.url.path}"
        try:
            data = response.json()
            token, expires_in = data["access_token"], float(data.get("expires_in", 300))
        except (ValueError, KeyError, TypeError) as exc:
            # The body holds a token: it stays out of the exception (and out of its response).
            raise APIResponseValidationError(
                response,
                reason=f"{what}: no access_token/expires_in ({type(exc).__name__})",
                body=None,
            ) from None
        if not is_header_token(token):
            raise APIResponseValidationError(
                response, reason=f"{what}: access_token is not {TOKEN_RULE}", body=None
            )
        if not (math.isfinite(expires_in) and expires_in > 0):  # NaN, Infinity or <= 0: unusable
            raise APIResponseValidationError(
                response, reason=f"{what}: expires_in is not a positive number of seconds", body=None
            )
        margin = min(TOKEN_REFRESH_MARGIN, expires_in / 2)
        with self._lock:
            self._token, self._refresh_at = token, self._clock() + expires_in - margin
        return token

    # -- sync --------------------------------------------------------------------------
    def sync_get_token(self, *, timeout: Timeouts | None, stale: str | None = None) -> str:
        """The cached token, or a fresh one (not `stale`) from the token endpoint.

        Threads that find the token stale wait for one refresh; if it fails, each raises
        a copy of its error (a later call tries again).
        """
        send = self._sync_send
        if send is None:
            raise RuntimeError(_UNBOUND)
        while True:
            joined = self._join(stale)
            if isinstance(joined, str):
                return joined
            refresh, leading = joined
            if not leading:
                self._waited(refresh.result())
                continue  # the fresh token is in the cache now (or the leader gave up)
            outcome: str | CortiError | None = None
            try:
                outcome = self._accept(send(self._token_request(timeout)))
                return outcome
            except CortiError as exc:
                outcome = exc
                raise
            finally:
                self._land(refresh, outcome)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timeout = request.extensions.get("timeout")
        token = self.sync_get_token(timeout=timeout)
        response = yield _authorize(request, token)
        if response.status_code == 401 and _can_resend(request):
            response.read()  # frees its connection before the token request needs one
            token = self.sync_get_token(timeout=timeout, stale=token)
            yield _resend(request, token)

    # -- async -------------------------------------------------------------------------
    async def async_get_token(self, *, timeout: Timeouts | None, stale: str | None = None) -> str:
        """The cached token, or a fresh one; see `sync_get_token` (tasks share the refresh)."""
        import asyncio  # not at import: sync-only programs never load asyncio

        send = self._async_send
        if send is None:
            raise RuntimeError(_UNBOUND)
        while True:
            joined = self._join(stale)
            if isinstance(joined, str):
                return joined
            refresh, leading = joined
            if not leading:
                self._waited(await asyncio.wrap_future(refresh))
                continue
            outcome: str | CortiError | None = None
            try:
                response = await send(self._token_request(timeout))
                outcome = self._accept(response)
                return outcome
            except CortiError as exc:
                outcome = exc
                raise
            finally:
                self._land(refresh, outcome)  # None if cancelled: a waiter leads the next one

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        timeout = request.extensions.get("timeout")
        token = await self.async_get_token(timeout=timeout)
        response = yield _authorize(request, token)
        if response.status_code == 401 and _can_resend(request):
            await response.aread()
            token = await self.async_get_token(timeout=timeout, stale=token)
            yield _resend(request, token)
