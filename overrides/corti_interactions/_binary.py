"""Raw-bytes bodies and answers: an upload streamed from what the caller has, a download read
as iterated.

A body (`BinaryBody` in the spec) comes as a path, bytes, a binary file object or an
iterable of bytes (async: also an async iterable). Each becomes an httpx stream read in
64 KiB chunks, so memory stays bounded whatever the size; `Content-Length` is sent when the
size is known (a path, bytes, a file whose size `fstat`/`seek` tells), and the body is
*re-sendable* (`RESENDABLE` on the request) when a retry can send it again from the start:
a path, bytes, a seekable file. An iterator is read once and never re-sent. Sizes are checked
against the spec's bounds before anything is sent; a body of unknown size is counted as it
goes and stopped at the limit.

A download that stops part-way raises `DownloadIncompleteError` (with the bytes that arrived),
whatever the transport; `write_to_file` writes beside the target and renames only a whole
body into place, so a truncated recording never sits under the name asked for.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import IO, BinaryIO

import httpx
from corti_interactions_api.binary_types import BinaryBody

from ._constants import RESENDABLE, STREAMED
from ._exceptions import DownloadIncompleteError, FieldError

__all__ = [
    "RESENDABLE",
    "STREAMED",
    "AsyncBinaryResponse",
    "BinaryResponse",
    "binary_stream",
    "part_file",
    "prime_async_body",
]

CHUNK = 64 * 1024


def _limit_error(limit: int) -> FieldError:
    return FieldError("file", f"is over the limit of {limit} bytes ({limit / 2**20:g} MiB)")


def _empty_error() -> FieldError:
    return FieldError("file", "is empty; there is nothing to upload")


class _Counted:
    """Counts the bytes of a one-shot body as they go, stopping at the limit."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.sent = 0

    def add(self, chunk: bytes) -> bytes:
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise FieldError("file", f"must yield bytes; got {type(chunk).__name__}")
        self.sent += len(chunk)
        if self.limit is not None and self.sent > self.limit:
            raise _limit_error(self.limit)
        return bytes(chunk)


class _PathStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A file on disk, opened anew on every send (so a retry sends it again)."""

    def __init__(self, path: str) -> None:
        self._path = path

    def __iter__(self) -> Iterator[bytes]:
        with open(self._path, "rb") as file:
            while chunk := file.read(CHUNK):
                yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:  # local disk reads of 64 KiB: not worth a thread each
            yield chunk


class _SeekableStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A seekable file object from where it stood, rewound there on every send."""

    def __init__(self, file: IO[bytes], start: int, size: int) -> None:
        self._file, self._start, self._size = file, start, size

    def __iter__(self) -> Iterator[bytes]:
        self._file.seek(self._start)
        left = self._size
        while left > 0 and (chunk := self._file.read(min(CHUNK, left))):
            left -= len(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


class _OneShot(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An iterator (or a file that cannot seek), its first chunk already read: sent once."""

    def __init__(self, first: bytes, rest: Iterator[bytes], counter: _Counted) -> None:
        self._first, self._rest, self._counter = first, rest, counter
        self._used = False

    def __iter__(self) -> Iterator[bytes]:
        if self._used:  # never a second, truncated send
            raise httpx.StreamConsumed()
        self._used = True
        yield self._first
        for chunk in self._rest:
            if chunk:
                yield self._counter.add(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


class _AsyncOneShot(httpx.AsyncByteStream):
    """An async iterable, its first chunk already read (`prime_async_body`): sent once."""

    def __init__(self, first: bytes, rest: AsyncIterator[bytes], counter: _Counted) -> None:
        self._first, self._rest, self._counter = first, rest, counter
        self._used = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._used:
            raise httpx.StreamConsumed()
        self._used = True
        yield self._first
        async for chunk in self._rest:
            if chunk:
                yield self._counter.add(chunk)


class _Primed:
    """An async iterable whose first non-empty chunk was read before building the request."""

    def __init__(self, first: bytes, rest: AsyncIterator[bytes]) -> None:
        self.first, self.rest = first, rest


def _check_size(size: int, spec: BinaryBody) -> None:
    if size == 0 or (spec.min_bytes is not None and size < spec.min_bytes):
        raise _empty_error() if size == 0 else FieldError("file", f"must be at least {spec.min_bytes} bytes")
    if spec.max_bytes is not None and size > spec.max_bytes:
        raise _limit_error(spec.max_bytes)


def _file_size(file: IO[bytes]) -> tuple[int, int] | None:
    """(position, bytes from there to the end) of a seekable file, else None."""
    try:
        if not file.seekable():
            return None
        start = file.tell()
        try:
            end = os.fstat(file.fileno()).st_size
        except (OSError, AttributeError, io.UnsupportedOperation):
            end = file.seek(0, os.SEEK_END)
            file.seek(start)
    except (OSError, ValueError, AttributeError):
        return None
    return start, max(end - start, 0)


def _first_chunk(chunks: Iterator[bytes], counter: _Counted) -> bytes:
    for chunk in chunks:
        if chunk:
            return counter.add(chunk)
    raise _empty_error()


def binary_stream(
    spec: BinaryBody, file: object, content_type: object
) -> tuple[httpx.SyncByteStream | httpx.AsyncByteStream, dict[str, str], bool]:
    """(stream, headers, re-sendable) for a raw body; `ValueError` (`FieldError`) before
    anything is sent if the input is not one, is empty, or is over the size limit."""
    if content_type is not None and (not isinstance(content_type, str) or not content_type.strip()):
        raise FieldError("content_type", f"must be a media type such as 'audio/wav'; got {content_type!r}")
    headers = {"Content-Type": content_type or spec.content_type}
    counter = _Counted(spec.max_bytes)
    stream: httpx.SyncByteStream | httpx.AsyncByteStream
    size: int | None = None
    resendable = True
    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        try:
            stat = os.stat(path)
        except OSError as exc:
            raise FieldError("file", f"cannot be read: {path!r} ({exc.strerror})") from None
        if not os.path.isfile(path):
            raise FieldError("file", f"is not a regular file: {path!r}")
        size, stream = stat.st_size, _PathStream(path)
    elif isinstance(file, bytes | bytearray | memoryview):
        data = bytes(file)
        size, stream = len(data), httpx.ByteStream(data)
    elif isinstance(file, _Primed):
        stream, resendable = _AsyncOneShot(counter.add(file.first), file.rest, counter), False
    elif isinstance(file, io.TextIOBase):
        raise FieldError("file", "is a text-mode file; open it in binary mode: open(path, 'rb')")
    elif hasattr(file, "read"):
        known = _file_size(file)  # type: ignore[arg-type]
        if known is not None:
            start, size = known
            stream = _SeekableStream(file, start, size)  # type: ignore[arg-type]
        else:
            chunks = iter(lambda: file.read(CHUNK), b"")
            stream, resendable = _OneShot(_first_chunk(chunks, counter), chunks, counter), False
    elif isinstance(file, Iterable) and not isinstance(file, str | Mapping):
        chunks = iter(file)
        stream, resendable = _OneShot(_first_chunk(chunks, counter), chunks, counter), False
    else:
        raise FieldError(
            "file",
            "must be a path, bytes, a binary file object or an iterable of bytes"
            f" (an async iterable in an async client); got {type(file).__name__}",
        )
    if size is not None:
        _check_size(size, spec)
        headers["Content-Length"] = str(size)
    else:
        headers["Transfer-Encoding"] = "chunked"
    return stream, headers, resendable


async def prime_async_body(body: Mapping[str, object] | None) -> Mapping[str, object] | None:
    """An async iterable body with its first chunk read (so an empty one is refused before
    sending); any other body as it is."""
    file = (body or {}).get("file")
    if body is None or not isinstance(file, AsyncIterable):
        return body
    rest = aiter(file)
    async for chunk in rest:
        if chunk:
            return {**body, "file": _Primed(chunk, rest)}
    raise _empty_error()


@contextlib.contextmanager
def part_file(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A file beside `target` to write into, renamed to `target` when the block ends
    normally and removed when it raises: `target` holds a whole body or is left as it was."""
    folder, name = os.path.split(os.path.abspath(os.fspath(target)))
    handle, part = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(part)
        raise


def _incomplete(response: httpx.Response, exc: httpx.TransportError) -> DownloadIncompleteError:
    """The error for a body that stopped: the bytes that arrived (some perhaps never yielded,
    being short of a whole chunk), of the `Content-Length` if the service gave one."""
    received = response.num_bytes_downloaded
    length = response.headers.get("content-length", "")
    expected = int(length) if length.isdigit() and "content-encoding" not in response.headers else None
    return DownloadIncompleteError(
        request=response.request, received=received, expected=expected, cause=type(exc).__name__
    )


def _checked(response: httpx.Response, chunk_size: int | None) -> Iterator[bytes]:
    try:
        yield from response.iter_bytes(chunk_size)
    except httpx.TransportError as exc:  # dropped, timed out or broken mid-body
        raise _incomplete(response, exc) from exc


async def _achecked(response: httpx.Response, chunk_size: int | None) -> AsyncIterator[bytes]:
    try:
        async for chunk in response.aiter_bytes(chunk_size):
            yield chunk
    except httpx.TransportError as exc:
        raise _incomplete(response, exc) from exc


class _Answer:
    """What both binary answers say about themselves: status, headers, media type."""

    __slots__ = ("http_response",)

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def content_type(self) -> str | None:
        """The answer's media type (`Content-Type`), if it has one."""
        value: str | None = self.http_response.headers.get("content-type")
        return value

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        """The answer's HTTP status."""
        return self.http_response.status_code


class BinaryResponse(_Answer):
    """A raw-bytes answer: `.read()`, `.iter_bytes()`, `.write_to_file(path)`, `.content_type`.

    From a plain call the body is already read; from `with_streaming_response` it is read as
    iterated, and the connection is released when the `with` block ends.
    """

    __slots__ = ()

    def read(self) -> bytes:
        """The whole body (held in memory: for a large one, iterate or write to a file)."""
        try:
            return self.http_response.read()
        except httpx.TransportError as exc:
            raise _incomplete(self.http_response, exc) from exc

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks (of `chunk_size` bytes, or as they arrive);
        `DownloadIncompleteError` if it stops part-way."""
        return _checked(self.http_response, chunk_size)

    def write_to_file(self, file: str | os.PathLike[str]) -> int:
        """Write the body to `file` chunk by chunk; returns the number of bytes written. The
        bytes go to a file beside it, renamed to `file` once the whole body is in: a download
        that stops (`DownloadIncompleteError`) leaves no file under that name."""
        written = 0
        with part_file(file) as out:
            for chunk in self.iter_bytes(CHUNK):
                written += out.write(chunk)
        return written

    def close(self) -> None:
        """Release the connection."""
        self.http_response.close()

    def __repr__(self) -> str:
        return f"<BinaryResponse [{self.status_code}] {self.content_type}>"


class AsyncBinaryResponse(_Answer):
    """The async twin of `BinaryResponse`, from `with_streaming_response` of an async client."""

    __slots__ = ()

    async def read(self) -> bytes:
        """The whole body (held in memory: for a large one, iterate or write to a file)."""
        try:
            return await self.http_response.aread()
        except httpx.TransportError as exc:
            raise _incomplete(self.http_response, exc) from exc

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks (of `chunk_size` bytes, or as they arrive);
        `DownloadIncompleteError` if it stops part-way."""
        return _achecked(self.http_response, chunk_size)

    async def write_to_file(self, file: str | os.PathLike[str]) -> int:
        """Write the body to `file` chunk by chunk; returns the number of bytes written. The
        bytes go to a file beside it, renamed to `file` once the whole body is in: a download
        that stops (`DownloadIncompleteError`) leaves no file under that name."""
        written = 0
        with part_file(file) as out:  # local disk writes of 64 KiB chunks
            async for chunk in self.iter_bytes(CHUNK):
                written += out.write(chunk)
        return written

    async def close(self) -> None:
        """Release the connection."""
        await self.http_response.aclose()

    def __repr__(self) -> str:
        return f"<AsyncBinaryResponse [{self.status_code}] {self.content_type}>"
