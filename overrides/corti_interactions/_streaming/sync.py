"""`SyncSession`: the sync twin of `AsyncSession`, run on a private event loop thread.

One loop thread per session (a portal): every call hands the async session a coroutine and
waits for it, so both share one implementation of the protocol, the reconnects and the
backpressure. Iteration yields the same typed messages.
"""

from __future__ import annotations

import asyncio
import threading
import warnings
from collections.abc import Coroutine, Iterator
from concurrent.futures import Future
from os import PathLike
from typing import Any, TypeVar

from .session import AsyncSession

__all__ = ["Portal", "SyncSession"]

T = TypeVar("T")
_STOP = object()


class Portal:
    """An event loop in a daemon thread, for sync callers."""

    def __init__(self, name: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=name, daemon=True)
        self._thread.start()

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on the loop and wait for its result (its exception is raised here)."""
        future: Future[T] = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result()
        except KeyboardInterrupt:
            future.cancel()
            raise

    def stop(self) -> None:
        """Stop the loop and join the thread."""
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        if not self._thread.is_alive():
            self._loop.close()


async def _next(session: AsyncSession) -> object:
    try:
        return await session.__anext__()
    except StopAsyncIteration:
        return _STOP


class SyncSession:
    """A configured session for sync code; see `SyncSocketSession`."""

    def __init__(self, portal: Portal, session: AsyncSession) -> None:
        self._portal = portal
        self._session = session

    def __repr__(self) -> str:
        return repr(self._session).replace("AsyncSession", "SyncSession", 1)

    @property
    def accepted(self) -> Any:
        """The message that accepted the config."""
        return self._session.accepted

    @property
    def reconnects(self) -> int:
        """How many times the socket was reopened."""
        return self._session.reconnects

    def send_audio(self, chunk: bytes | bytearray | memoryview) -> None:
        """Send one chunk (copied); blocks while the write buffer is full or a reconnect runs."""
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise TypeError(f"send_audio takes bytes; got {type(chunk).__name__}")
        self._portal.call(self._session.send_audio(bytes(chunk)))

    def flush(self, *, timeout: float | None = None) -> None:
        """Ask for the results so far; returns when the service answers `flushed`."""
        self._portal.call(self._session.flush(timeout=timeout))

    def end(self, *, timeout: float | None = None) -> Any:
        """End the session; the usage message (None if none came)."""
        return self._portal.call(self._session.end(timeout=timeout))

    def stream_file(
        self,
        path: str | PathLike[str],
        *,
        chunk_ms: int = 250,
        realtime: bool = True,
        bitrate: int | None = None,
    ) -> float:
        """Send a file's audio in chunks cut at frame boundaries, paced by its own timing
        unless `realtime=False`; the header again after a reconnect. Seconds handed over.
        `bitrate` is ignored (deprecated)."""
        if bitrate is not None:
            warnings.warn(
                "stream_file(bitrate=) is ignored: files are paced from their own timing",
                DeprecationWarning,
                stacklevel=2,
            )
        return self._portal.call(self._session.stream_file(path, chunk_ms=chunk_ms, realtime=realtime))

    def close(self) -> None:
        """Close the socket without ending the session."""
        self._portal.call(self._session.close())

    def __iter__(self) -> Iterator[Any]:
        while True:
            item = self._portal.call(_next(self._session))
            if item is _STOP:
                return
            yield item
