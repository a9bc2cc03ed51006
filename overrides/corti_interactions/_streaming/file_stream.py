"""`stream_file` for `AsyncSession`: a file sent in chunks cut at frame boundaries, paced by
its own timing, resumed after a reconnect from a frame a decoder can start at.

A file read through its `AudioSource` (chunks cut at frame boundaries, each with its
span in the file's seconds), each chunk sent with its duration (`send_timed`), so the
transcripts' times confirm it. After a reconnect (`generation` changes) the session
sends the header again (`resume_header`), and the file goes on from a frame a decoder
can start at: with re-sending on, at or before the first chunk the service had not
confirmed (`_file_resume` tells the session how much of its unconfirmed tail that
covers), else at the first chunk not yet handed over.
"""

from __future__ import annotations

import asyncio
import contextlib
import warnings
from collections import deque
from collections.abc import Callable
from os import PathLike
from typing import Any, Protocol

from .errors import StreamError
from .formats import open_audio
from .ledger import AudioLedger, Dropped
from .protocol import SessionProtocol

__all__ = ["FileSession", "stream_file"]

_ONE_HEADER = frozenset({"webm", "flac", "mp4"})  # containers a second header cannot follow mid-stream
# Containers whose chunks a decoder cannot always start at (a continued Ogg page, a WebM block
# mid-cluster, any MP4 sample): once `stream_file` returned, their unconfirmed tail would be
# re-sent as it is, so `resume_header` is not kept and a later drop reports it instead.
_NO_RAW_RESUME = frozenset({"ogg", "webm", "mp4"})


class FileSession(Protocol):
    """What `stream_file` uses of `AsyncSession` (a protocol, so this module does not import
    the session's: the session imports this one)."""

    _name: str
    _protocol: SessionProtocol
    _ledger: AudioLedger
    _closed: asyncio.Event
    _file_header: tuple[int, bytes] | None
    _file_resume: Callable[[Dropped, bool | None], tuple[int, float | None]] | None
    generation: int
    resume_header: Callable[[], bytes | None] | None

    async def _sendable(self) -> Any: ...

    async def send_timed(self, chunk: bytes, seconds: float | None, *, resent: bool = False) -> None: ...


async def stream_file(
    session: FileSession,
    path: str | PathLike[str],
    *,
    chunk_ms: int,
    realtime: bool,
    bitrate: int | None,
) -> float:
    """`AsyncSession.stream_file` (its docstring says what it does)."""
    if bitrate is not None:
        warnings.warn(
            "stream_file(bitrate=) is ignored: files are paced from their own timing",
            DeprecationWarning,
            stacklevel=3,  # the caller of AsyncSession.stream_file
        )
    if isinstance(chunk_ms, bool) or not isinstance(chunk_ms, int) or not 10 <= chunk_ms <= 10_000:
        raise ValueError(
            f"chunk_ms must be a whole number of milliseconds from 10 to 10000; got {chunk_ms!r}"
        )
    source = open_audio(
        path,
        session._protocol.socket.audio_formats,
        audio_format=session._protocol.configuration.get("audioFormat"),
    )
    connection = session.generation
    earlier = session._file_header
    if earlier and earlier[0] == connection and earlier[1] != source.key and source.container in _ONE_HEADER:
        raise ValueError(
            f"stream_file: {source.path!r} is {source.container} with other parameters than the "
            "file streamed before on this connection; a decoder cannot switch mid-stream: "
            "stream it in a new session (or end() and connect again)"
        )
    repeat = session._file_header == (connection, source.key)  # the service has this header
    chunks = source.chunks(chunk_ms, header=not repeat)
    # This connection's chunks not known confirmed, as (start_s, bytes, seconds): the
    # newest of the ledger's unconfirmed tail (trimmed to its length as it is confirmed).
    sent: deque[tuple[float, int, float]] = deque()
    restart: list[float | None] = [None]  # where to go on after a reconnect (None: next chunk)
    pending = [False]  # a reconnect happened that the loop has not resumed from yet

    def resume(dropped: Dropped, resend: bool | None) -> tuple[int, float | None]:
        if pending[0]:  # dropped again before going on: the earlier restart point stands
            return 0, 0.0
        pending[0] = True
        mine = min(len(dropped.chunks), len(sent))  # the file's chunks among the unconfirmed
        if resend is False or source.container == "mp4" or not mine:
            restart[0] = None
            return 0, 0.0
        tail = list(sent)[-mine:]
        restart[0] = tail[0][0]
        return sum(size for _, size, _ in tail), sum(seconds for _, _, seconds in tail)

    header = source.header
    session.resume_header = (lambda: header) if header else None
    session._file_resume = resume
    loop = asyncio.get_running_loop()
    lost_before = session._ledger.lost_seconds or 0.0
    chunk = next(chunks, None)
    origin = chunk.start_s if chunk is not None else 0.0  # a file's timestamps may not start at 0
    anchor, handed = loop.time() - origin, origin
    try:
        while chunk is not None:
            if realtime and (delay := anchor + chunk.end_s - loop.time()) > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(session._closed.wait(), delay)  # a close wakes it
            await session._sendable()
            if session.generation != connection:  # a new connection: a decodable start again
                if source.container == "mp4":
                    raise StreamError(
                        f"{session._name}: an MP4 file cannot be resumed after a reconnect (its index "
                        f"points into the file); {handed - origin:.2f} s were handed over; "
                        "use Ogg, WebM, MP3 or FLAC",
                        socket=session._name,
                    )
                start_s = chunk.start_s if restart[0] is None else restart[0]
                connection, pending[0] = session.generation, False
                sent.clear()
                chunks = source.chunks(chunk_ms, start_s=start_s, header=False)  # the session sent it
                if (chunk := next(chunks, None)) is None:  # no point to start at: nothing more
                    break
                anchor = loop.time() - max(handed, chunk.start_s)  # re-sent at once, then real time
            session._file_header = (connection, source.key)
            seconds = chunk.end_s - chunk.start_s
            again = chunk.end_s <= handed + 1e-9  # re-sent after a reconnect: handed over before
            while len(sent) > session._ledger.pending:  # the confirmed ones
                sent.popleft()
            sent.append((chunk.start_s, len(chunk.data), seconds))
            await session.send_timed(chunk.data, seconds, resent=again)
            handed = max(handed, chunk.end_s)
            chunk = next(chunks, None)
    finally:
        session._file_resume = None
        if source.container in _NO_RAW_RESUME:
            session.resume_header = None
    lost = (session._ledger.lost_seconds or 0.0) - lost_before
    return max(0.0, handed - origin - lost)
