"""The real-time sockets of the spec (`x-websockets`): each as data (`WEBSOCKETS`) and as the
object behind a client attribute that connects to it (`client.stream`: see `sockets`).

A socket runtime opens the socket, sends the config and runs the session; this package never
imports it. This module loads with a client's first socket, not with the client. The message models are named, not imported: a runtime resolves them from
`models` when a session needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any
from uuid import UUID

from .socket_types import (
    AsyncSocketRuntime,
    AsyncSocketSession,
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

__all__ = [
    "SOCKET_SERVER",
    "REST_SERVER",
    "WEBSOCKETS",
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
            max_reconnects: reconnects after a drop before giving up (default 5; 0: none).
            ping_interval: seconds between keep-alive pings (default 20; None: no pings).
        """

        return self._runtime.connect(
            STREAM,
            (interaction_id,),
            configuration,
            SocketOptions(config_timeout, max_reconnects, ping_interval),
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
            max_reconnects: reconnects after a drop before giving up (default 5; 0: none).
            ping_interval: seconds between keep-alive pings (default 20; None: no pings).
        """

        return self._runtime.connect(
            STREAM,
            (interaction_id,),
            configuration,
            SocketOptions(config_timeout, max_reconnects, ping_interval),
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
    ) -> AbstractContextManager[SyncSocketSession[TranscribeMessage]]:
        """Dictate in real time; transcripts and voice commands come back as you speak: `with` a session.

        Opens `/transcribe`, sends `configuration` and returns once the service accepts
        it (`ConfigRefusedError` and the other `StreamError`s if it does not). Then
        `send_audio()`, `stream_file()`, `flush()`, `end()`, and `for message in session`.

        Args:
            configuration: the `TranscribeConfig` (a model or its JSON form).
            config_timeout: seconds to wait for the config's acceptance (default:
                the service's own deadline, 10.0 s, plus a margin).
            max_reconnects: reconnects after a drop before giving up (default 5; 0: none).
            ping_interval: seconds between keep-alive pings (default 20; None: no pings).
        """

        return self._runtime.connect(
            TRANSCRIBE,
            (),
            configuration,
            SocketOptions(config_timeout, max_reconnects, ping_interval),
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
    ) -> AbstractAsyncContextManager[AsyncSocketSession[TranscribeMessage]]:
        """Dictate in real time; transcripts and voice commands come back as you speak: `async with` a session.

        Opens `/transcribe`, sends `configuration` and returns once the service accepts
        it (`ConfigRefusedError` and the other `StreamError`s if it does not). Then
        `send_audio()`, `stream_file()`, `flush()`, `end()`, and `async for message in session`.

        Args:
            configuration: the `TranscribeConfig` (a model or its JSON form).
            config_timeout: seconds to wait for the config's acceptance (default:
                the service's own deadline, 10.0 s, plus a margin).
            max_reconnects: reconnects after a drop before giving up (default 5; 0: none).
            ping_interval: seconds between keep-alive pings (default 20; None: no pings).
        """

        return self._runtime.connect(
            TRANSCRIBE,
            (),
            configuration,
            SocketOptions(config_timeout, max_reconnects, ping_interval),
        )
