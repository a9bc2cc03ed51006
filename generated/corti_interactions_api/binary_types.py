"""Raw-bytes bodies and answers: the contract between the generated resources and the runtime
(what `types` re-exports on first use, so that only a client using them pays for them)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import IO, Protocol, runtime_checkable

import httpx

from .types import BinaryBody  # defined there: the operations that take one are built without this module

BinaryInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | Iterable[bytes]
"""What a raw-bytes body takes: a path, bytes, a binary file object or an iterable of bytes."""

AsyncBinaryInput = BinaryInput | AsyncIterable[bytes]
"""What a raw-bytes body takes in an async client: also an async iterable of bytes."""


@runtime_checkable
class BinaryResponse(Protocol):
    """A raw-bytes answer (a recording): `.read()`, `.iter_bytes()`, `.write_to_file(path)`.

    >>> client.recordings.get(interaction_id, recording_id).write_to_file("visit.webm")
    >>> with client.recordings.with_streaming_response.get(interaction_id, recording_id) as audio:
    ...     for chunk in audio.iter_bytes():  # read as iterated: constant memory
    ...         sink.write(chunk)
    """

    @property
    def content_type(self) -> str | None:
        """The answer's media type (`Content-Type`), if it has one."""

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""

    def read(self) -> bytes:
        """The whole body."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks."""

    def write_to_file(self, file: str | os.PathLike[str]) -> int:
        """Write the body to `file` chunk by chunk; returns the number of bytes written."""

    def close(self) -> None:
        """Release the connection (the context manager does this)."""


@runtime_checkable
class AsyncBinaryResponse(Protocol):
    """The async twin of `BinaryResponse`, from `with_streaming_response` of an async client."""

    @property
    def content_type(self) -> str | None:
        """The answer's media type (`Content-Type`), if it has one."""

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""

    async def read(self) -> bytes:
        """The whole body."""

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks."""

    async def write_to_file(self, file: str | os.PathLike[str]) -> int:
        """Write the body to `file` chunk by chunk; returns the number of bytes written."""

    async def close(self) -> None:
        """Release the connection (the context manager does this)."""


__all__ = [
    "AsyncBinaryInput",
    "AsyncBinaryResponse",
    "BinaryBody",
    "BinaryInput",
    "BinaryResponse",
]
