"""The real-time sockets of the spec (`x-websockets`): each as data (`WEBSOCKETS`) and as the
object behind a client attribute that connects to it (`client.stream`: see `sockets`).

A socket runtime opens the socket, sends the config and runs the session; this package never
imports it. This module loads with a client's first socket, not with the client. The message models are named, not imported: a runtime resolves them from
`models` when a session needs them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol
from uuid import UUID

from .socket_types import (
    AsyncSocketRuntime,
    AsyncSocketSession,
    AudioFormat,
    Reconnected,
    SocketOptions,
    SyncSocketRuntime,
    SyncSocketSession,
    UnknownMessage,
    WebSocket,
)
from .types import NOT_GIVEN, NotGiven, Param

if TYPE_CHECKING:
    from .models import (
        SocketAudioEventMessage,
        SocketDeltaUsageMessage,
        SocketErrorMessage,
        SocketFlushedMessage,
        SocketUsageMessage,
        StreamConfig,
        StreamConfigStatusMessage,
        StreamEndedMessage,
        StreamFactsMessage,
        StreamTranscriptMessage,
        TranscribeCommandMessage,
        TranscribeConfig,
        TranscribeConfigStatusMessage,
        TranscribeEndedMessage,
        TranscribeTranscriptMessage,
    )

    StreamMessage = (
        StreamConfigStatusMessage
        | StreamTranscriptMessage
        | StreamFactsMessage
        | SocketFlushedMessage
        | SocketDeltaUsageMessage
        | SocketUsageMessage
        | StreamEndedMessage
        | SocketErrorMessage
        | SocketAudioEventMessage
        | UnknownMessage
        | Reconnected
    )
    """What iterating a `client.stream` session yields."""

    TranscribeMessage = (
        TranscribeConfigStatusMessage
        | TranscribeTranscriptMessage
        | TranscribeCommandMessage
        | SocketFlushedMessage
        | SocketDeltaUsageMessage
        | SocketUsageMessage
        | TranscribeEndedMessage
        | SocketErrorMessage
        | SocketAudioEventMessage
        | UnknownMessage
        | Reconnected
    )
    """What iterating a `client.transcribe` session yields."""

else:  # at run time each union is built on first use, as the models load lazily

    def __getattr__(name: str) -> Any:
        names = MESSAGE_UNIONS.get(name)
        if names is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from . import models

        union: Any = UnknownMessage | Reconnected
        for model in reversed(names):
            union = getattr(models, model) | union
        return union


MESSAGE_UNIONS: Mapping[str, tuple[str, ...]] = {
    "StreamMessage": (
        "StreamConfigStatusMessage",
        "StreamTranscriptMessage",
        "StreamFactsMessage",
        "SocketFlushedMessage",
        "SocketDeltaUsageMessage",
        "SocketUsageMessage",
        "StreamEndedMessage",
        "SocketErrorMessage",
        "SocketAudioEventMessage",
    ),
    "TranscribeMessage": (
        "TranscribeConfigStatusMessage",
        "TranscribeTranscriptMessage",
        "TranscribeCommandMessage",
        "SocketFlushedMessage",
        "SocketDeltaUsageMessage",
        "SocketUsageMessage",
        "TranscribeEndedMessage",
        "SocketErrorMessage",
        "SocketAudioEventMessage",
    ),
}
"""The message union of each socket (`StreamMessage`, ...): the models of the messages a
session yields, besides `UnknownMessage` and `Reconnected`; the union itself is an attribute
of this module, at run time too."""

__all__ = [
    "AUDIO_FORMATS",
    "MESSAGE_UNIONS",
    "SOCKET_SERVER",
    "REST_SERVER",
    "WEBSOCKETS",
    "AsyncRawSocketRuntime",
    "AsyncRawSocketSession",
    "RawSocketRuntime",
    "RawSocketSession",
    "Stream",
    "AsyncStream",
    "StreamMessage",
    "StreamSession",
    "AsyncStreamSession",
    "Transcribe",
    "AsyncTranscribe",
    "TranscribeMessage",
    "TranscribeSession",
    "AsyncTranscribeSession",
]

SOCKET_SERVER = "wss://api.{environment}.corti.app/audio-bridge/v2"
"""The socket base of one environment; a client derives its own from its REST base."""
REST_SERVER = "https://api.{environment}.corti.app/v2"
"""The REST base of one environment (the spec's first server)."""

AUDIO_FORMATS: Mapping[str, AudioFormat] = {
    "audio/ogg": AudioFormat("audio/ogg", "ogg", (), False),
    "audio/opus": AudioFormat("audio/opus", "ogg", (), False),
    "audio/vorbis": AudioFormat("audio/vorbis", "ogg", (), False),
    "audio/webm": AudioFormat("audio/webm", "webm", (), False),
    "audio/mpeg": AudioFormat("audio/mpeg", "mp3", (), False),
    "audio/mp3": AudioFormat("audio/mp3", "mp3", (), False),
    "audio/mpeg3": AudioFormat("audio/mpeg3", "mp3", (), False),
    "audio/flac": AudioFormat("audio/flac", "flac", (), False),
    "audio/mp4": AudioFormat("audio/mp4", "mp4", (), False),
    "audio/m4a": AudioFormat("audio/m4a", "mp4", (), False),
    "audio/pcm": AudioFormat("audio/pcm", "pcm", ("rate", "channels", "bits"), True),
}
"""The audio MIME types both sockets take (`x-websockets.audio-formats`); any other is refused."""

STREAM = WebSocket(
    name="stream",
    summary="Stream an interaction's audio in real time; transcripts (and facts) come back as it goes",
    path="/interactions/{interaction_id}/streams",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query=("tenant-name", "token"),
    config="StreamConfigMessage",
    configuration="StreamConfig",
    flush="SocketFlushMessage",
    end="SocketEndMessage",
    messages={
        "CONFIG_ACCEPTED": "StreamConfigStatusMessage",
        "CONFIG_DENIED": "StreamConfigStatusMessage",
        "CONFIG_MISSING": "StreamConfigStatusMessage",
        "CONFIG_NOT_PROVIDED": "StreamConfigStatusMessage",
        "CONFIG_ALREADY_RECEIVED": "StreamConfigStatusMessage",
        "CONFIG_TIMEOUT": "StreamConfigStatusMessage",
        "transcript": "StreamTranscriptMessage",
        "facts": "StreamFactsMessage",
        "flushed": "SocketFlushedMessage",
        "delta_usage": "SocketDeltaUsageMessage",
        "usage": "SocketUsageMessage",
        "ENDED": "StreamEndedMessage",
        "error": "SocketErrorMessage",
        "audioEvent": "SocketAudioEventMessage",
    },
    accept=frozenset(("CONFIG_ACCEPTED",)),
    already_configured=frozenset(("CONFIG_ALREADY_RECEIVED",)),
    refuse=frozenset(("CONFIG_DENIED", "CONFIG_MISSING", "CONFIG_NOT_PROVIDED", "CONFIG_TIMEOUT")),
    flushed="flushed",
    usage="usage",
    end_types=frozenset(("ENDED",)),
    error="error",
    config_deadline=10.0,
    cli_default={
        "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "multiple"}]},
        "mode": {"type": "transcription"},
    },
    cli_flags={
        "--mode": ("mode.type",),
        "--language": ("transcription.primaryLanguage",),
        "--audio-format": ("audioFormat",),
    },
    audio_formats=AUDIO_FORMATS,
)

TRANSCRIBE = WebSocket(
    name="transcribe",
    summary="Dictate in real time; transcripts and voice commands come back as you speak",
    path="/transcribe",
    path_params=(),
    query=("tenant-name", "token"),
    config="TranscribeConfigMessage",
    configuration="TranscribeConfig",
    flush="SocketFlushMessage",
    end="SocketEndMessage",
    messages={
        "CONFIG_ACCEPTED": "TranscribeConfigStatusMessage",
        "CONFIG_DENIED": "TranscribeConfigStatusMessage",
        "CONFIG_TIMEOUT": "TranscribeConfigStatusMessage",
        "CONFIG_MISSING": "TranscribeConfigStatusMessage",
        "CONFIG_ALREADY_RECEIVED": "TranscribeConfigStatusMessage",
        "transcript": "TranscribeTranscriptMessage",
        "command": "TranscribeCommandMessage",
        "flushed": "SocketFlushedMessage",
        "delta_usage": "SocketDeltaUsageMessage",
        "usage": "SocketUsageMessage",
        "ended": "TranscribeEndedMessage",
        "error": "SocketErrorMessage",
        "audioEvent": "SocketAudioEventMessage",
    },
    accept=frozenset(("CONFIG_ACCEPTED",)),
    already_configured=frozenset(("CONFIG_ALREADY_RECEIVED",)),
    refuse=frozenset(("CONFIG_DENIED", "CONFIG_MISSING", "CONFIG_TIMEOUT")),
    flushed="flushed",
    usage="usage",
    end_types=frozenset(("ended",)),
    error="error",
    config_deadline=10.0,
    cli_default={"primaryLanguage": "en"},
    cli_flags={
        "--language": ("primaryLanguage",),
        "--interim": ("interimResults",),
        "--audio-format": ("audioFormat",),
    },
    audio_formats=AUDIO_FORMATS,
)

WEBSOCKETS: Mapping[str, WebSocket] = {
    "stream": STREAM,
    "transcribe": TRANSCRIBE,
}
"""Every socket of the spec, by client attribute."""


class RawSocketSession(Protocol):
    """A raw socket session (sync): frames go out and come in as they are (`bytes` binary,
    `str` text); nothing is sent on the caller's behalf."""

    close_code: int | None
    close_reason: str

    def send(self, frame: bytes | bytearray | memoryview | str) -> None:
        """Send one frame: text if a `str`, binary otherwise."""

    def recv(self, timeout: float | None = None) -> bytes | str | None:
        """The next frame; None once the socket has closed."""

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket with `code`."""

    def __iter__(self) -> Iterator[bytes | str]:
        """Every frame until the socket closes."""


class AsyncRawSocketSession(Protocol):
    """A raw socket session (async); see `RawSocketSession`."""

    close_code: int | None
    close_reason: str

    async def send(self, frame: bytes | bytearray | memoryview | str) -> None:
        """Send one frame: text if a `str`, binary otherwise."""

    async def recv(self) -> bytes | str | None:
        """The next frame; None once the socket has closed."""

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket with `code`."""

    def __aiter__(self) -> AsyncIterator[bytes | str]:
        """Every frame until the socket closes."""


class RawSocketRuntime(SyncSocketRuntime, Protocol):
    """A sync socket runtime that also opens raw sessions."""

    def connect_raw(
        self,
        socket: WebSocket,
        path: tuple[object, ...],
        *,
        ping_interval: float | None | NotGiven,
        max_frame: int | NotGiven,
    ) -> AbstractContextManager[RawSocketSession]:
        """A context manager that opens `socket` and sends nothing."""


class AsyncRawSocketRuntime(AsyncSocketRuntime, Protocol):
    """An async socket runtime that also opens raw sessions."""

    def connect_raw(
        self,
        socket: WebSocket,
        path: tuple[object, ...],
        *,
        ping_interval: float | None | NotGiven,
        max_frame: int | NotGiven,
    ) -> AbstractAsyncContextManager[AsyncRawSocketSession]:
        """An async context manager that opens `socket` and sends nothing."""


class StreamSession(SyncSocketSession["StreamMessage"], Protocol):
    """A `client.stream` session: `accepted` and `end()` typed for this socket."""

    @property
    def accepted(self) -> StreamConfigStatusMessage:
        """The message that accepted the config (with the configuration in effect)."""

    def end(self, *, timeout: float | None = None) -> SocketUsageMessage | None:
        """End the session: returns the final usage message (None if none came), then closes."""


class AsyncStreamSession(AsyncSocketSession["StreamMessage"], Protocol):
    """A `client.stream` session (async): `accepted` and `end()` typed for this socket."""

    @property
    def accepted(self) -> StreamConfigStatusMessage:
        """The message that accepted the config (with the configuration in effect)."""

    async def end(self, *, timeout: float | None = None) -> SocketUsageMessage | None:
        """End the session: returns the final usage message (None if none came), then closes."""


class TranscribeSession(SyncSocketSession["TranscribeMessage"], Protocol):
    """A `client.transcribe` session: `accepted` and `end()` typed for this socket."""

    @property
    def accepted(self) -> TranscribeConfigStatusMessage:
        """The message that accepted the config (with the configuration in effect)."""

    def end(self, *, timeout: float | None = None) -> SocketUsageMessage | None:
        """End the session: returns the final usage message (None if none came), then closes."""


class AsyncTranscribeSession(AsyncSocketSession["TranscribeMessage"], Protocol):
    """A `client.transcribe` session (async): `accepted` and `end()` typed for this socket."""

    @property
    def accepted(self) -> TranscribeConfigStatusMessage:
        """The message that accepted the config (with the configuration in effect)."""

    async def end(self, *, timeout: float | None = None) -> SocketUsageMessage | None:
        """End the session: returns the final usage message (None if none came), then closes."""


class Stream:
    """`client.stream`: Stream an interaction's audio in real time; transcripts (and facts) come back as it goes."""

    def __init__(self, runtime: RawSocketRuntime) -> None:
        self._runtime = runtime

    def connect(
        self,
        interaction_id: UUID | str,
        *,
        configuration: StreamConfig | Mapping[str, Any],
        config_timeout: float | NotGiven = NOT_GIVEN,
        max_reconnects: int | NotGiven = NOT_GIVEN,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        extra_configuration: Mapping[str, object] | None = None,
        resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[StreamSession]:
        """Stream an interaction's audio in real time; transcripts (and facts) come back as it goes: `with` a session.

        Opens `/interactions/{interaction_id}/streams`, sends `configuration` and returns once the service accepts
        it (`ConfigRefusedError` and the other `StreamError`s if it does not). Then
        `send_audio()`, `stream_file()`, `flush()`, `end()`, and `for message in session`.

        Args:
            interaction_id: The interaction's id (from `client.interactions.create`).
            configuration: the `StreamConfig` (a model or its JSON form).
            config_timeout: seconds to wait for the config's acceptance (default:
                the service's own deadline, 10.0 s, plus a margin).
            max_reconnects: attempts to reopen the socket after a drop, per outage (default
                5; 0: none); a connection that worked gives the next outage all of them.
            ping_interval: seconds between keep-alive pings (default 2; a pong is awaited twice
                that, so a dead connection is noticed within 6 s; None: no pings).
            extra_configuration: fields merged into the configuration after its check, for
                one the service has and this spec not yet (as `extra_body` for a REST call).
            resend_unconfirmed: after a reconnect, re-send the audio the service had not
                confirmed (at-least-once: that span may be transcribed twice). Default None:
                when the audio can be resumed (raw PCM, or `stream_file` re-sending the file's
                header); False reports it in `Reconnected.audio_lost` instead.
        """

        return self._runtime.connect(
            STREAM,
            (interaction_id,),
            configuration,
            SocketOptions(
                config_timeout,
                max_reconnects,
                ping_interval,
                extra_configuration=extra_configuration,
                resend_unconfirmed=resend_unconfirmed,
            ),
        )

    def connect_raw(
        self,
        interaction_id: UUID | str,
        *,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        max_frame: int | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[RawSocketSession]:
        """Stream an interaction's audio in real time; transcripts (and facts) come back as it goes, raw: `with` a socket and forward frames yourself.

        Opens `/interactions/{interaction_id}/streams` with a fresh token and sends nothing: no config, no end.
        `send(frame)` (`bytes` binary, `str` text), `for frame in session` (frames as
        they come, unparsed), `close(code)`; `close_code` once closed. No reconnects.

        Args:
            interaction_id: The interaction's id (from `client.interactions.create`).
            ping_interval: seconds between keep-alive pings (default 20; None: no pings).
            max_frame: the largest frame accepted from the service, in bytes (default 1 MiB).
        """

        return self._runtime.connect_raw(
            STREAM,
            (interaction_id,),
            ping_interval=ping_interval,
            max_frame=max_frame,
        )


class AsyncStream:
    """`client.stream` (async): Stream an interaction's audio in real time; transcripts (and facts) come back as it goes."""

    def __init__(self, runtime: AsyncRawSocketRuntime) -> None:
        self._runtime = runtime

    def connect(
        self,
        interaction_id: UUID | str,
        *,
        configuration: StreamConfig | Mapping[str, Any],
        config_timeout: float | NotGiven = NOT_GIVEN,
        max_reconnects: int | NotGiven = NOT_GIVEN,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        extra_configuration: Mapping[str, object] | None = None,
        resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncStreamSession]:
        """Stream an interaction's audio in real time; transcripts (and facts) come back as it goes: `async with` a session.

        Opens `/interactions/{interaction_id}/streams`, sends `configuration` and returns once the service accepts
        it (`ConfigRefusedError` and the other `StreamError`s if it does not). Then
        `send_audio()`, `stream_file()`, `flush()`, `end()`, and `async for message in session`.

        Args:
            interaction_id: The interaction's id (from `client.interactions.create`).
            configuration: the `StreamConfig` (a model or its JSON form).
            config_timeout: seconds to wait for the config's acceptance (default:
                the service's own deadline, 10.0 s, plus a margin).
            max_reconnects: attempts to reopen the socket after a drop, per outage (default
                5; 0: none); a connection that worked gives the next outage all of them.
            ping_interval: seconds between keep-alive pings (default 2; a pong is awaited twice
                that, so a dead connection is noticed within 6 s; None: no pings).
            extra_configuration: fields merged into the configuration after its check, for
                one the service has and this spec not yet (as `extra_body` for a REST call).
            resend_unconfirmed: after a reconnect, re-send the audio the service had not
                confirmed (at-least-once: that span may be transcribed twice). Default None:
                when the audio can be resumed (raw PCM, or `stream_file` re-sending the file's
                header); False reports it in `Reconnected.audio_lost` instead.
        """

        return self._runtime.connect(
            STREAM,
            (interaction_id,),
            configuration,
            SocketOptions(
                config_timeout,
                max_reconnects,
                ping_interval,
                extra_configuration=extra_configuration,
                resend_unconfirmed=resend_unconfirmed,
            ),
        )

    def connect_raw(
        self,
        interaction_id: UUID | str,
        *,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        max_frame: int | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncRawSocketSession]:
        """Stream an interaction's audio in real time; transcripts (and facts) come back as it goes, raw: `async with` a socket and forward frames yourself.

        Opens `/interactions/{interaction_id}/streams` with a fresh token and sends nothing: no config, no end.
        `send(frame)` (`bytes` binary, `str` text), `async for frame in session` (frames as
        they come, unparsed), `close(code)`; `close_code` once closed. No reconnects.

        Args:
            interaction_id: The interaction's id (from `client.interactions.create`).
            ping_interval: seconds between keep-alive pings (default 20; None: no pings).
            max_frame: the largest frame accepted from the service, in bytes (default 1 MiB).
        """

        return self._runtime.connect_raw(
            STREAM,
            (interaction_id,),
            ping_interval=ping_interval,
            max_frame=max_frame,
        )


class Transcribe:
    """`client.transcribe`: Dictate in real time; transcripts and voice commands come back as you speak."""

    def __init__(self, runtime: RawSocketRuntime) -> None:
        self._runtime = runtime

    def connect(
        self,
        *,
        configuration: TranscribeConfig | Mapping[str, Any],
        config_timeout: float | NotGiven = NOT_GIVEN,
        max_reconnects: int | NotGiven = NOT_GIVEN,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        extra_configuration: Mapping[str, object] | None = None,
        resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[TranscribeSession]:
        """Dictate in real time; transcripts and voice commands come back as you speak: `with` a session.

        Opens `/transcribe`, sends `configuration` and returns once the service accepts
        it (`ConfigRefusedError` and the other `StreamError`s if it does not). Then
        `send_audio()`, `stream_file()`, `flush()`, `end()`, and `for message in session`.

        Args:
            configuration: the `TranscribeConfig` (a model or its JSON form).
            config_timeout: seconds to wait for the config's acceptance (default:
                the service's own deadline, 10.0 s, plus a margin).
            max_reconnects: attempts to reopen the socket after a drop, per outage (default
                5; 0: none); a connection that worked gives the next outage all of them.
            ping_interval: seconds between keep-alive pings (default 2; a pong is awaited twice
                that, so a dead connection is noticed within 6 s; None: no pings).
            extra_configuration: fields merged into the configuration after its check, for
                one the service has and this spec not yet (as `extra_body` for a REST call).
            resend_unconfirmed: after a reconnect, re-send the audio the service had not
                confirmed (at-least-once: that span may be transcribed twice). Default None:
                when the audio can be resumed (raw PCM, or `stream_file` re-sending the file's
                header); False reports it in `Reconnected.audio_lost` instead.
        """

        return self._runtime.connect(
            TRANSCRIBE,
            (),
            configuration,
            SocketOptions(
                config_timeout,
                max_reconnects,
                ping_interval,
                extra_configuration=extra_configuration,
                resend_unconfirmed=resend_unconfirmed,
            ),
        )

    def connect_raw(
        self,
        *,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        max_frame: int | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[RawSocketSession]:
        """Dictate in real time; transcripts and voice commands come back as you speak, raw: `with` a socket and forward frames yourself.

        Opens `/transcribe` with a fresh token and sends nothing: no config, no end.
        `send(frame)` (`bytes` binary, `str` text), `for frame in session` (frames as
        they come, unparsed), `close(code)`; `close_code` once closed. No reconnects.

        Args:
            ping_interval: seconds between keep-alive pings (default 20; None: no pings).
            max_frame: the largest frame accepted from the service, in bytes (default 1 MiB).
        """

        return self._runtime.connect_raw(
            TRANSCRIBE,
            (),
            ping_interval=ping_interval,
            max_frame=max_frame,
        )


class AsyncTranscribe:
    """`client.transcribe` (async): Dictate in real time; transcripts and voice commands come back as you speak."""

    def __init__(self, runtime: AsyncRawSocketRuntime) -> None:
        self._runtime = runtime

    def connect(
        self,
        *,
        configuration: TranscribeConfig | Mapping[str, Any],
        config_timeout: float | NotGiven = NOT_GIVEN,
        max_reconnects: int | NotGiven = NOT_GIVEN,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        extra_configuration: Mapping[str, object] | None = None,
        resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncTranscribeSession]:
        """Dictate in real time; transcripts and voice commands come back as you speak: `async with` a session.

        Opens `/transcribe`, sends `configuration` and returns once the service accepts
        it (`ConfigRefusedError` and the other `StreamError`s if it does not). Then
        `send_audio()`, `stream_file()`, `flush()`, `end()`, and `async for message in session`.

        Args:
            configuration: the `TranscribeConfig` (a model or its JSON form).
            config_timeout: seconds to wait for the config's acceptance (default:
                the service's own deadline, 10.0 s, plus a margin).
            max_reconnects: attempts to reopen the socket after a drop, per outage (default
                5; 0: none); a connection that worked gives the next outage all of them.
            ping_interval: seconds between keep-alive pings (default 2; a pong is awaited twice
                that, so a dead connection is noticed within 6 s; None: no pings).
            extra_configuration: fields merged into the configuration after its check, for
                one the service has and this spec not yet (as `extra_body` for a REST call).
            resend_unconfirmed: after a reconnect, re-send the audio the service had not
                confirmed (at-least-once: that span may be transcribed twice). Default None:
                when the audio can be resumed (raw PCM, or `stream_file` re-sending the file's
                header); False reports it in `Reconnected.audio_lost` instead.
        """

        return self._runtime.connect(
            TRANSCRIBE,
            (),
            configuration,
            SocketOptions(
                config_timeout,
                max_reconnects,
                ping_interval,
                extra_configuration=extra_configuration,
                resend_unconfirmed=resend_unconfirmed,
            ),
        )

    def connect_raw(
        self,
        *,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        max_frame: int | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncRawSocketSession]:
        """Dictate in real time; transcripts and voice commands come back as you speak, raw: `async with` a socket and forward frames yourself.

        Opens `/transcribe` with a fresh token and sends nothing: no config, no end.
        `send(frame)` (`bytes` binary, `str` text), `async for frame in session` (frames as
        they come, unparsed), `close(code)`; `close_code` once closed. No reconnects.

        Args:
            ping_interval: seconds between keep-alive pings (default 20; None: no pings).
            max_frame: the largest frame accepted from the service, in bytes (default 1 MiB).
        """

        return self._runtime.connect_raw(
            TRANSCRIBE,
            (),
            ping_interval=ping_interval,
            max_frame=max_frame,
        )
