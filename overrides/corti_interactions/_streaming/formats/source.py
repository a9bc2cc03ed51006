"""`AudioSource`: a file's header and its frames, grouped into chunks that start and end on
frame boundaries, each with the seconds of audio it spans.

A container reader (one module per container) says where the header ends and yields the
`Frame`s after it: each frame's end offset, its start and end in seconds, and what must
precede it when a stream (re)starts there (`resume`: bytes after the header, None if a
decoder cannot start at this frame). Frames are read lazily, so memory stays bounded by a
chunk whatever the file's length.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import BinaryIO, NamedTuple

__all__ = ["AudioSource", "Chunk", "Frame", "FrameReader"]


class Frame(NamedTuple):
    """One frame (or page, block) after the header: it spans the file's bytes from the
    previous frame's end (the header's end for the first) to `end`."""

    end: int
    start_s: float
    end_s: float
    resume: bytes | None = b""  # what goes between the header and this frame on a restart here


class Chunk(NamedTuple):
    """Bytes to send as one message, and the seconds of the file's audio they span."""

    data: bytes
    start_s: float
    end_s: float


FrameReader = Callable[[BinaryIO], Iterator[Frame]]


@dataclass(frozen=True, slots=True)
class AudioSource:
    """A file ready to stream: its format and header, and its chunks from any point."""

    path: str
    container: str  # ogg, webm, mp3, flac, mp4 or pcm (the spec's `audio-formats` containers)
    mime: str  # the `audioFormat` this file is (raw PCM with its rate, channels and bits)
    header: bytes  # what a decoder needs before the first frame (b"" for MP3 and raw PCM)
    header_end: int  # the header's end in the file (where the first frame starts)
    key: bytes  # what frames depend on: two files with one key may share one header
    frames: FrameReader  # reads the frames from a file positioned at `header_end`
    data_end: int | None = None  # the audio's end in the file (None: the file's end)

    def __repr__(self) -> str:
        return f"AudioSource(container={self.container!r}, mime={self.mime!r}, header={len(self.header)} B)"

    def chunks(self, chunk_ms: int = 250, *, start_s: float = 0.0, header: bool = True) -> Iterator[Chunk]:
        """The audio in chunks of at least `chunk_ms` (whole frames), from the last frame a
        decoder can start at, at or before `start_s`. The first chunk carries the header
        (unless `header=False`) and, past the first frame, the container's restart bytes."""
        step = chunk_ms / 1000
        with open(self.path, "rb") as scan, open(self.path, "rb") as data:
            scan.seek(self.header_end)
            frames = self.frames(scan)
            kept: list[Frame] = []  # from the last frame a decoder can start at
            begin = offset = self.header_end
            for frame in frames:
                if frame.resume is not None and frame.start_s <= start_s + 1e-9:
                    kept, begin = [], offset
                kept.append(frame)
                offset = frame.end
                if frame.end_s > start_s + 1e-9 and kept[0].resume is not None:
                    break
            if not kept or kept[0].resume is None:
                return
            lead = (self.header if header else b"") + (kept[0].resume if begin > self.header_end else b"")
            yield from self._group(data, chain(kept, frames), begin, lead, step)

    def _group(
        self, file: BinaryIO, frames: Iterator[Frame], begin: int, lead: bytes, step: float
    ) -> Iterator[Chunk]:
        """`frames` (the first starts at `begin`) grouped into chunks of `step` seconds."""
        start_s: float | None = None
        end, end_s = begin, 0.0
        for frame in frames:
            if start_s is None:
                start_s = frame.start_s
            elif end_s - start_s >= step - 1e-9:
                yield self._read(file, (begin, end), lead, start_s, end_s)
                lead, begin, start_s = b"", end, end_s
            end, end_s = frame.end, frame.end_s
        if start_s is not None:
            yield self._read(file, (begin, end), lead, start_s, end_s)

    def _read(
        self, file: BinaryIO, span: tuple[int, int], lead: bytes, start_s: float, end_s: float
    ) -> Chunk:
        begin, end = span
        if self.data_end is not None:
            end = min(end, self.data_end)
        file.seek(begin)
        return Chunk(lead + file.read(max(0, end - begin)), start_s, end_s)
