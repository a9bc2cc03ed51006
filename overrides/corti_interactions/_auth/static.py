"""A token given by the application: `StaticToken`."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from .common import (
    TOKEN_RULE,
    TokenSource,
    _authorize,
    _can_resend,
    _count_resend,
    is_header_token,
    token_rejected,
)

__all__ = ["NoAuth", "StaticToken"]


class StaticToken(httpx.Auth):
    """A token given by the application: a string, or a callable returning the current one.

    On a 401, a callable is asked again and the request retried once if the token changed.
    """

    def __init__(self, token: TokenSource) -> None:
        if not callable(token) and not is_header_token(token):
            raise ValueError(f"token must be {TOKEN_RULE}, or a callable returning one")
        self._token = token

    @property
    def renewable(self) -> bool:
        """Whether asking again may give another token (a callable; a string never changes)."""
        return callable(self._token)

    def current(self) -> str:
        """The token to send now; `ValueError` (naming no token) if the callable's is unusable."""
        if not callable(self._token):
            return self._token  # checked in __init__
        token = self._token()
        if not is_header_token(token):
            kind = f"a {type(token).__name__}" if not isinstance(token, str) else "an unusable string"
            raise ValueError(f"the token callable returned {kind}; a token must be {TOKEN_RULE}")
        return token

    def _changed(self, request: httpx.Request) -> bool:
        """Ask the callable again; put its token on `request` if it is another one."""
        sent = hash(request.headers.get("Authorization"))  # not the token: this frame can raise
        _authorize(request, self.current())
        return hash(request.headers.get("Authorization")) != sent

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield _authorize(request, self.current())
        if callable(self._token) and response.status_code in (401, 403) and _can_resend(request):
            response.read()
            if token_rejected(response) and self._changed(request):
                yield _count_resend(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        response = yield _authorize(request, self.current())
        if callable(self._token) and response.status_code in (401, 403) and _can_resend(request):
            await response.aread()
            if token_rejected(response) and self._changed(request):
                yield _count_resend(request)

    def __repr__(self) -> str:
        return "StaticToken(token=***)"


class NoAuth(httpx.Auth):
    """No `Authorization` at all, asked for with `no_auth=True`: for a proxy of your own that
    adds credentials itself (never the fallback of a missing setting)."""

    def __repr__(self) -> str:
        return "NoAuth()"
