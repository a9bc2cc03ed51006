"""Opening one socket with `websockets`: a fresh token each time, our logger, and failures
turned into this client's errors with no URL (hence no token) anywhere in them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from corti_interactions._version import package_version

from .errors import StreamClosedError, StreamError, StreamHandshakeError, missing_websockets
from .logger import SOCKET_LOGGER

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

__all__ = ["Failure", "open_socket", "require_websockets"]

MAX_MESSAGE = 1 << 20  # bytes of one message from the service (transcripts, facts)
MAX_QUEUE = 16  # frames websockets buffers before it stops reading the socket


def require_websockets() -> None:
    """`ImportError` naming the `streaming` extra unless `websockets` is installed."""
    try:
        import websockets.asyncio.client  # noqa: F401
    except ImportError:
        raise missing_websockets() from None


@dataclass(frozen=True, slots=True)
class Failure:
    """A socket that did not open: the error, and whether another attempt may succeed."""

    error: StreamError
    retry: bool


async def open_socket(
    url: Callable[[], Awaitable[str]], *, socket: str, ping_interval: float | None, open_timeout: float
) -> ClientConnection | Failure:
    """Open the socket at `url()` (called now: the token is fresh). Returns the failure
    rather than raising it, so no frame holding the URL ends up in its traceback."""
    from websockets.asyncio.client import connect
    from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI

    try:
        return await connect(
            await url(),
            logger=SOCKET_LOGGER,
            ping_interval=ping_interval,
            ping_timeout=ping_interval,
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
