"""The sockets of a client (`x-websockets`), one attribute each: `client.stream`, ...

A client inherits `Sockets` or `AsyncSockets` and calls `_attach_sockets` with its socket
runtime. The attribute's class (in `websockets`, with the sockets as data) is imported when
the attribute is first read, so that a client that never opens a socket does not load them.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .websockets import (
        AsyncRawSocketRuntime,
        AsyncStream,
        AsyncTranscribe,
        RawSocketRuntime,
        Stream,
        Transcribe,
    )

__all__ = ["SOCKET_INDEX", "SOCKET_MESSAGE_UNIONS", "AsyncSockets", "Sockets"]

SOCKET_INDEX: dict[str, str] = {
    "stream": "Stream an interaction's audio in real time; transcripts (and facts) come back as it goes",
    "transcribe": "Dictate in real time; transcripts and voice commands come back as you speak",
}
"""Every socket's summary by client attribute (`websockets.WEBSOCKETS` as plain data): the
command line lists the socket commands from it without loading them."""

SOCKET_MESSAGE_UNIONS: tuple[str, ...] = (
    "StreamMessage",
    "TranscribeMessage",
)
"""The names of the sockets' message unions (`websockets.MESSAGE_UNIONS`), known without loading them."""


class Sockets:
    """The sockets of a sync client."""

    _socket_runtime: RawSocketRuntime

    def _attach_sockets(self, runtime: RawSocketRuntime) -> None:
        self._socket_runtime = runtime

    @cached_property
    def stream(self) -> Stream:
        """Stream an interaction's audio in real time; transcripts (and facts) come back as it goes: `with client.stream.connect(...) as session`."""
        from .websockets import Stream

        return Stream(self._socket_runtime)

    @cached_property
    def transcribe(self) -> Transcribe:
        """Dictate in real time; transcripts and voice commands come back as you speak: `with client.transcribe.connect(...) as session`."""
        from .websockets import Transcribe

        return Transcribe(self._socket_runtime)


class AsyncSockets:
    """The sockets of an async client."""

    _socket_runtime: AsyncRawSocketRuntime

    def _attach_sockets(self, runtime: AsyncRawSocketRuntime) -> None:
        self._socket_runtime = runtime

    @cached_property
    def stream(self) -> AsyncStream:
        """Stream an interaction's audio in real time; transcripts (and facts) come back as it goes: `async with client.stream.connect(...) as session`."""
        from .websockets import AsyncStream

        return AsyncStream(self._socket_runtime)

    @cached_property
    def transcribe(self) -> AsyncTranscribe:
        """Dictate in real time; transcripts and voice commands come back as you speak: `async with client.transcribe.connect(...) as session`."""
        from .websockets import AsyncTranscribe

        return AsyncTranscribe(self._socket_runtime)
