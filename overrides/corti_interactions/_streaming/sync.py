"""`SyncSession`: the sync twin of `AsyncSession`, run on a private event loop thread.

One loop thread per session (a portal): every call hands the async session a coroutine and
waits for it, so both share one implementation of the protocol, the reconnects and the
accounting. Iteration yields the same typed messages. Once the session's `with` block has
ended, every call, from any thread, raises `StreamClosedError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import warnings
from collections.abc import Coroutine, Iterator
from concurrent.futures import CancelledError, Future
from os import PathLike
from typing import Any, TypeVar

from .errors import StreamClosedError
from .session import AsyncSession

__all__ = ["Portal", "SyncSession"]

T = TypeVar("T")
_STOP = object()


class Portal:
    """An event loop in a daemon thread, for sync callers.

    `stop()` cancels what still runs on it, so a thread blocked in a call (a feeder thread
    streaming a file) gets `StreamClosedError` instead of waiting forever; a call after it
    raises that at once."""

    def __init__(self, name: str) -> None:
        self._name = name.removeprefix("corti-")
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()  # guards `_stopped` and `_calls`
        self._stopped = False
        self._calls: set[Future[Any]] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, name=name, daemon=True)
        self._thread.start()

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on the loop and wait for its result (its exception is raised here)."""
        with self._lock:
            if self._stopped:
                coro.close()
                raise _after_block(self._name)
            future: Future[T] = asyncio.run_coroutine_threadsafe(coro, self._loop)
            self._calls.add(future)
        try:
            return future.result()
        except CancelledError:
            if self._stopped:
                raise _after_block(self._name) from None
            raise
        except KeyboardInterrupt:
            future.cancel()
            raise
        finally:
            with self._lock:
                self._calls.discard(future)

    def stop(self) -> None:
        """Cancel what still runs (waiting up to a second for it), stop the loop, join the
        thread; calls still waiting raise `StreamClosedError`."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        if self._thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop already stopped
                asyncio.run_coroutine_threadsafe(_cancel_all(), self._loop).result(2)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
        with self._lock:
            waiting = list(self._calls)
        for future in waiting:
            future.cancel()  # wakes the thread waiting on it
        if not self._thread.is_alive():
            self._loop.close()


async def _cancel_all() -> None:
    """Cancel every other task on this loop and give them a second to finish."""
    current = asyncio.current_task()
    tasks = [t for t in asyncio.all_tasks() if t is not current]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=1.0)


def _after_block(name: str) -> StreamClosedError:
    return StreamClosedError(
        socket=name, code=None, reason="the session's with block has ended", when="before this call"
    )


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
    def audio_sent(self) -> int:
        """Audio bytes handed over so far."""
        return self._session.audio_sent

    @property
    def audio_lost(self) -> int:
        """Audio bytes that may not have reached the service (an upper bound); see
        `AsyncSession.audio_lost`."""
        return self._session.audio_lost

    @property
    def audio_lost_seconds(self) -> float | None:
        """`audio_lost` in seconds (None when a lost chunk's duration is unknown)."""
        return self._session.audio_lost_seconds

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
        unless `realtime=False`; after a reconnect the header again, then from a decodable
        frame. Seconds handed over less what reconnects reported lost meanwhile. `bitrate`
        is ignored (deprecated)."""
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
