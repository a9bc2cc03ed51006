"""Raw bytes on the command line: a file to upload (with a progress line on a terminal) and
an answer streamed to a file or to standard output."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from typing import IO, BinaryIO, TextIO

__all__ = ["ByteProgress", "ProgressFile", "open_upload", "write_stream"]

_EVERY = 0.1  # seconds between redraws
_LARGE = 1024 * 1024  # files from this size get a progress line (on a terminal)


class ByteProgress:
    """`sent / total MiB (percent), MiB/s`, redrawn in place on a terminal; silent elsewhere."""

    def __init__(self, stream: TextIO, total: int | None, what: str) -> None:
        self._stream, self._total, self._what = stream, total, what
        self._on = stream.isatty()
        self._started = self._drawn = time.monotonic()
        self.done = 0

    def add(self, count: int) -> None:
        """Count `count` more bytes; redraw at most every 0.1 s."""
        self.done += count
        if self._on and (now := time.monotonic()) - self._drawn >= _EVERY:
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        mib = self.done / 2**20
        rate = mib / max(now - self._started, 1e-9)
        of = (
            f" / {self._total / 2**20:.1f} MiB ({100 * self.done / self._total:.0f}%)"
            if self._total
            else " MiB"
        )
        self._stream.write(f"\r{self._what}: {mib:.1f}{of}, {rate:.1f} MiB/s ")
        self._stream.flush()

    def finish(self) -> None:
        """End the line (if one was drawn)."""
        if self._on and self.done:
            self._draw(time.monotonic())
            self._stream.write("\n")
            self._stream.flush()


class ProgressFile:
    """A binary file that counts what is read from it: seekable, so the upload knows its
    size (`Content-Length`) and may send it again on a retry."""

    def __init__(self, file: BinaryIO, progress: ByteProgress) -> None:
        self._file, self._progress = file, progress

    def read(self, size: int = -1) -> bytes:
        """Read and count."""
        chunk = self._file.read(size)
        self._progress.add(len(chunk))
        return chunk

    def seekable(self) -> bool:
        """Whether the file can seek (a regular file can)."""
        return self._file.seekable()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        """Seek; a rewind (a retry) starts the count again."""
        position = self._file.seek(offset, whence)
        if position == 0:
            self._progress.done = 0
        return position

    def tell(self) -> int:
        """The position."""
        return self._file.tell()

    def fileno(self) -> int:
        """The descriptor (for its size)."""
        return self._file.fileno()


def open_upload(path: str, err: TextIO, stdin: IO[bytes] | None = None) -> tuple[object, BinaryIO | None]:
    """(what to upload, the file to close) for FILE: `-` is standard input, read once."""
    if path == "-":
        source = stdin if stdin is not None else sys.stdin.buffer
        return iter(lambda: source.read(64 * 1024), b""), None
    try:
        file = open(path, "rb")  # noqa: SIM115 - the caller closes it
        size = os.fstat(file.fileno()).st_size
    except OSError as exc:
        raise ValueError(f"FILE: cannot read {path!r} ({exc.strerror})") from None
    if size < _LARGE:
        return file, file
    return ProgressFile(file, ByteProgress(err, size, f"uploading {os.path.basename(path)}")), file


def write_stream(chunks: Iterator[bytes], out: BinaryIO, progress: ByteProgress) -> int:
    """Write `chunks` to `out`, counting; returns the bytes written."""
    for chunk in chunks:
        out.write(chunk)
        progress.add(len(chunk))
    progress.finish()
    return progress.done
