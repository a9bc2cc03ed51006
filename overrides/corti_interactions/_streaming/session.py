"""`AsyncSession`: one configured socket session on asyncio, reconnecting after a drop.

A reader task feeds every text frame to the `SessionProtocol` and puts the typed message on
a bounded queue that iteration drains: when the caller does not keep up, the reader stops
reading and the socket's own flow control holds the service back (memory stays bounded).
`send_audio` awaits the socket's write buffer (websockets' `send` drains it), and waits
while a reconnect is under way: audio goes out only after the config is accepted again.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from os import PathLike
from typing import TYPE_CHECKING, Any

from corti_interactions_api.types import Reconnected

from .connection import Failure, open_socket
from .errors import ConfigTimeoutError, StreamClosedError, StreamError
from .formats import open_audio
from .protocol import Kind, Phase, SessionProtocol
from .settings import SessionSettings

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

__all__ = ["AsyncSession"]

_END = object()  # on the queue: no more messages
_ONE_HEADER = frozenset({"webm", "flac", "mp4"})  # containers a second header cannot follow mid-stream


class AsyncSession:
    """A configured session; see `AsyncSocketSession` for the caller's view."""

    def __init__(
        self,
        protocol: SessionProtocol,
        url: Callable[[], Awaitable[str]],
        settings: SessionSettings,
    ) -> None:
        self._protocol = protocol
        self._url = url  # builds the URL with a fresh token on each call
        self._settings = settings
        self._name = protocol.socket.name
        self._ws: ClientConnection | None = None
        self._queue: asyncio.Queue[object] = asyncio.Queue(maxsize=settings.max_messages)
        self._ready = asyncio.Event()  # set while audio may go out (or once the session failed)
        self._flushes: deque[asyncio.Future[None]] = deque()
        self._ended: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._reader: asyncio.Task[None] | None = None
        self._failure: StreamError | None = None
        self._finished = False
        self._closing = False
        self._end_sent = False
        self._lost = 0  # audio bytes whose sending failed since the last reconnect
        self._file_header: tuple[int, bytes] | None = None  # stream_file: (connection, header key) sent
        self.reconnects = 0

    def __repr__(self) -> str:
        phase = self._protocol.phase.value
        return f"AsyncSession(socket={self._name!r}, phase={phase!r}, reconnects={self.reconnects})"

    @property
    def accepted(self) -> Any:
        """The message that accepted the config (the latest, after a reconnect)."""
        return self._protocol.accepted

    @property
    def phase(self) -> Phase:
        """Where the session is."""
        return self._protocol.phase

    # -- opening ------------------------------------------------------------------------
    async def start(self) -> None:
        """Open the socket and return once the config is accepted; raise the typed error if not."""
        opened = await self._open()
        if isinstance(opened, Failure):
            raise opened.error
        failure = await self._configure(opened)
        if failure is not None:
            raise failure
        self._ws = opened
        self._ready.set()
        self._reader = asyncio.get_running_loop().create_task(self._read(), name=f"corti-{self._name}-reader")

    async def _open(self) -> ClientConnection | Failure:
        return await open_socket(
            self._url,
            socket=self._name,
            ping_interval=self._settings.ping_interval,
            open_timeout=self._settings.open_timeout,
        )

    async def _configure(self, ws: ClientConnection) -> StreamError | None:
        """Send the config and wait for its answer; the error if it is not accepted."""
        from websockets.exceptions import ConnectionClosed

        timeout = self._settings.config_timeout
        error: StreamError | None = None
        try:
            async with asyncio.timeout(timeout):
                await _send_text(ws, self._protocol.config_frame())  # an answer may be waiting
                while True:
                    frame = await ws.recv()
                    if isinstance(frame, bytes):
                        continue
                    event = self._protocol.receive(frame)
                    if event.kind is Kind.ACCEPTED:
                        return None
                    if event.kind is Kind.FAILED:
                        error = event.error
                        break
                    await self._deliver(event.message)
        except TimeoutError:
            error = ConfigTimeoutError(socket=self._name, timeout=timeout)
        except ConnectionClosed as exc:
            code, reason = _close_of(exc)
            error = self._protocol.closed(code, reason)
        await _quiet_close(ws)
        return error

    # -- reading ------------------------------------------------------------------------
    async def _deliver(self, message: object) -> None:
        await self._queue.put(message)

    async def _read(self) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            while True:
                ws = self._ws
                assert ws is not None  # noqa: S101 - set before the reader starts
                try:
                    frame = await ws.recv()
                except ConnectionClosed as exc:
                    if self._closing or not await self._recover(*_close_of(exc)):
                        return
                    continue
                if isinstance(frame, bytes):
                    continue
                event = self._protocol.receive(frame)
                if event.kind is Kind.FLUSHED and self._flushes:
                    _settle(self._flushes.popleft())
                if event.kind is Kind.ENDED:
                    _settle(self._ended)
                await self._deliver(event.message)
                if event.kind is Kind.ENDED:
                    return
        finally:
            self._finish()

    async def _recover(self, code: int | None, reason: str) -> bool:
        """After a drop: reconnect (fresh token, config accepted again) if the session may go
        on; report it on the queue. False when the session is over (`_failure` says why)."""
        if not self._protocol.may_reconnect:
            self._failure = self._protocol.closed(code, reason)
            return False
        self._ready.clear()
        why = f"closed with code {code}" if code is not None else "connection lost"
        last: StreamError | None = self._protocol.closed(code, reason)
        settings = self._settings
        while self.reconnects < settings.max_reconnects:
            self.reconnects += 1
            delay = min(settings.backoff_cap, settings.backoff * 2 ** (self.reconnects - 1))
            await asyncio.sleep(delay * random.uniform(0.5, 1.0))  # noqa: S311 - jitter, not crypto
            opened = await self._open()
            if isinstance(opened, Failure):
                last = opened.error
                if not opened.retry:
                    break
                continue
            failure = await self._configure(opened)
            if failure is not None:
                last = failure
                if self._protocol.phase is Phase.FAILED:  # refused: the same config would be again
                    break
                continue
            self._ws = opened
            await self._deliver(Reconnected(attempt=self.reconnects, reason=why, audio_lost=self._lost))
            self._lost = 0
            for _ in self._flushes:  # the service lost these with the old socket
                await _send_text(opened, self._protocol.flush_frame())
            if self._end_sent:
                await _send_text(opened, self._protocol.end_frame())
            self._ready.set()
            return True
        self._protocol.give_up()
        self._failure = last or StreamClosedError(
            socket=self._name, code=code, reason=reason, when="and could not be reopened"
        )
        return False

    def _finish(self) -> None:
        self._finished = True
        failure = self._failure or StreamClosedError(
            socket=self._name, code=None, reason="", when="before the session ended"
        )
        for waiter in (*self._flushes, self._ended):
            if not waiter.done():
                waiter.set_exception(failure)
                waiter.exception()  # retrieved: no "never retrieved" warning when nobody waits
        self._flushes.clear()
        self._ready.set()  # wake senders: they raise the failure
        with contextlib.suppress(asyncio.QueueFull):
            self._queue.put_nowait(_END)

    # -- iteration ----------------------------------------------------------------------
    def __aiter__(self) -> AsyncSession:
        return self

    async def __anext__(self) -> Any:
        if self._finished and self._queue.empty():
            self._raise_failure()
            raise StopAsyncIteration
        item = await self._queue.get()
        if item is _END:
            self._queue.put_nowait(_END)  # for any other iterator
            self._raise_failure()
            raise StopAsyncIteration
        return item

    def _raise_failure(self) -> None:
        if self._failure is not None and not self._closing:
            raise self._failure

    # -- sending ------------------------------------------------------------------------
    async def _sendable(self) -> ClientConnection:
        """The socket, once audio may go out; the session's error if it cannot."""
        await self._ready.wait()
        if self._finished or self._ws is None:
            raise self._failure or StreamError(f"{self._name}: the session is closed", socket=self._name)
        if not self._protocol.may_send:
            raise StreamError(f"{self._name}: the session is ending; no more audio", socket=self._name)
        return self._ws

    async def send_audio(self, chunk: bytes | bytearray | memoryview) -> None:
        """Send one chunk (a mutable buffer is copied); waits while the write buffer is full
        or a reconnect runs."""
        if type(chunk) is not bytes:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise TypeError(f"send_audio takes bytes; got {type(chunk).__name__}")
            chunk = bytes(chunk)  # the caller may reuse its buffer
        if not chunk:
            return
        ws = self._ws
        if ws is None or not self._ready.is_set() or self._protocol.phase is not Phase.OPEN:
            ws = await self._sendable()
        try:
            await ws.send(chunk)
        except _closed():
            self._lost += len(chunk)  # the reader reconnects and reports it

    async def flush(self, *, timeout: float | None = None) -> None:
        """Ask for the results so far; returns when the service answers `flushed`."""
        ws = await self._sendable()
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._flushes.append(waiter)
        await _send_text(ws, self._protocol.flush_frame())
        await asyncio.wait_for(asyncio.shield(waiter), timeout or self._settings.end_timeout)

    async def end(self, *, timeout: float | None = None) -> Any:
        """End the session: the usage message (None if none came), after the end type."""
        ws = await self._sendable()
        self._end_sent = True
        await _send_text(ws, self._protocol.end_frame())
        try:
            await asyncio.wait_for(asyncio.shield(self._ended), timeout or self._settings.end_timeout)
        except TimeoutError:
            raise StreamClosedError(
                socket=self._name,
                code=None,
                reason="no end from the service in time",
                when="before the session ended",
            ) from None
        await _quiet_close(ws)
        return self._protocol.usage

    # -- stream_file (audio formats) --------------------------------------------------------
    # Uses of the rest of the session: `_sendable()` (waits until audio may go out), the
    # `reconnects` count (it changes with each new connection), `send_audio()` and
    # `_file_header`. After a reconnect the file restarts, header first, at the first chunk
    # not yet handed to `send_audio` (`resume_s`): the point to move back for at-least-once.
    async def stream_file(
        self,
        path: str | PathLike[str],
        *,
        chunk_ms: int = 250,
        realtime: bool = True,
        bitrate: int | None = None,
    ) -> float:
        """Send a file in about `chunk_ms` chunks cut at frame boundaries; paced by its own
        timing, each chunk goes when its audio would have been recorded (a 30 s file takes
        30 s) unless `realtime=False`. After a reconnect the container's header goes again,
        then the file goes on from a frame a decoder can start at. Returns the seconds of
        the file's audio handed over. `bitrate` is ignored (deprecated)."""
        if bitrate is not None:
            warnings.warn(
                "stream_file(bitrate=) is ignored: files are paced from their own timing",
                DeprecationWarning,
                stacklevel=2,
            )
        if isinstance(chunk_ms, bool) or not isinstance(chunk_ms, int) or not 10 <= chunk_ms <= 10_000:
            raise ValueError(
                f"chunk_ms must be a whole number of milliseconds from 10 to 10000; got {chunk_ms!r}"
            )
        source = open_audio(
            path,
            self._protocol.socket.audio_formats,
            audio_format=self._protocol.configuration.get("audioFormat"),
        )
        connection = self.reconnects
        earlier = self._file_header
        if (
            earlier
            and earlier[0] == connection
            and earlier[1] != source.key
            and source.container in _ONE_HEADER
        ):
            raise ValueError(
                f"stream_file: {source.path!r} is {source.container} with other parameters than the "
                "file streamed before on this connection; a decoder cannot switch mid-stream: "
                "stream it in a new session (or end() and connect again)"
            )
        repeat = self._file_header == (connection, source.key)  # the service has this header
        chunks = source.chunks(chunk_ms, header=not repeat)
        loop = asyncio.get_running_loop()
        chunk = next(chunks, None)
        origin = chunk.start_s if chunk is not None else 0.0  # a file's timestamps may not start at 0
        anchor, handed = loop.time() - origin, origin
        while chunk is not None:
            if realtime and (delay := anchor + chunk.end_s - loop.time()) > 0:
                await asyncio.sleep(delay)
            await self._sendable()
            if self.reconnects != connection:  # a new connection: a decodable start again
                connection, resume_s = self.reconnects, chunk.start_s
                if source.container == "mp4":
                    raise StreamError(
                        f"{self._name}: an MP4 file cannot be resumed after a reconnect (its index "
                        f"points into the file); {handed:.2f} s were handed over; use Ogg, WebM, MP3 or FLAC",
                        socket=self._name,
                    )
                chunks = source.chunks(chunk_ms, start_s=resume_s)
                if (chunk := next(chunks, None)) is None:  # no point to start at: nothing more
                    break
                anchor = loop.time() - chunk.start_s  # real time again from here, no catching up
            self._file_header = (connection, source.key)
            await self.send_audio(chunk.data)
            handed = max(handed, chunk.end_s)
            chunk = next(chunks, None)
        return handed - origin

    async def close(self) -> None:
        """Close the socket (code 1000) without ending the session; stops the reader."""
        self._closing = True
        if self._ws is not None:
            await _quiet_close(self._ws)
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        else:
            self._finish()


async def _send_text(ws: ClientConnection, text: str) -> None:
    from websockets.exceptions import ConnectionClosed

    with contextlib.suppress(ConnectionClosed):  # the reader sees the drop and deals with it
        await ws.send(text)


def _closed() -> type[Exception]:
    """websockets' `ConnectionClosed` (imported with the first session, not with the client)."""
    from websockets.exceptions import ConnectionClosed

    return ConnectionClosed


def _settle(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


def _close_of(exc: Exception) -> tuple[int | None, str]:
    """The close code and reason of a `ConnectionClosed` (the service's, or ours)."""
    frame = getattr(exc, "rcvd", None) or getattr(exc, "sent", None)
    if frame is None:
        return None, "connection lost"
    return frame.code, frame.reason[:200]


async def _quiet_close(ws: ClientConnection) -> None:
    with contextlib.suppress(Exception):
        await ws.close()
