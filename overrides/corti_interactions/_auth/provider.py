"""Tokens from the application's own provider, cached until they expire: `TokenProvider`."""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable

from .common import TOKEN_RULE, Timeouts, is_header_token
from .renewing import RenewingToken
from .tokens import Token

__all__ = ["ProviderResult", "TokenProvider"]

ProviderResult = Token | str
"""What a provider returns: a `Token` (its `expires_at` says when to ask again) or a token."""


class TokenProvider(RenewingToken):
    """The application's function (sync, or async with `AsyncCortiClient`) that returns a
    `Token` or a token string. It is asked when there is no token, shortly before the last
    one's `expires_at`, or when the service refuses it; one call serves every concurrent call.
    A string has no known expiry: it is asked for again only when refused.
    """

    what = "token provider"

    def __init__(
        self,
        provider: Callable[[], ProviderResult | Awaitable[ProviderResult]],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not callable(provider):
            raise ValueError("token_provider must be a function returning a Token or a token string")
        super().__init__(clock=clock)
        self._provider = provider

    def __repr__(self) -> str:
        return f"TokenProvider({getattr(self._provider, '__qualname__', 'provider')})"

    def _take(self, result: object) -> None:
        if isinstance(result, Token):
            expires_in = None if result.expires_at is None else result.expires_at - time.time()
            self._keep(result.access_token, expires_in)
        elif is_header_token(result):
            self._keep(result, None)
        else:
            kind = f"a {type(result).__name__}" if not isinstance(result, str) else "an unusable string"
            raise ValueError(f"the token provider returned {kind}; it must return a Token or {TOKEN_RULE}")

    def _sync_renew(self, timeout: Timeouts | None) -> None:
        result = self._provider()
        if inspect.isawaitable(result):
            close = getattr(result, "close", None)
            if close is not None:
                close()  # never awaited: no "coroutine was never awaited" warning
            raise ValueError(
                "an async token_provider needs AsyncCortiClient; CortiClient calls it without awaiting"
            )
        self._take(result)

    async def _async_renew(self, timeout: Timeouts | None) -> None:
        result = self._provider()
        if inspect.isawaitable(result):
            result = await result
        self._take(result)
