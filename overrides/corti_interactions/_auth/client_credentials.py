"""OAuth2 client credentials against Corti's Keycloak: `ClientCredentials`."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence

import httpx

from .common import (
    _SCOPE,
    _UNBOUND,
    TOKEN_RULE,
    ScopedToken,
    Timeouts,
    _unusable,
    is_header_token,
)
from .renewing import RenewingToken

__all__ = ["ClientCredentials"]


class ClientCredentials(RenewingToken):
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
        super().__init__(clock=clock)
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._headers = {**(headers or {}), "Accept": "application/json"}
        self.what = f"token request to {token_url}"

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            "client_secret=***)"
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
        self._keep(*read)
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

    def _sync_renew(self, timeout: Timeouts | None) -> None:
        if self._sync_send is None:
            raise RuntimeError(_UNBOUND)
        self._accept(self._sync_send(self._token_request(timeout)))

    async def _async_renew(self, timeout: Timeouts | None) -> None:
        if self._async_send is None:
            raise RuntimeError(_UNBOUND)
        self._accept(await self._async_send(self._token_request(timeout)))
