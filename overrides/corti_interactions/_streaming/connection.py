"""Opening one socket with `websockets` (its asyncio client, or its threaded one for a sync
raw session): a fresh token each time (a renewed one after a 401, once), our logger, and
failures turned into this client's errors with no URL (hence no token) anywhere in them (a
403 a `StreamPermissionError` naming the socket's scope); a token request that fails is a
failure like a refused handshake. Managed and raw sessions all open here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from corti_interactions._auth import token_rejected
from corti_interactions._exceptions import CortiError
from corti_interactions._version import package_version

from .errors import StreamClosedError, StreamHandshakeError, StreamPermissionError, missing_websockets
from .logger import SOCKET_LOGGER

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection
    from websockets.sync.client import ClientConnection as SyncClientConnection

__all__ = ["Failure", "open_socket", "open_socket_sync", "require_websockets"]

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
    token_refused: bool = False  # a handshake refused for its token: 401, or Corti's 403 A0004


def _token_failure(exc: CortiError) -> Failure:
    """A token request that failed: worth another attempt when the network or the service
    failed (no status, or 5xx/429), not when the credentials were refused."""
    status = getattr(exc, "status_code", None)
    retry = not isinstance(status, int) or status >= 500 or status == 429
    return Failure(exc.with_traceback(None), retry=retry)


def _refused_token(opened: object) -> bool:
    """Whether a socket failed to open because the service refused its token."""
    return isinstance(opened, Failure) and opened.token_refused


def _options(
    *,
    ping_interval: float | None,
    ping_timeout: float | None,
    open_timeout: float,
    max_size: int,
    max_queue: int,
) -> dict[str, Any]:
    """websockets' `connect` options, the same for the async and the sync client."""
    return {
        "logger": SOCKET_LOGGER,
        "ping_interval": ping_interval,
        "ping_timeout": ping_timeout,
        "open_timeout": open_timeout,
        "close_timeout": 2,  # a dead connection is given up soon, so the reconnect starts
        # Audio does not deflate (Opus, MP3 and PCM are noise to zlib), and a stream that
        # does (silence) inflates at the service many times over what flow control sees.
        "compression": None,
        "max_size": max_size,
        "max_queue": max_queue,
        "user_agent_header": f"corti-interactions/{package_version()}",
    }


async def open_socket(
    url: Callable[[bool], Awaitable[str | None]],
    *,
    socket: str,
    ping_interval: float | None,
    ping_timeout: float | None,
    open_timeout: float,
    max_size: int = MAX_MESSAGE,
    max_queue: int = MAX_QUEUE,
    scope: str | None = None,
) -> ClientConnection | Failure:
    """Open the socket at `url(fresh)` (called now: the token is current). A handshake refused
    for its token (401, or Corti's 403 A0004 as on REST) fetches a new token (`url(True)`;
    None when the token cannot change) and tries once more, as REST calls do. Returns the
    failure rather than raising it, so no frame holding the URL ends up in its traceback.
    Managed and raw sessions both open here. A 403 is a `StreamPermissionError` naming
    `scope`, the scope this socket needs (unless its body says A0004: an invalid token)."""
    options = _options(
        ping_interval=ping_interval,
        ping_timeout=ping_timeout,
        open_timeout=open_timeout,
        max_size=max_size,
        max_queue=max_queue,
    )
    opened = await _open_once(url, False, (socket, scope), options)
    if _refused_token(opened):
        opened = await _open_once(url, True, (socket, scope), options)
    return opened


def open_socket_sync(
    url: Callable[[bool], str | None],
    *,
    socket: str,
    ping_interval: float | None,
    ping_timeout: float | None,
    open_timeout: float,
    max_size: int = MAX_MESSAGE,
    max_queue: int = MAX_QUEUE,
    scope: str | None = None,
) -> SyncClientConnection | Failure:
    """`open_socket` with websockets' threaded client (a sync raw session): the same one
    retry with a fresh token after a token refusal, the same failures."""
    options = _options(
        ping_interval=ping_interval,
        ping_timeout=ping_timeout,
        open_timeout=open_timeout,
        max_size=max_size,
        max_queue=max_queue,
    )
    opened = _open_once_sync(url, False, (socket, scope), options)
    if _refused_token(opened):
        opened = _open_once_sync(url, True, (socket, scope), options)
    return opened


async def _open_once(
    url: Callable[[bool], Awaitable[str | None]],
    fresh: bool,
    which: tuple[str, str | None],
    options: dict[str, Any],
) -> ClientConnection | Failure:
    from websockets.asyncio.client import connect
    from websockets.exceptions import InvalidHandshake, InvalidURI

    try:
        address = await url(fresh)
    except CortiError as exc:
        return _token_failure(exc)
    if address is None:  # no other token to be had: the 401 stands
        return Failure(StreamHandshakeError(socket=which[0], status_code=401), retry=False)
    try:
        return await connect(address, **options)
    except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as exc:
        return _failed(exc, *which)


def _open_once_sync(
    url: Callable[[bool], str | None], fresh: bool, which: tuple[str, str | None], options: dict[str, Any]
) -> SyncClientConnection | Failure:
    from websockets.exceptions import InvalidHandshake, InvalidURI
    from websockets.sync.client import connect

    try:
        address = url(fresh)
    except CortiError as exc:
        return _token_failure(exc)
    if address is None:
        return Failure(StreamHandshakeError(socket=which[0], status_code=401), retry=False)
    try:
        opened: SyncClientConnection = connect(address, **options)
        return opened.__enter__()  # entered: websockets 17 warns about a bare connect()
    except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as exc:
        return _failed(exc, *which)


def _failed(exc: BaseException, socket: str, scope: str | None) -> Failure:
    """This client's error for a socket that did not open (no URL, hence no token, in it)
    and whether another attempt may succeed: a refusal only when the service failed (5xx)."""
    from websockets.exceptions import InvalidStatus, InvalidURI

    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        refusal = httpx.Response(  # read as a refused REST call's answer is
            status, headers=list(exc.response.headers.raw_items()), content=bytes(exc.response.body or b"")
        )
        rejected = token_rejected(refusal)  # 401, or 403 A0004 (invalid token), as on REST
        if status == 403 and scope is not None and not rejected:
            return Failure(StreamPermissionError(socket=socket, scope=scope, response=refusal), retry=False)
        refused = StreamHandshakeError(socket=socket, status_code=status, response=refusal)
        return Failure(refused, retry=status >= 500, token_refused=rejected)
    if isinstance(exc, InvalidURI):
        error = StreamClosedError(socket=socket, code=None, reason="invalid URL", when="before opening")
        return Failure(error, retry=False)
    reason = type(exc).__name__
    return Failure(
        StreamClosedError(socket=socket, code=None, reason=reason, when="while opening"), retry=True
    )
