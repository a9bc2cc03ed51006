"""Relaying one browser socket to one upstream socket: frames verbatim both ways, a buffer
per direction bounded in bytes, close codes mirrored, and an accounting of the session.

Theory of operation: four tasks. Each socket is read all the time, whatever the other does,
so both keep answering their keep-alive pings; what is read waits in the other direction's
buffer until its writer sends it. A buffer that would pass its bound means its reader is
too slow: a browser that falls behind is closed with `CLOSE_BROWSER_BEHIND` and the upstream
session ended cleanly (its `end` message, then close 1000); an upstream that falls behind
closes the browser with `CLOSE_UPSTREAM_BEHIND`. Whatever could not be delivered is counted
in the summary, never dropped silently. A watchdog closes a session idle (no frame either
way) for `idle_timeout` seconds with `CLOSE_IDLE`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from corti_interactions._streaming.errors import StreamError

if TYPE_CHECKING:
    from starlette.types import Receive, Send
    from starlette.websockets import WebSocket

    from corti_interactions._streaming.raw import AsyncRawSession

__all__ = [
    "CLOSE_BROWSER_BEHIND",
    "CLOSE_FRAME_TOO_LARGE",
    "CLOSE_IDLE",
    "CLOSE_UPSTREAM_BEHIND",
    "CLOSE_UPSTREAM_FAILED",
    "PROXY_LOGGER",
    "Limits",
    "SessionSummary",
    "relay",
]

PROXY_LOGGER = logging.getLogger("corti_interactions.proxy")

CLOSE_BROWSER_BEHIND = 4001
"""The browser read too slowly: more than `buffer_bytes` from Corti waited for it."""
CLOSE_UPSTREAM_BEHIND = 4002
"""Corti read too slowly: more than `buffer_bytes` from the browser waited for it."""
CLOSE_IDLE = 4003
"""No frame either way for `idle_timeout` seconds."""
CLOSE_FRAME_TOO_LARGE = 1009
"""A browser's frame was larger than `max_frame` (the standard "message too big")."""
CLOSE_UPSTREAM_FAILED = 1011
"""The upstream socket failed (closed with no close frame, or a code a peer may not send)."""

_END_FRAME = '{"type": "end"}'  # ends a session on both of Corti's sockets (protocol.end_frame)
_CLOSE_WAIT = 5.0  # seconds a close handshake may take before the relay stops waiting


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-session limits: frame size and buffered bytes per direction, idle seconds."""

    max_frame: int
    buffer_bytes: int
    idle_timeout: float


@dataclass(slots=True)
class SessionSummary:
    """One proxied session's accounting (what the proxy logs when it ends): no payload."""

    route: str
    interaction_id: str | None
    user: str | None
    bytes_up: int = 0  # browser -> Corti, sent
    bytes_down: int = 0  # Corti -> browser, sent
    frames_up: int = 0
    frames_down: int = 0
    undelivered_up: int = 0  # bytes from the browser not sent to Corti
    undelivered_down: int = 0  # bytes from Corti not sent to the browser
    duration: float = 0.0
    browser_close: int | None = None  # the code the browser's socket closed with
    upstream_close: int | None = None  # the code Corti's socket closed with
    outcome: str = ""

    def line(self) -> str:
        """The summary as one log line."""
        return (
            f"proxy session {self.route}"
            + (f" {self.interaction_id}" if self.interaction_id else "")
            + f" user={self.user or '-'} up={self.bytes_up}B/{self.frames_up} frames"
            f" down={self.bytes_down}B/{self.frames_down} frames"
            f" undelivered up={self.undelivered_up}B down={self.undelivered_down}B"
            f" duration={self.duration:.2f}s browser_close={self.browser_close}"
            f" upstream_close={self.upstream_close} outcome={self.outcome}"
        )


def _size(frame: bytes | str) -> int:
    return len(frame) if isinstance(frame, bytes) else len(frame.encode())


def _sendable(code: int | None, otherwise: int) -> int:
    """`code` if a peer may send it in a close frame, else `otherwise` (1005: 1000)."""
    if code == 1005 or code is None:
        return 1000
    if 1000 <= code <= 1003 or 1007 <= code <= 1014 or 3000 <= code <= 4999:
        return code
    return otherwise


class _Buffer:
    """Frames waiting for one direction's writer, bounded in bytes; then an end mark."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._frames: deque[tuple[bytes | str, int]] = deque()
        self._ready = asyncio.Event()
        self.end: tuple[int, str] | None = None

    def put(self, frame: bytes | str, size: int, *, force: bool = False) -> bool:
        """Queue `frame`; False (not queued) if it would pass the bound. One frame always
        fits an empty buffer, so no frame under the frame cap can stall a session."""
        if not force and self._frames and self.size + size > self.limit:
            return False
        self._frames.append((frame, size))
        self.size += size
        self._ready.set()
        return True

    def finish(self, code: int, reason: str = "") -> None:
        """No more frames: the writer closes its socket with `code` once the rest is sent."""
        if self.end is None:
            self.end = (code, reason)
        self._ready.set()

    def clear(self) -> int:
        """Drop what waits; returns its bytes (counted as undelivered by the caller)."""
        dropped, self.size = self.size, 0
        self._frames.clear()
        return dropped

    async def get(self) -> tuple[bytes | str, int] | None:
        """The next frame and its size; None once finished and empty."""
        while not self._frames:
            if self.end is not None:
                return None
            self._ready.clear()
            await self._ready.wait()
        frame, size = self._frames.popleft()
        self.size -= size
        return frame, size


class _Relay:
    def __init__(
        self,
        browser: WebSocket,
        upstream: AsyncRawSession,
        limits: Limits,
        summary: SessionSummary,
        *,
        receive: Receive,
        send: Send,
    ) -> None:
        self.browser, self.upstream, self.limits, self.summary = browser, upstream, limits, summary
        self.receive, self.send = receive, send  # the browser's frames, past Starlette's checks
        self.up = _Buffer(limits.buffer_bytes)  # browser -> Corti
        self.down = _Buffer(limits.buffer_bytes)  # Corti -> browser
        self.browser_done = False  # the browser will get nothing more (it left, or we closed it)
        self.upstream_done = False  # Corti will get nothing more
        self.activity = time.monotonic()
        self.tasks: dict[str, asyncio.Task[None]] = {}

    # -- the proxy's own decisions --------------------------------------------------
    def close_browser(self, code: int, reason: str, outcome: str) -> None:
        """Stop sending to the browser and close it with `code` (whatever waits is counted)."""
        if self.browser_done:
            return
        self.browser_done = True
        self.summary.outcome = self.summary.outcome or outcome
        self.summary.undelivered_down += self.down.clear()
        self.down.finish(code, reason)
        writer = self.tasks.get("write_browser")
        if writer is not None and not writer.done():
            writer.cancel()  # it may be stuck on a browser that does not read
        self.tasks["close_browser"] = asyncio.create_task(self._close_browser(code, reason))

    def end_upstream(self) -> None:
        """End the upstream session cleanly: what the browser sent, the end message, close 1000."""
        if self.upstream_done:
            return
        self.upstream_done = True
        self.up.put(_END_FRAME, _size(_END_FRAME), force=True)
        self.up.finish(1000)

    # -- the four directions --------------------------------------------------------
    async def read_browser(self) -> None:
        while True:
            message = await self.receive()
            if message["type"] == "websocket.disconnect":
                code = message.get("code", 1005)
                if self.summary.browser_close is None:
                    self.summary.browser_close = code
                if not self.browser_done:
                    self.browser_done = True
                    self.summary.outcome = self.summary.outcome or "browser closed"
                    self.summary.undelivered_down += self.down.clear()
                    self.down.finish(1000)
                if not self.upstream_done:
                    self.upstream_done = True
                    self.up.finish(_sendable(code, 1001) if code != 1006 else 1001)
                return
            frame: bytes | str | None = message.get("bytes")
            if frame is None:
                frame = message.get("text")
            if frame is None:
                continue
            size = _size(frame)
            self.activity = time.monotonic()
            if self.upstream_done:
                self.summary.undelivered_up += size
            elif size > self.limits.max_frame:
                self.summary.undelivered_up += size
                self.close_browser(
                    CLOSE_FRAME_TOO_LARGE, f"frame over {self.limits.max_frame} bytes", "frame too large"
                )
                self.end_upstream()
            elif not self.up.put(frame, size):
                self.summary.undelivered_up += size + self.up.clear()
                self.close_browser(CLOSE_UPSTREAM_BEHIND, "upstream fell behind", "upstream behind")
                self._abandon_upstream()

    async def write_upstream(self) -> None:
        while (item := await self.up.get()) is not None:
            frame, size = item
            try:
                await self.upstream.send(frame)
            except StreamError:
                self.summary.undelivered_up += size + self.up.clear()
                return
            self.summary.bytes_up += size
            self.summary.frames_up += 1
        code, reason = self.up.end or (1000, "")
        await self.upstream.close(code, reason)

    async def read_upstream(self) -> None:
        # Read to the end: the keep-alive stays answered (`recv`, not `async for`: one
        # generator fewer per frame).
        while (frame := await self.upstream.recv()) is not None:
            size = _size(frame)
            self.activity = time.monotonic()
            if self.browser_done:
                self.summary.undelivered_down += size
            elif not self.down.put(frame, size):
                self.summary.undelivered_down += size
                limit = self.limits.buffer_bytes
                self.close_browser(
                    CLOSE_BROWSER_BEHIND, f"browser fell behind by over {limit} bytes", "browser behind"
                )
                self.end_upstream()
        code = self.upstream.close_code
        self.summary.upstream_close = code
        self.upstream_done = True
        self.up.finish(1000)
        self.summary.outcome = self.summary.outcome or (
            "upstream closed" if code != 1006 else "upstream failed"
        )
        self.down.finish(_sendable(code, CLOSE_UPSTREAM_FAILED), self.upstream.close_reason)

    async def write_browser(self) -> None:
        while (item := await self.down.get()) is not None:
            frame, size = item
            message: dict[str, Any] = {"type": "websocket.send"}
            message["bytes" if isinstance(frame, bytes) else "text"] = frame
            try:
                await self.send(message)
            except asyncio.CancelledError:  # the browser fell behind: this frame counts as missed
                self.summary.undelivered_down += size
                raise
            except Exception:  # the browser went away (the server's own error type)
                self.summary.undelivered_down += size + self.down.clear()
                self.browser_done = True
                return
            self.summary.bytes_down += size
            self.summary.frames_down += 1
        if not self.browser_done:
            self.browser_done = True
            code, reason = self.down.end or (1000, "")
            await self._close_browser(code, reason)

    async def watchdog(self) -> None:
        idle = self.limits.idle_timeout
        while True:
            await asyncio.sleep(max(0.01, self.activity + idle - time.monotonic()))
            if time.monotonic() - self.activity >= idle:
                self.close_browser(CLOSE_IDLE, f"idle for {idle:g} s", "idle")
                self.end_upstream()
                return

    # -- helpers ----------------------------------------------------------------------
    async def _close_browser(self, code: int, reason: str) -> None:
        if self.summary.browser_close is None:
            self.summary.browser_close = code
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.browser.close(code, reason[:120]), _CLOSE_WAIT)

    def _abandon_upstream(self) -> None:
        """Corti does not read: stop writing to it and close it (its reader ends the session)."""
        self.upstream_done = True
        writer = self.tasks.get("write_upstream")
        if writer is not None and not writer.done():
            writer.cancel()
        self.tasks["close_upstream"] = asyncio.create_task(self._close_upstream())

    async def _close_upstream(self) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.upstream.close(1000, "browser closed"), _CLOSE_WAIT)

    async def run(self) -> None:
        for name in ("read_browser", "write_upstream", "read_upstream", "write_browser"):
            self.tasks[name] = asyncio.create_task(getattr(self, name)())
        watchdog = asyncio.create_task(self.watchdog())
        try:
            # The session ends when Corti's socket has closed and the browser heard of it.
            await self.tasks["read_upstream"]
            await asyncio.wait(
                [self.tasks[n] for n in ("write_browser", "write_upstream", "read_browser")],
                timeout=_CLOSE_WAIT,
            )
            closing = [t for n, t in self.tasks.items() if n.startswith("close_")]
            if closing:
                await asyncio.wait(closing, timeout=_CLOSE_WAIT)
        finally:
            watchdog.cancel()
            for task in self.tasks.values():
                task.cancel()
            await asyncio.gather(watchdog, *self.tasks.values(), return_exceptions=True)


async def relay(
    browser: WebSocket,
    upstream: AsyncRawSession,
    limits: Limits,
    summary: SessionSummary,
    *,
    receive: Receive | None = None,
    send: Send | None = None,
) -> None:
    """Relay frames between an accepted `browser` and an open `upstream` until both have
    closed; fills `summary`. `receive`/`send`: the server's ASGI callables under `browser`
    (frames then skip Starlette's per-message checks); by default the `WebSocket`'s own."""
    started = time.monotonic()
    try:
        await _Relay(
            browser, upstream, limits, summary, receive=receive or browser.receive, send=send or browser.send
        ).run()
    finally:
        summary.duration = time.monotonic() - started
