"""Real-time sockets (`x-websockets`): their contract with the socket runtime (what `types`
re-exports on first use, so that only a client using a socket pays for it)."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from os import PathLike
from typing import Any, Literal, NamedTuple, Protocol, TypeVar

from .types import NOT_GIVEN, NotGiven, Param

# -- real-time sockets (`x-websockets`): the socket resources (`websockets.py`) describe each
# endpoint as data (`WebSocket`) and hand it to a socket runtime, which runs the session.

MessageT_co = TypeVar("MessageT_co", covariant=True)


@dataclass(frozen=True, slots=True)
class WebSocket:
    """One real-time socket of the spec, as data: everything a session runtime needs.

    Model names (`config`, `messages`, ...) are resolved from the `models` package when a
    session needs them, so describing a socket imports no model.
    """

    name: str  # the client attribute, e.g. `stream`
    summary: str
    path: str  # below the socket base, with `{name}` placeholders (the Python names of `path_params`)
    path_params: tuple[Param, ...]
    query: tuple[str, ...]  # the query parameters the client sets (`tenant-name`, `token`)
    config: str  # the client's config message (its `configuration` is the caller's)
    configuration: str
    flush: str
    end: str
    messages: Mapping[str, str]  # message type -> model, from the spec's discriminator
    accept: frozenset[str]  # types that accept the config
    already_configured: frozenset[str]  # a second config: the session goes on
    refuse: frozenset[str]  # types that refuse the config (or say none came in time)
    flushed: str
    usage: str
    end_types: frozenset[str]
    error: str
    config_deadline: float  # seconds the service waits for the config
    cli_default: Mapping[str, Any]  # the configuration the command line starts from
    cli_flags: Mapping[str, tuple[str, ...]]  # flag -> the configuration fields it sets (dotted)
    audio_formats: Mapping[str, AudioFormat]  # MIME type (lower case) -> what it is; others refused


@dataclass(frozen=True, slots=True)
class AudioFormat:
    """One audio MIME type the sockets take (the spec's `x-websockets.audio-formats`)."""

    mime: str  # lower case, without parameters, e.g. `audio/ogg`
    container: str  # how a file's timing is read: ogg, webm, mp3, flac, mp4 or pcm
    parameters: tuple[str, ...]  # the parameters the type requires (raw PCM: rate, channels, bits)
    inferred: bool  # the spelling is a guess, not a documented fact


def _renamed(old: str, new: str) -> None:
    warnings.warn(f"{old} is deprecated; use .{new}", DeprecationWarning, stacklevel=3)


@dataclass(frozen=True, slots=True)
class UnknownMessage:
    """A message of a type this client does not know (or that does not fit its model): kept
    whole, never an error. `type_` is its `type` field (None if it has none), the name every
    socket message gives its type."""

    type_: str | None
    data: Mapping[str, Any]

    @property
    def type(self) -> str | None:
        """Deprecated: `type_`, as on every other socket message."""
        _renamed("UnknownMessage.type", "type_")
        return self.type_


@dataclass(frozen=True, slots=True)
class Reconnected:
    """Yielded among a session's messages after the socket dropped and was opened again (a
    fresh token, the config accepted again). Corti does not acknowledge audio: what the client
    sent since the service last confirmed it (a final transcript's end time, `flushed`) may
    be gone with the old connection. That unconfirmed audio was either re-sent on the new one
    (`audio_resent`, at-least-once: its span may be transcribed twice) or may be lost
    (`audio_lost`, an upper bound). Bytes, and seconds (None when the duration is unknown).
    The service's times start again from 0 on the new connection; an encoder's stream must
    start again with its header (`stream_file` does this itself)."""

    attempt: int  # 1 for the first attempt of this outage
    reason: str  # why the socket dropped (a close code, a network error), without secrets
    audio_lost: int
    audio_lost_seconds: float | None = None
    audio_resent: int = 0
    audio_resent_seconds: float | None = 0.0
    type_: Literal["reconnected"] = "reconnected"  # named as every socket message's type

    @property
    def type(self) -> Literal["reconnected"]:
        """Deprecated: `type_`, as on every other socket message."""
        _renamed("Reconnected.type", "type_")
        return self.type_


class SocketOptions(NamedTuple):
    """Per-session options of `connect()`."""

    config_timeout: float | NotGiven = NOT_GIVEN
    max_reconnects: int | NotGiven = NOT_GIVEN
    ping_interval: float | None | NotGiven = NOT_GIVEN
    extra_configuration: Mapping[str, object] | None = None  # merged after the check
    resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN


class SyncSocketSession(Protocol[MessageT_co]):
    """An open, configured socket session (sync); iterate it for the service's messages."""

    @property
    def accepted(self) -> Any:
        """The message that accepted the config (with the configuration in effect)."""

    @property
    def audio_sent(self) -> int:
        """Audio bytes handed over so far (`send_audio`, `stream_file`)."""

    @property
    def audio_lost(self) -> int:
        """Audio bytes that may not have reached the service (an upper bound): what reconnects
        reported, and what the service has not confirmed yet unless it ended the session."""

    @property
    def audio_lost_seconds(self) -> float | None:
        """`audio_lost` in seconds (None when a lost chunk's duration is unknown)."""

    def send_audio(self, chunk: bytes | bytearray | memoryview) -> None:
        """Send one chunk of audio; waits while the socket's buffer is full."""

    def flush(self, *, timeout: float | None = None) -> None:
        """Ask for the results so far; returns when `flushed` arrives (the session stays open)."""

    def end(self, *, timeout: float | None = None) -> Any:
        """End the session: returns the usage summed over every connection (None if none
        came) once the service ended it, read or not; then closes."""

    def stream_file(self, path: str | PathLike[str], *, chunk_ms: int = 250, realtime: bool = True) -> float:
        """Send a file's audio in about `chunk_ms` chunks cut at frame boundaries, at real-time
        speed (from the file's own timing) unless `realtime=False`; after a reconnect the
        container's header goes again first, then the audio from a frame a decoder can start
        at. Returns the seconds of audio handed over less what reconnects reported lost
        meanwhile (the rest is confirmed by `end()`)."""

    def close(self) -> None:
        """Close the socket without ending the session."""

    def __iter__(self) -> Iterator[MessageT_co]:
        """Every message until the session ends or closes."""


class AsyncSocketSession(Protocol[MessageT_co]):
    """An open, configured socket session (async); `async for` it for the service's messages."""

    @property
    def accepted(self) -> Any:
        """The message that accepted the config (with the configuration in effect)."""

    @property
    def audio_sent(self) -> int:
        """Audio bytes handed over so far (`send_audio`, `stream_file`)."""

    @property
    def audio_lost(self) -> int:
        """Audio bytes that may not have reached the service (an upper bound): what reconnects
        reported, and what the service has not confirmed yet unless it ended the session."""

    @property
    def audio_lost_seconds(self) -> float | None:
        """`audio_lost` in seconds (None when a lost chunk's duration is unknown)."""

    async def send_audio(self, chunk: bytes | bytearray | memoryview) -> None:
        """Send one chunk of audio; waits while the socket's buffer is full."""

    async def flush(self, *, timeout: float | None = None) -> None:
        """Ask for the results so far; returns when `flushed` arrives (the session stays open)."""

    async def end(self, *, timeout: float | None = None) -> Any:
        """End the session: returns the usage summed over every connection (None if none
        came) once the service ended it, read or not; then closes."""

    async def stream_file(self, path: str | PathLike[str], *, chunk_ms: int = 250, realtime: bool = True) -> float:
        """Send a file's audio in about `chunk_ms` chunks cut at frame boundaries, at real-time
        speed (from the file's own timing) unless `realtime=False`; after a reconnect the
        container's header goes again first, then the audio from a frame a decoder can start
        at. Returns the seconds of audio handed over less what reconnects reported lost
        meanwhile (the rest is confirmed by `end()`)."""

    async def close(self) -> None:
        """Close the socket without ending the session."""

    def __aiter__(self) -> AsyncIterator[MessageT_co]:
        """Every message until the session ends or closes."""


class SyncSocketRuntime(Protocol):
    """What the sync socket resources call: open, configure and run a session."""

    def connect(
        self, socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
    ) -> AbstractContextManager[SyncSocketSession[Any]]:
        """A context manager that opens `socket` and returns once the config is accepted."""


class AsyncSocketRuntime(Protocol):
    """What the async socket resources call: open, configure and run a session."""

    def connect(
        self, socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
    ) -> AbstractAsyncContextManager[AsyncSocketSession[Any]]:
        """An async context manager that opens `socket` and returns once the config is accepted."""


__all__ = [
    "AsyncSocketRuntime",
    "AsyncSocketSession",
    "AudioFormat",
    "Reconnected",
    "SocketOptions",
    "SyncSocketRuntime",
    "SyncSocketSession",
    "UnknownMessage",
    "WebSocket",
]
