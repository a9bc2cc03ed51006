"""Raw socket sessions (`client.stream.connect_raw(id)`, `client.transcribe.connect_raw()`):
the URL and a fresh token built for you, nothing sent on your behalf, frames as they come.

For code that forwards frames in its own framework (a proxy, a bridge): `send()` a frame
(`bytes` goes out binary, `str` as text), iterate for the service's frames (`bytes` or
`str`, unparsed), `close()`. No config is sent, no reconnect is made, no message is parsed;
when the socket closes, `close_code` and `close_reason` say how. It opens as a managed
session does (`connection.open_socket`): a handshake refused 401 is tried once more with a
renewed token. Failures to open are this client's `StreamError`s
(`StreamHandshakeError.status_code` for a refused handshake, `StreamPermissionError` for a
403), with no URL, hence no token, in them.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

from corti_interactions._types import NotGiven

from .connection import Failure, open_socket, open_socket_sync, require_websockets
from .errors import StreamClosedError
from .urls import socket_scope

if TYPE_CHECKING:
    from corti_interactions_api.socket_types import WebSocket
    from websockets.asyncio.client import ClientConnection
    from websockets.sync.client import ClientConnection as SyncClientConnection

__all__ = ["AsyncRawSession", "RawOptions", "RawSession", "open_async_raw", "open_sync_raw", "raw_options"]

Frame = bytes | str

DEFAULT_MAX_FRAME = 1 << 20  # bytes of one frame from the service
DEFAULT_PING_INTERVAL = 20.0
OPEN_TIMEOUT = 10.0


class RawOptions:
    """A raw session's options: keep-alive ping interval (None: no pings), the largest frame
    accepted from the service (a larger one closes the socket with 1009)."""

    __slots__ = ("max_frame", "ping_interval")

    def __init__(
        self, *, ping_interval: float | None = DEFAULT_PING_INTERVAL, max_frame: int = DEFAULT_MAX_FRAME
    ):
        if ping_interval is not None and (isinstance(ping_interval, bool) or not ping_interval > 0):
            raise ValueError(f"ping_interval must be a number > 0 or None; got {ping_interval!r}")
        if isinstance(max_frame, bool) or not isinstance(max_frame, int) or max_frame < 1:
            raise ValueError(f"max_frame must be a whole number of bytes >= 1; got {max_frame!r}")
        self.ping_interval = ping_interval
        self.max_frame = max_frame


def raw_options(ping_interval: float | NotGiven | None, max_frame: int | NotGiven) -> RawOptions:
    """The options of `connect_raw()`: the caller's, else the defaults (`ValueError` if bad)."""
    return RawOptions(
        ping_interval=DEFAULT_PING_INTERVAL if isinstance(ping_interval, NotGiven) else ping_interval,
        max_frame=DEFAULT_MAX_FRAME if isinstance(max_frame, NotGiven) else max_frame,
    )


def _closed(exc: BaseException | None) -> tuple[int, str]:
    """The close code and reason a socket ended with (1006: no close frame came)."""
    received = getattr(exc, "rcvd", None)
    if received is None:
        return 1006, ""
    return int(received.code), str(received.reason)


class AsyncRawSession:
    """An open socket to the service, raw: `await send(frame)`, `async for frame in session`,
    `await close()`. Iteration ends when the socket closes (`close_code` then says how)."""

    def __init__(self, socket: str, connection: ClientConnection) -> None:
        self.socket = socket
        self._connection = connection
        self.close_code: int | None = None
        self.close_reason = ""
        from websockets.exceptions import ConnectionClosed  # websockets is an extra

        self._closed: type[ConnectionClosed] = ConnectionClosed  # looked up once, not per frame

    def __repr__(self) -> str:
        return f"<AsyncRawSession {self.socket} close_code={self.close_code}>"

    async def send(self, frame: bytes | bytearray | memoryview | str) -> None:
        """Send one frame: text if `frame` is a `str`, binary otherwise (`StreamClosedError`
        if the socket has closed)."""
        try:
            await self._connection.send(frame if isinstance(frame, str) else bytes(frame))
        except self._closed as exc:
            self._note(exc)
            raise StreamClosedError(
                socket=self.socket, code=self.close_code, reason=self.close_reason, when="while sending"
            ) from None

    async def recv(self) -> Frame | None:
        """The next frame from the service; None once the socket has closed."""
        try:
            return await self._connection.recv()
        except self._closed as exc:
            self._note(exc)
            return None

    async def __aiter__(self) -> AsyncIterator[Frame]:
        while (frame := await self.recv()) is not None:
            yield frame

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket with `code` (waits briefly for the service's close frame)."""
        await self._connection.close(code, reason)
        if self.close_code is None:
            self.close_code, self.close_reason = _closed_of(self._connection)

    def _note(self, exc: BaseException) -> None:
        if self.close_code is None:
            self.close_code, self.close_reason = _closed(exc)


class RawSession:
    """The sync twin of `AsyncRawSession` (websockets' threaded client): `send(frame)`,
    `for frame in session`, `close()`."""

    def __init__(self, socket: str, connection: SyncClientConnection) -> None:
        self.socket = socket
        self._connection = connection
        self.close_code: int | None = None
        self.close_reason = ""
        from websockets.exceptions import ConnectionClosed  # websockets is an extra

        self._closed: type[ConnectionClosed] = ConnectionClosed  # looked up once, not per frame

    def __repr__(self) -> str:
        return f"<RawSession {self.socket} close_code={self.close_code}>"

    def send(self, frame: bytes | bytearray | memoryview | str) -> None:
        """Send one frame: text if `frame` is a `str`, binary otherwise."""
        try:
            self._connection.send(frame if isinstance(frame, str) else bytes(frame))
        except self._closed as exc:
            self._note(exc)
            raise StreamClosedError(
                socket=self.socket, code=self.close_code, reason=self.close_reason, when="while sending"
            ) from None

    def recv(self, timeout: float | None = None) -> Frame | None:
        """The next frame (waits up to `timeout` seconds: `TimeoutError`); None once closed."""
        try:
            return self._connection.recv(timeout)
        except self._closed as exc:
            self._note(exc)
            return None

    def __iter__(self) -> Iterator[Frame]:
        while (frame := self.recv()) is not None:
            yield frame

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket with `code`."""
        self._connection.close(code, reason)
        if self.close_code is None:
            self.close_code, self.close_reason = _closed_of(self._connection)

    def _note(self, exc: BaseException) -> None:
        if self.close_code is None:
            self.close_code, self.close_reason = _closed(exc)


def _closed_of(connection: ClientConnection | SyncClientConnection) -> tuple[int, str]:
    received = connection.protocol.close_rcvd
    return (1006, "") if received is None else (int(received.code), str(received.reason))


def _open_options(options: RawOptions) -> dict[str, Any]:
    return {
        "ping_interval": options.ping_interval,
        "ping_timeout": options.ping_interval,
        "open_timeout": OPEN_TIMEOUT,
        "max_size": options.max_frame,
        "max_queue": 16,
    }


def open_async_raw(
    socket: WebSocket, url: Callable[[bool], Awaitable[str | None]], options: RawOptions
) -> contextlib.AbstractAsyncContextManager[AsyncRawSession]:
    """`async with` a raw session at `url(fresh)` (called on entry: the token is current;
    after a 401, once more with `fresh=True`, as `connection.open_socket` does for all)."""
    require_websockets()

    @contextlib.asynccontextmanager
    async def session() -> AsyncIterator[AsyncRawSession]:
        opened = await open_socket(
            url, socket=socket.name, scope=socket_scope(socket), **_open_options(options)
        )
        if isinstance(opened, Failure):
            raise opened.error
        raw = AsyncRawSession(socket.name, opened)
        try:
            yield raw
        finally:
            await raw.close()

    return session()


def open_sync_raw(
    socket: WebSocket, url: Callable[[bool], str | None], options: RawOptions
) -> contextlib.AbstractContextManager[RawSession]:
    """`with` a raw session at `url(fresh)`; see `open_async_raw`."""
    require_websockets()

    @contextlib.contextmanager
    def session() -> Iterator[RawSession]:
        opened = open_socket_sync(
            url, socket=socket.name, scope=socket_scope(socket), **_open_options(options)
        )
        if isinstance(opened, Failure):
            raise opened.error
        raw = RawSession(socket.name, opened)
        try:
            yield raw
        finally:
            raw.close()

    return session()
