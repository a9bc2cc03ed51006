"""The real-time sockets of the spec (`x-websockets`): each as data (`WEBSOCKETS`) and as the
client attribute that connects to it (`Sockets`, `AsyncSockets`).

A client inherits `Sockets` or `AsyncSockets` and calls `_attach_sockets` with its socket
runtime, which opens the socket, sends the config and runs the session; this package never
imports it. The message models are named, not imported: a runtime resolves them from
`models` when a session needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .types import (
    NOT_GIVEN,
    AsyncSocketRuntime,
    AsyncSocketSession,
    NotGiven,
    Param,
    Reconnected,
    SocketOptions,
    SyncSocketRuntime,
    SyncSocketSession,
    UnknownMessage,
    WebSocket,
)

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

__all__ = [
    "SOCKET_SERVER",
    "REST_SERVER",
    "WEBSOCKETS",
    "AsyncSockets",
    "Sockets",
    "Stream",
    "AsyncStream",
    "Transcribe",
    "AsyncTranscribe",
]

SOCKET_SERVER = "wss://api.{environment}.corti.app/audio-bridge/v2"
"""The socket base of one environment; a client derives its own from its REST base."""
REST_SERVER = "https://api.{environment}.corti.app/v2"
"""The REST base of one environment (the spec's first server)."""

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
)

WEBSOCKETS: Mapping[str, WebSocket] = {
    "stream": STREAM,
    "transcribe": TRANSCRIBE,
}
"""Every socket of the spec, by client attribute."""


class Stream:
    """`client.stream`: Stream an interaction's audio in real time; transcripts (and facts) come back as it goes."""

    def __init__(self, runtime: SyncSocketRuntime) -> None:
        self._runtime = runtime

    def connect(
        self,
        interaction_id: UUID | str,
        *,
        configuration: StreamConfig | Mapping[str, Any],
        config_timeout: float | NotGiven = NOT_GIVEN,
        max_reconnects: int | NotGiven = NOT_GIVEN,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[SyncSocketSession[StreamMessage]]:
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
            resend_unconfirmed: after a reconnect, re-send the audio the service had not
                confirmed (at-least-once: that span may be transcribed twice). Default None:
                when the audio can be resumed (raw PCM, or `stream_file` re-sending the file's
                header); False reports it in `Reconnected.audio_lost` instead.
        """

        return self._runtime.connect(
            STREAM,
            (interaction_id,),
            configuration,
            SocketOptions(config_timeout, max_reconnects, ping_interval, resend_unconfirmed),
        )


class AsyncStream:
    """`client.stream` (async): Stream an interaction's audio in real time; transcripts (and facts) come back as it goes."""

    def __init__(self, runtime: AsyncSocketRuntime) -> None:
        self._runtime = runtime

    def connect(
        self,
        interaction_id: UUID | str,
        *,
        configuration: StreamConfig | Mapping[str, Any],
        config_timeout: float | NotGiven = NOT_GIVEN,
        max_reconnects: int | NotGiven = NOT_GIVEN,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncSocketSession[StreamMessage]]:
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
            resend_unconfirmed: after a reconnect, re-send the audio the service had not
                confirmed (at-least-once: that span may be transcribed twice). Default None:
                when the audio can be resumed (raw PCM, or `stream_file` re-sending the file's
                header); False reports it in `Reconnected.audio_lost` instead.
        """

        return self._runtime.connect(
            STREAM,
            (interaction_id,),
            configuration,
            SocketOptions(config_timeout, max_reconnects, ping_interval, resend_unconfirmed),
        )


class Transcribe:
    """`client.transcribe`: Dictate in real time; transcripts and voice commands come back as you speak."""

    def __init__(self, runtime: SyncSocketRuntime) -> None:
        self._runtime = runtime

    def connect(
        self,
        *,
        configuration: TranscribeConfig | Mapping[str, Any],
        config_timeout: float | NotGiven = NOT_GIVEN,
        max_reconnects: int | NotGiven = NOT_GIVEN,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[SyncSocketSession[TranscribeMessage]]:
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
            resend_unconfirmed: after a reconnect, re-send the audio the service had not
                confirmed (at-least-once: that span may be transcribed twice). Default None:
                when the audio can be resumed (raw PCM, or `stream_file` re-sending the file's
                header); False reports it in `Reconnected.audio_lost` instead.
        """

        return self._runtime.connect(
            TRANSCRIBE,
            (),
            configuration,
            SocketOptions(config_timeout, max_reconnects, ping_interval, resend_unconfirmed),
        )


class AsyncTranscribe:
    """`client.transcribe` (async): Dictate in real time; transcripts and voice commands come back as you speak."""

    def __init__(self, runtime: AsyncSocketRuntime) -> None:
        self._runtime = runtime

    def connect(
        self,
        *,
        configuration: TranscribeConfig | Mapping[str, Any],
        config_timeout: float | NotGiven = NOT_GIVEN,
        max_reconnects: int | NotGiven = NOT_GIVEN,
        ping_interval: float | None | NotGiven = NOT_GIVEN,
        resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncSocketSession[TranscribeMessage]]:
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
            resend_unconfirmed: after a reconnect, re-send the audio the service had not
                confirmed (at-least-once: that span may be transcribed twice). Default None:
                when the audio can be resumed (raw PCM, or `stream_file` re-sending the file's
                header); False reports it in `Reconnected.audio_lost` instead.
        """

        return self._runtime.connect(
            TRANSCRIBE,
            (),
            configuration,
            SocketOptions(config_timeout, max_reconnects, ping_interval, resend_unconfirmed),
        )


class Sockets:
    """The sockets of a sync client."""

    stream: Stream
    transcribe: Transcribe

    def _attach_sockets(self, runtime: SyncSocketRuntime) -> None:
        self.stream = Stream(runtime)
        self.transcribe = Transcribe(runtime)


class AsyncSockets:
    """The sockets of an async client."""

    stream: AsyncStream
    transcribe: AsyncTranscribe

    def _attach_sockets(self, runtime: AsyncSocketRuntime) -> None:
        self.stream = AsyncStream(runtime)
        self.transcribe = AsyncTranscribe(runtime)
