"""Bearer tokens for every request, as `httpx.Auth` flows.

- `StaticToken`: a fixed token, or a callable asked before each request.
- `ClientCredentials`: OAuth2 client credentials against Corti's Keycloak. The token is
  cached and refreshed `TOKEN_REFRESH_MARGIN` before it expires. Threads (sync) or tasks
  (async) that find it stale share one refresh behind a lock. A 401 from the API forces one
  refresh and one retry, not more.

The token request is yielded from the flow, so it goes through the same connection pool,
TLS settings and proxies as the API calls, and its failures surface as this client's
exceptions (a 5xx from the token endpoint is retried like any other).
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, TypeGuard

import httpx

from ._constants import TOKEN_REFRESH_MARGIN
from ._exceptions import APIResponseValidationError, make_status_error

if TYPE_CHECKING:
    import asyncio

__all__ = ["RESENDS", "TOKEN_RULE", "ClientCredentials", "StaticToken", "TokenSource", "is_header_token"]

TokenSource = str | Callable[[], str]

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
        if response.status_code == 401 and callable(self._token):
            fresh = self.current()
            if fresh != token:
                yield _resend(request, fresh)

    def __repr__(self) -> str:
        return "StaticToken(token=***)"


class ClientCredentials(httpx.Auth):
    """OAuth2 client credentials (`grant_type=client_credentials`), cached and shared."""

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
        self._token: str | None = None
        self._refresh_at = 0.0
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            "client_secret=***)"
        )

    # -- shared, no I/O ---------------------------------------------------------------
    def _valid(self, stale: str | None) -> str | None:
        """The cached token if it can be used, else None (a refresh is due)."""
        token = self._token
        if token is None or token == stale or self._clock() >= self._refresh_at:
            return None
        return token

    def _token_request(self, timeout: object) -> httpx.Request:
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
        what = f"token request to {response.request.url.host}{response.request.url.path}"
        if response.status_code != 200:
            raise make_status_error(response, what=f"POST {response.request.url.path}")
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
        margin = min(TOKEN_REFRESH_MARGIN, expires_in / 2)
        self._token, self._refresh_at = token, self._clock() + expires_in - margin
        return token

    # -- sync --------------------------------------------------------------------------
    def _sync_token(
        self, timeout: object, stale: str | None = None
    ) -> Generator[httpx.Request, httpx.Response, str]:
        token = self._valid(stale)
        if token is None:
            with self._thread_lock:
                token = self._valid(stale)  # another thread may have refreshed meanwhile
                if token is None:
                    response = yield self._token_request(timeout)
                    response.read()  # overriding the flow means reading the body ourselves
                    token = self._accept(response)
        return token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timeout = request.extensions.get("timeout")
        token = yield from self._sync_token(timeout)
        response = yield _authorize(request, token)
        if response.status_code == 401:
            token = yield from self._sync_token(timeout, stale=token)
            yield _resend(request, token)

    def sync_get_token(self, client: httpx.Client) -> str:
        """The current token, fetched with `client` if none is cached."""
        flow = self._sync_token(client.timeout.as_dict())
        try:
            request = next(flow)
            while True:
                response = client.send(request)
                request = flow.send(response)
        except StopIteration as done:
            return str(done.value)

    # -- async -------------------------------------------------------------------------
    async def _async_lock_(self) -> asyncio.Lock:
        if self._async_lock is None:
            import asyncio  # not at import: sync-only programs never load asyncio

            self._async_lock = asyncio.Lock()
        return self._async_lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        stale: str | None = None
        for _ in range(2):  # the second round only after a 401: refresh once, retry once
            token = self._valid(stale)
            if token is None:
                async with await self._async_lock_():
                    token = self._valid(stale)
                    if token is None:
                        response = yield self._token_request(request.extensions.get("timeout"))
                        await response.aread()
                        token = self._accept(response)
            response = yield _authorize(request, token) if stale is None else _resend(request, token)
            if response.status_code != 401:
                return
            stale = token

    async def async_get_token(self, client: httpx.AsyncClient) -> str:
        """The current token, fetched with `client` if none is cached."""
        token = self._valid(None)
        if token is None:
            async with await self._async_lock_():
                token = self._valid(None)
                if token is None:
                    response = await client.send(self._token_request(client.timeout.as_dict()))
                    token = self._accept(response)
        return token
