"""A user's tokens (access and refresh), renewed with the refresh grant: `UserTokens`."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from corti_interactions._exceptions import APIStatusError, CortiError

from . import grants
from .common import _UNBOUND, Timeouts
from .errors import InvalidGrantError, SignInRequiredError, oauth_error
from .renewing import RenewingToken
from .tokens import Token

__all__ = ["UserTokens"]


class UserTokens(RenewingToken):
    """A user's `Token` (from `password`, `authorization_code` or `refresh`): the access token
    is used until shortly before it expires, then renewed with the refresh grant, once for
    all concurrent calls; Keycloak's rotated refresh token replaces the old one.

    When the refresh token has expired or is refused, calls raise `SignInRequiredError`.
    """

    what = "refresh of the user's token"

    def __init__(
        self,
        token: Token,
        *,
        token_url: str,
        client_id: str,
        client_secret: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(clock=clock)
        if token.refresh_token is None:
            raise ValueError("this token has no refresh token; pass its access_token as token= instead")
        self.token_url, self.client_id = token_url, client_id
        self._client_secret = client_secret
        self._wall = wall_clock
        self._refresh_token: str | None = None
        self._refresh_until = 0.0
        self._adopt(token)

    def __repr__(self) -> str:
        return f"UserTokens(token_url={self.token_url!r}, client_id={self.client_id!r}, tokens=***)"

    def _adopt(self, token: Token) -> None:
        """Keep a token answer: its access token and (rotated) refresh token."""
        now = self._wall()
        expires_in = None if token.expires_at is None else token.expires_at - now
        with self._lock:
            if token.refresh_token is not None:
                self._refresh_token = token.refresh_token
                until = token.refresh_expires_at
                self._refresh_until = float("inf") if until is None else self._clock() + until - now
        self._keep(token.access_token, expires_in)

    def _request(self, timeout: Timeouts | None) -> httpx.Request:
        with self._lock:
            refresh, usable = self._refresh_token, self._clock() < self._refresh_until
        if refresh is None or not usable:
            raise SignInRequiredError("the user's refresh token has expired: they must sign in again")
        form = grants.refresh_form(self.client_id, refresh, self._client_secret, None)
        return grants.token_request(self.token_url, form, timeout)

    def _outcome(self, response: httpx.Response) -> CortiError | None:
        token = grants.read_token(response)
        if isinstance(token, CortiError):
            return token
        self._adopt(token)
        return None

    def _refused(self, error: APIStatusError) -> CortiError:
        converted = oauth_error(error)
        if isinstance(converted, InvalidGrantError):
            with self._lock:
                self._refresh_token = None  # refused once, refused again: stop asking
            signin = SignInRequiredError(
                f"the user's refresh token was refused ({converted.error_description or converted.error}): "
                "they must sign in again"
            )
            signin.__cause__ = converted
            return signin
        return converted

    def _sync_renew(self, timeout: Timeouts | None) -> None:
        if self._sync_send is None:
            raise RuntimeError(_UNBOUND)
        problem = self._sync_try(timeout)
        if problem is not None:
            raise problem

    def _sync_try(self, timeout: Timeouts | None) -> CortiError | None:
        assert self._sync_send is not None  # noqa: S101 - checked by the caller
        try:
            return self._outcome(self._sync_send(self._request(timeout)))
        except APIStatusError as exc:
            return self._refused(exc)

    async def _async_renew(self, timeout: Timeouts | None) -> None:
        if self._async_send is None:
            raise RuntimeError(_UNBOUND)
        problem = await self._async_try(timeout)
        if problem is not None:
            raise problem

    async def _async_try(self, timeout: Timeouts | None) -> CortiError | None:
        assert self._async_send is not None  # noqa: S101 - checked by the caller
        try:
            return self._outcome(await self._async_send(self._request(timeout)))
        except APIStatusError as exc:
            return self._refused(exc)
