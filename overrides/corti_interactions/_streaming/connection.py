"""Opening one socket with `websockets`: a fresh token each time (a new one after a 401), our
logger, and failures turned into this client's errors with no URL (hence no token) anywhere
in them; a token request that fails is a failure like a refused handshake."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from corti_interactions._exceptions import CortiError
from corti_interactions._version import package_version

from .errors import StreamClosedError, StreamHandshakeError, missing_websockets
from .logger import SOCKET_LOGGER

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

__all__ = ["Failure", "open_socket", "require_websockets"]

MAX_MESSAGE = 1 << 20  # bytes of one message from the service (transcripts, facts)
MAX_QUEUE = 16  # frames websockets buffers (the session reads them at once, never pausing)


def require_websockets() -> None:
    """`ImportError` naming the `streaming` extra unless `websockets` is installed."""
    try:
        import websockets.asyncio.client  # noqa: F401
    except ImportError:
        raise missing_websockets() from None


@dataclass(frozen=True, slots=True)
class Failure:
    """A socket that did not open: the error, and whether another attempt may succeed."""

    error: CortiError  # a StreamError, or the token request's own error
    retry: bool


def _token_failure(exc: CortiError) -> Failure:
    """A token request that failed: worth another attempt when the network or the service
    failed (no status, or 5xx/429), not when the credentials were refused."""
    status = getattr(exc, "status_code", None)
    retry = not isinstance(status, int) or status >= 500 or status == 429
    return Failure(exc.with_traceback(None), retry=retry)


async def open_socket(
    url: Callable[[bool], Awaitable[str | None]],
    *,
    socket: str,
    ping_interval: float | None,
    ping_timeout: float | None,
    open_timeout: float,
) -> ClientConnection | Failure:
    """Open the socket at `url(fresh)` (called now: the token is current). A handshake refused
    401 fetches a new token (`url(True)`; None when the token cannot change) and tries once
    more, as REST calls do. Returns the
    failure rather than raising it, so no frame holding the URL ends up in its traceback."""
    options: dict[str, Any] = {
        "socket": socket,
        "ping_interval": ping_interval,
        "ping_timeout": ping_timeout,
        "open_timeout": open_timeout,
    }
    opened = await _open_once(url, False, **options)
    if (
        isinstance(opened, Failure)
        and getattr(opened.error, "status_code", None) == 401
        and isinstance(opened.error, StreamHandshakeError)
    ):
        opened = await _open_once(url, True, **options)
    return opened


async def _open_once(
    url: Callable[[bool], Awaitable[str | None]],
    fresh: bool,
    *,
    socket: str,
    ping_interval: float | None,
    ping_timeout: float | None,
    open_timeout: float,
) -> ClientConnection | Failure:
    from websockets.asyncio.client import connect
    from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI

    try:
        address = await url(fresh)
    except CortiError as exc:
        return _token_failure(exc)
    if address is None:  # no other token to be had: the 401 stands
        return Failure(StreamHandshakeError(socket=socket, status_code=401), retry=False)
    try:
        return await connect(
            address,
            logger=SOCKET_LOGGER,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            open_timeout=open_timeout,
            close_timeout=2,  # a dead connection is given up soon, so the reconnect starts
            # Audio does not deflate (Opus, MP3 and PCM are noise to zlib), and a stream that
            # does (silence) inflates at the service many times over what flow control sees.
            compression=None,
            max_size=MAX_MESSAGE,
            max_queue=MAX_QUEUE,
            user_agent_header=f"corti-interactions/{package_version()}",
        )
    except InvalidStatus as exc:
        status = exc.response.status_code
        refusal = httpx.Response(  # read as a refused REST call's answer is
            status, headers=list(exc.response.headers.raw_items()), content=bytes(exc.response.body or b"")
        )
        refused = StreamHandshakeError(socket=socket, status_code=status, response=refusal)
        return Failure(refused, retry=status >= 500)
    except InvalidURI:
        error = StreamClosedError(socket=socket, code=None, reason="invalid URL", when="before opening")
        return Failure(error, retry=False)
    except (OSError, TimeoutError, InvalidHandshake) as exc:
        reason = type(exc).__name__
        return Failure(
            StreamClosedError(socket=socket, code=None, reason=reason, when="while opening"), retry=True
        )
