"""What every token flow shares: the token rules, the request extensions, a rejected token."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TypeGuard

import httpx

from corti_interactions._constants import RESENDABLE
from corti_interactions._exceptions import APIResponseValidationError, CortiError, error_code

__all__ = [
    "RESENDS",
    "TOKEN_RULE",
    "AsyncSend",
    "Refresh",
    "ScopedToken",
    "SyncSend",
    "Timeouts",
    "TokenSource",
    "is_header_token",
    "token_rejected",
]

TokenSource = str | Callable[[], str]
SyncSend = Callable[[httpx.Request], httpx.Response]
AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]
Timeouts = Mapping[str, float | None]  # a request's "timeout" extension
Refresh = Future[str | CortiError | None]  # a refresh in flight: _FRESH, its error, or None
_FRESH = "fresh"  # a refresh's outcome when the new token is in the cache
_UNBOUND = "ClientCredentials sends token requests with what a client gave it in bind()"

_SCOPE = re.compile(r"[A-Za-z0-9_.:-]+")


@dataclass(frozen=True, slots=True)
class ScopedToken:
    """A short-lived token limited to some scopes (`streams`, `transcribe`), to hand to a
    browser that streams or dictates; the client's own credentials never leave the server.

    >>> token = client.scoped_token(["streams"])
    >>> token.access_token, token.expires_in  # its repr hides the token
    """

    access_token: str = field(repr=False)
    expires_in: float
    scopes: tuple[str, ...]


def _unusable(response: httpx.Response, problem: str) -> APIResponseValidationError:
    """The error for a token answer that cannot be used: the body holds a token, so it stays
    out of the exception (and out of its response)."""
    what = f"token request to {response.request.url.host}{response.request.url.path}"
    return APIResponseValidationError(response, reason=f"{what}: {problem}", body=None)


TOKEN_RULE = "a non-empty string of visible ASCII characters (no spaces or control characters)"  # noqa: S105 - a message


def is_header_token(token: object) -> TypeGuard[str]:
    """Whether `token` can follow `Bearer ` in a header: CR/LF would split the header, and a
    space or non-ASCII character makes a request that h11 or the service refuses."""
    return isinstance(token, str) and bool(token) and all("!" <= char <= "~" for char in token)


RESENDS = "corti_interactions.resends"
"""Request extension counting the sends after a 401 and a fresh token (read into `attempts`)."""


INVALID_TOKEN = "A0004"  # noqa: S105 - an error code: Corti's 403 for an invalid token (the spec's Forbidden description)


def token_rejected(response: httpx.Response) -> bool:
    """Whether the service refused the token (its body read): a 401, or a 403 A0004."""
    if response.status_code == 401:
        return True
    return response.status_code == 403 and error_code(response) == INVALID_TOKEN


def _authorize(request: httpx.Request, token: str) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token}"
    return request


def _can_resend(request: httpx.Request) -> bool:
    """False for a body read once (an upload from an iterator): a 401 is then the answer."""
    return request.extensions.get(RESENDABLE) is not False


def _count_resend(request: httpx.Request) -> httpx.Request:
    request.extensions[RESENDS] = request.extensions.get(RESENDS, 0) + 1
    return request


def _wait_limit(timeout: Timeouts | None) -> float | None:
    """How long a call waits on another caller's refresh: its own read timeout (the time it
    would have given the token endpoint to answer); None waits as long as it takes."""
    if not timeout:
        return None
    read = timeout.get("read")
    return read if read is None else float(read)
