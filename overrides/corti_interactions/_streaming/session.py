"""`AsyncSession`: one configured socket session on asyncio, reconnecting after a drop.

A reader task reads every frame as it arrives, whatever the caller does: the keepalive's
pongs are read with it, so a slow or absent reader never kills the connection. Each typed
message goes to the inbox (bounded by bytes; past it the session fails loudly), which
iteration drains in order. `send_audio` awaits the socket's write buffer (websockets' `send`
drains it) and waits while a reconnect is under way: audio goes out only after the config is
accepted again. The audio ledger (`ledger`) counts what was handed over and what the service
is known to have had; after a drop, the unconfirmed tail is re-sent or reported as lost in
the `Reconnected` message, never both, never neither.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import deque
from collections.abc import Awaitable, Callable
from os import PathLike
from typing import TYPE_CHECKING, Any

from corti_interactions_api.types import Reconnected

from .connection import Failure, open_socket
from .errors import (
    ConfigTimeoutError,
    StreamBacklogError,
    StreamClosedError,
    StreamError,
    StreamTimeoutError,
    closed_by_caller,
)
from .file_stream import stream_file as _stream_file
from .formats.pcm import pcm_parameters
from .inbox import Inbox
from .ledger import AudioLedger, Dropped, seconds_of
from .protocol import Event, Kind, Phase, SessionProtocol
from .settings import SessionSettings
from .urls import socket_scope

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

    from corti_interactions._exceptions import CortiError

__all__ = ["AsyncSession"]


class AsyncSession:
    """A configured session; see `AsyncSocketSession` for the caller's view.

    For an audio source (`stream_file`): `send_timed(chunk, seconds)` sends a chunk whose
    duration it knows (so the transcripts' times can confirm it); `generation` counts the
    connections the config was accepted on (1 for the first); `resume_header`, when set, is
    called after every reconnect, and the bytes it returns go out first on the new
    connection, before any audio (a container's header; not counted as the caller's audio),
    which makes the unconfirmed tail resumable (re-sent after them, from a chunk boundary).
    """

    def __init__(
        self,
        protocol: SessionProtocol,
        url: Callable[[bool], Awaitable[str | None]],
        settings: SessionSettings,
    ) -> None:
        self._protocol = protocol
        self._url = url  # builds the URL with a current token on each call (a new one if True)
        self._settings = settings
        self._name = protocol.socket.name
        self._ws: ClientConnection | None = None
        self._inbox = Inbox(settings.max_backlog)
        self._ready = asyncio.Event()  # set while audio may go out (or once the session failed)
        self._closed = asyncio.Event()  # set once the session is over (closed, ended or failed)
        self._flushes: deque[tuple[asyncio.Future[None], int]] = deque()  # waiter, audio position
        self._ended: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._reader: asyncio.Task[None] | None = None
        self._failure: CortiError | None = None
        self._finished = False
        self._closing = False
        self._end_sent = False
        self._byte_rate = _pcm_byte_rate(protocol.configuration.get("audioFormat"))
        self._ledger = AudioLedger(retain=settings.max_resend if settings.resend is not False else 0)
        self._accepted_at = 0.0
        self._attempts = 0  # reconnect attempts in this outage (since a connection worked)
        self.generation = 0
        self.resume_header: Callable[[], bytes | None] | None = None
        # stream_file's, while it runs: given a dropped connection's unconfirmed tail and the
        # `resend_unconfirmed` setting, the bytes and seconds of it the file re-sends itself
        # (from a frame a decoder can start at); the session then re-sends none of the tail.
        self._file_resume: Callable[[Dropped, bool | None], tuple[int, float | None]] | None = None
        self._file_header: tuple[int, bytes] | None = None  # stream_file: (generation, header key) sent
        self.reconnects = 0  # over the session's life

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

    # -- audio accounting ------------------------------------------------------------------
    @property
    def audio_sent(self) -> int:
        """Audio bytes the caller handed over (re-sent bytes not counted twice)."""
        return self._ledger.handed_bytes

    @property
    def audio_lost(self) -> int:
        """Audio bytes that may not have reached the service (an upper bound): what the
        `Reconnected` messages reported, and, unless the service ended the session, what the
        current connection has not confirmed yet (all of it is at risk until `end()`)."""
        pending = 0 if self._protocol.phase is Phase.ENDED else self._ledger.unconfirmed[0]
        return self._ledger.lost_bytes + pending

    @property
    def audio_lost_seconds(self) -> float | None:
        """`audio_lost` in seconds (None when a lost chunk's duration is unknown)."""
        lost = self._ledger.lost_seconds
        if self._protocol.phase is Phase.ENDED:
            return lost
        pending = self._ledger.unconfirmed[1]
        return None if lost is None or pending is None else lost + pending

    # -- opening ------------------------------------------------------------------------
    async def start(self) -> None:
        """Open the socket and return once the config is accepted; raise the typed error if not."""
        opened = await self._open()
        if isinstance(opened, Failure):
            raise opened.error
        failure = await self._configure(opened)
        if failure is not None:
            raise failure
        self._accepted(opened)
        self._ready.set()
        self._reader = asyncio.get_running_loop().create_task(self._read(), name=f"corti-{self._name}-reader")

    def _accepted(self, ws: ClientConnection) -> None:
        self._ws = ws
        self.generation += 1
        self._accepted_at = asyncio.get_running_loop().time()

    async def _open(self) -> ClientConnection | Failure:
        return await open_socket(
            self._url,
            socket=self._name,
            ping_interval=self._settings.ping_interval,
            ping_timeout=self._settings.ping_timeout,
            open_timeout=self._settings.open_timeout,
            scope=socket_scope(self._protocol.socket),
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
                    self._deliver(event.message, len(frame))
        except TimeoutError:
            error = ConfigTimeoutError(socket=self._name, timeout=timeout)
        except ConnectionClosed as exc:
            code, reason = _close_of(exc)
            error = self._protocol.closed(code, reason)
        await _quiet_close(ws)
        return error

    # -- reading ------------------------------------------------------------------------
    def _deliver(self, message: object, size: int = 0) -> None:
        """Hand a message to the caller, never waiting; past the backlog limit, the session
        fails loudly (the reader stops after the messages the inbox holds)."""
        if self._failure is None and not self._inbox.put(message, size):
            self._failure = StreamBacklogError(socket=self._name, limit=self._inbox.limit)

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
                event = self._protocol.receive(frame, typed=False)
                self._account(event)
                self._deliver(frame, len(frame))  # parsed when read: a frame is a tenth of a model
                if event.kind is Kind.ENDED:
                    return
                if self._failure is not None:  # the backlog overflowed
                    self._protocol.give_up()  # the unconfirmed audio counts in `audio_lost`
                    await _abandon(ws)
                    return
        finally:
            self._finish()

    def _account(self, event: Event) -> None:
        """What a message tells about the audio and the waiters."""
        ledger = self._ledger
        if event.heard is not None:
            ledger.confirm_seconds(event.heard)
        if event.kind is Kind.FLUSHED and self._flushes:
            waiter, position = self._flushes.popleft()
            ledger.confirm_bytes(position)
            _settle(waiter)
        if event.kind is Kind.ENDED:
            ledger.confirm_all()
            _settle(self._ended)

    def _worked(self) -> bool:
        """Whether the current connection worked: the service confirmed audio on it, or it
        stayed up `min_uptime` (a new outage then gets the whole reconnect budget)."""
        uptime = asyncio.get_running_loop().time() - self._accepted_at
        return self._ledger.confirmations > 0 or uptime >= self._settings.min_uptime

    async def _recover(self, code: int | None, reason: str) -> bool:
        """After a drop: reconnect (fresh token, config accepted again) if the session may go
        on; report it, with the audio it re-sent or may have lost, in a `Reconnected`
        message. False when the session is over (`_failure` says why)."""
        worked = self._worked()
        dropped = self._ledger.drop()  # senders from now on wait for the next connection
        if not self._protocol.may_reconnect:
            self._ledger.lose(dropped.size, dropped.seconds)
            self._failure = self._protocol.closed(code, reason)
            return False
        self._ready.clear()
        why = f"closed with code {code}" if code is not None else "connection lost"
        last: CortiError | None = self._protocol.closed(code, reason)
        settings = self._settings
        if worked:  # a new outage: the whole budget again
            self._attempts = 0
        while self._attempts < settings.max_reconnects and not self._closing:
            self._attempts += 1
            attempt = self._attempts
            delay = min(settings.backoff_cap, settings.backoff * 2 ** (attempt - 1))
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
            self.reconnects += 1
            self._accepted(opened)
            await self._resume(opened, dropped, attempt, why)
            return True
        self._ledger.lose(dropped.size, dropped.seconds)
        self._protocol.give_up()
        self._failure = _reconnect_failure(self._name, last, code, reason)
        return False

    async def _resume(self, ws: ClientConnection, dropped: Any, attempt: int, why: str) -> None:
        """On the new connection: the audio source's header, the unconfirmed tail when it may
        be re-sent, the flushes and the end the old connection took with it."""
        header = self.resume_header() if self.resume_header is not None else None
        resend = self._settings.resend
        tail: tuple[tuple[bytes, float | None], ...] = ()
        if self._file_resume is not None:  # stream_file goes on from a decodable frame itself
            resent, resent_seconds = self._file_resume(dropped, resend)
        else:
            if resend is None:  # auto: only audio that decodes from anywhere, or after a header
                resend = self._byte_rate is not None or header is not None
            tail = dropped.resendable() if resend else ()
            resent, resent_seconds = sum(len(data) for data, _ in tail), seconds_of(tail)
        self._ledger.lose(dropped.size - resent, _minus(dropped.seconds, resent_seconds))
        self._deliver(
            Reconnected(
                attempt=attempt,
                reason=why,
                audio_lost=dropped.size - resent,
                audio_lost_seconds=_minus(dropped.seconds, resent_seconds),
                audio_resent=resent,
                audio_resent_seconds=resent_seconds,
            )
        )
        if header and not (tail and tail[0][0].startswith(header)):  # (the file's first chunk has it)
            await _send_binary(ws, header)
        for data, seconds in tail:
            self._ledger.record(self._ledger.generation, data, seconds, resent=True)
            await _send_binary(ws, data)
        # The flushes and the end the service lost with the old socket, asked again.
        self._flushes = deque((waiter, self._ledger.position) for waiter, _ in self._flushes)
        for _ in self._flushes:
            await _send_text(ws, self._protocol.flush_frame())
        if self._end_sent:
            await _send_text(ws, self._protocol.end_frame())
        self._ready.set()

    def _finish(self) -> None:
        self._finished = True
        self._closed.set()
        failure = self._failure or StreamClosedError(
            socket=self._name, code=None, reason="", when="before the session ended"
        )
        for waiter in (*(w for w, _ in self._flushes), self._ended):
            if not waiter.done():
                waiter.set_exception(failure)
                waiter.exception()  # retrieved: no "never retrieved" warning when nobody waits
        self._flushes.clear()
        self._ready.set()  # wake senders: they raise the failure
        self._inbox.close()

    # -- iteration ----------------------------------------------------------------------
    def __aiter__(self) -> AsyncSession:
        return self

    async def __anext__(self) -> Any:
        item = await self._inbox.get()
        if item is None:
            self._raise_failure()
            raise StopAsyncIteration
        message = item[0]
        return self._protocol.parse(message) if isinstance(message, str | bytes) else message

    def _raise_failure(self) -> None:
        if self._failure is not None and not self._closing:
            raise self._failure

    # -- sending ------------------------------------------------------------------------
    def _refusal(self) -> CortiError:
        if self._closing:
            return closed_by_caller(self._name)
        if self._finished or self._ws is None:
            return self._failure or StreamError(f"{self._name}: the session is closed", socket=self._name)
        return StreamError(f"{self._name}: the session is ending; no more audio", socket=self._name)

    async def _sendable(self) -> ClientConnection:
        """The socket, once audio may go out; the session's error if it cannot."""
        await self._ready.wait()
        if self._finished or self._closing or self._ws is None or not self._protocol.may_send:
            raise self._refusal()
        return self._ws

    async def send_audio(self, chunk: bytes | bytearray | memoryview) -> None:
        """Send one chunk (a mutable buffer is copied); waits while the write buffer is full
        or a reconnect runs. Raises once the session is closed, ended or failed."""
        if type(chunk) is not bytes:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise TypeError(f"send_audio takes bytes; got {type(chunk).__name__}")
            chunk = bytes(chunk)  # the caller may reuse its buffer
        if not chunk:
            return
        # `send_timed`, inlined: this runs for every chunk of a live stream.
        ws = self._ws
        if ws is None or self._closing or not self._ready.is_set() or self._protocol.phase is not Phase.OPEN:
            ws = await self._sendable()
        rate = self._byte_rate
        self._ledger.record(self._ledger.generation, chunk, len(chunk) / rate if rate else None)
        try:
            await ws.send(chunk)
        except _closed():
            if self._closing:
                raise closed_by_caller(self._name) from None

    async def send_timed(self, chunk: bytes, seconds: float | None, *, resent: bool = False) -> None:
        """Send `chunk` (`seconds` of audio, None if unknown) on the current connection. Once
        counted there, a drop accounts for it: re-sent, or reported lost. `resent`: audio
        handed over before (not counted in `audio_sent` again)."""
        ws = self._ws
        if ws is None or self._closing or not self._ready.is_set() or self._protocol.phase is not Phase.OPEN:
            ws = await self._sendable()
        # No await between the check and the count: the count is the connection's it goes on.
        self._ledger.record(self._ledger.generation, chunk, seconds, resent=resent)
        try:
            await ws.send(chunk)
        except _closed():
            if self._closing:
                raise closed_by_caller(self._name) from None
            # counted on the dropped connection: the reader's reconnect re-sends or reports it

    async def flush(self, *, timeout: float | None = None) -> None:
        """Ask for the results so far; returns when the service answers `flushed`."""
        ws = await self._sendable()
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._flushes.append((waiter, self._ledger.position))
        await _send_text(ws, self._protocol.flush_frame())
        limit = timeout or self._settings.end_timeout
        try:
            await asyncio.wait_for(asyncio.shield(waiter), limit)
        except TimeoutError:
            raise StreamTimeoutError(socket=self._name, timeout=limit, waiting_for="`flushed`") from None

    async def end(self, *, timeout: float | None = None) -> Any:
        """End the session: the usage summed over every connection (None if none came), once
        the service's end type arrived, whether or not the caller read the messages before it."""
        ws = await self._sendable()
        self._end_sent = True
        await _send_text(ws, self._protocol.end_frame())
        limit = timeout or self._settings.end_timeout
        try:
            await asyncio.wait_for(asyncio.shield(self._ended), limit)
        except TimeoutError:
            raise StreamTimeoutError(
                socket=self._name, timeout=limit, waiting_for="end of the session"
            ) from None
        if self._ws is not None:
            await _quiet_close(self._ws)
        return self._protocol.usage

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
        then the file goes on from a frame a decoder can start at: from the first audio the
        service had not confirmed when `resend_unconfirmed` allows (by default it does, but
        for MP4), else from the first chunk not yet handed over. Returns the seconds of the
        file's audio handed over, less what reconnects meanwhile reported lost (the rest is
        confirmed by `end()`). `bitrate` is ignored (deprecated)."""
        return await _stream_file(self, path, chunk_ms=chunk_ms, realtime=realtime, bitrate=bitrate)

    async def close(self) -> None:
        """Close the socket (code 1000) without ending the session; stops the reader. Every
        sender waiting, and every later call, gets `StreamClosedError`."""
        self._closing = True
        self._closed.set()
        self._ready.set()  # senders waiting for a reconnect raise now
        if self._ws is not None:
            await _abandon(self._ws)
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


async def _send_binary(ws: ClientConnection, data: bytes) -> None:
    from websockets.exceptions import ConnectionClosed

    with contextlib.suppress(ConnectionClosed):  # counted already: a drop accounts for it
        await ws.send(data)


def _closed() -> type[Exception]:
    """websockets' `ConnectionClosed` (imported with the first session, not with the client)."""
    from websockets.exceptions import ConnectionClosed

    return ConnectionClosed


def _settle(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


def _pcm_byte_rate(audio_format: object) -> float | None:
    """Bytes per second of raw PCM declared in `audioFormat` (rate, channels, bits), else None."""
    declared = pcm_parameters(audio_format) if isinstance(audio_format, str) else None
    return None if declared is None else declared[0] * declared[1] * declared[2] / 8


def _minus(total: float | None, part: float | None) -> float | None:
    return None if total is None or part is None else max(0.0, total - part)


def _reconnect_failure(name: str, last: CortiError | None, code: int | None, reason: str) -> CortiError:
    """What ends a session whose reconnects failed: a stream error as is; a token request's
    error (REST) wrapped, so iteration and `end()` raise a `StreamClosedError`."""
    if isinstance(last, StreamError):
        return last
    if last is None:
        return StreamClosedError(socket=name, code=code, reason=reason, when="and could not be reopened")
    status = getattr(last, "status_code", None)
    what = f"{type(last).__name__}" + (f", HTTP {status}" if status is not None else "")
    error = StreamClosedError(
        socket=name, code=code, reason=f"the token request failed ({what})", when="and could not be reopened"
    )
    error.__cause__ = last
    return error


def _close_of(exc: Exception) -> tuple[int | None, str]:
    """The close code and reason of a `ConnectionClosed` (the service's, or ours)."""
    frame = getattr(exc, "rcvd", None) or getattr(exc, "sent", None)
    if frame is None:
        return None, "connection lost"
    return frame.code, frame.reason[:200]


async def _quiet_close(ws: ClientConnection) -> None:
    with contextlib.suppress(Exception):
        await ws.close()


async def _abandon(ws: ClientConnection) -> None:
    """Close at once: a close frame if the path takes it within half a second, else abort
    (a dead path would hold a polite close for `close_timeout`)."""
    with contextlib.suppress(Exception):
        async with asyncio.timeout(0.5):
            await ws.close()
    with contextlib.suppress(Exception):
        ws.transport.abort()
