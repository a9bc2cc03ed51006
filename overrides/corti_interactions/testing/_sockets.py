"""The fake's real-time sockets: `/streams` and `/transcribe` at Corti's paths.

Theory of operation: each socket of the spec's `x-websockets` is a Starlette websocket route
below `/audio-bridge/v2` (served by uvicorn with `websockets`). A connection goes through the
service's checks in order: the tenant (403), a valid `Bearer` token in the query (401),
within its scope (403: a token scoped to `transcribe` on `/streams`, or the reverse), a
known interaction (404), all refused before the socket opens. The status of a handshake
refused for its scope is inferred: Corti documents only that such a token "cannot be used
to call any other endpoint" and that a refused handshake is "an error before opening the
WebSocket" (FACTS-auth.md 4.3, FACTS-streaming.md 5); 403 is what its REST API answers a
token outside its scope (A0001), so the fake answers the same. Then the config deadline
(`CONFIG_NOT_PROVIDED` on /streams, `CONFIG_TIMEOUT` on /transcribe), the config against its
schema and the service's own rules (`CONFIG_DENIED` with a reason, `CONFIG_MISSING`), and
`CONFIG_ACCEPTED`; an `audioFormat` must be one of the spec's `x-websockets.audio-formats`
(raw PCM with its rate, channels and bits), else `CONFIG_DENIED` as Corti does: WAV is not
one (undeclared WAV audio gets an `error` and no results). Audio is turned into deterministic
results: a transcript segment per `segment_seconds` of audio (timed by `AudioClock`: raw
PCM, MP3 and Ogg exactly, other formats at 16 kB a second), on every channel of a
multichannel stream with its role, interim then final on /transcribe when `interimResults`,
a `command` when a segment's text is a command phrase, a fact per segment in facts mode
(stored for the interaction), and a `delta_usage` after each. `flush` -> pending results
-> `flushed`; `end` -> pending results -> `usage` -> `ENDED`/`ended` -> close 1000. Faults
(`SocketFault`) refuse a handshake, deny a config, stay silent, drop the connection
mid-stream or read slowly.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import re
import threading
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.responses import JSONResponse
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from ._schema import load_spec, schema_validator
from ._timing import AudioClock

__all__ = [
    "SOCKET_BASE_PATH",
    "SOCKET_HISTORY",
    "SocketFault",
    "SocketRecord",
    "SocketState",
    "audio_formats",
    "socket_routes",
]

SOCKET_BASE_PATH = "/audio-bridge/v2"
LANGUAGES = frozenset({"en", "en-US", "en-GB", "da", "de", "fr", "nl", "no", "sv", "es", "it"})
_PCM = re.compile(r";\s*(rate|channels|bits)\s*=\s*(\d+)", re.IGNORECASE)
# Corti's answer to audio it cannot read (the details as seen on the wire, FACTS-streaming.md
# section 4.1); that it answers undeclared WAV so is inferred.
_AUDIO_INVALID = {
    "id": "audio-invalid",
    "title": "Invalid audio",
    "status": 400,
    "details": "Provided audio is invalid or corrupted. Please check the audio format and try again.",
}
_STARTS = (
    (b"OggS", "ogg"),
    (b"\x1a\x45\xdf\xa3", "webm"),
    (b"fLaC", "flac"),
    (b"RIFF", "wav"),
    (b"ID3", "mp3"),
)


def audio_formats() -> dict[str, dict[str, Any]]:
    """The audio MIME types the sockets take (the spec's `x-websockets.audio-formats`)."""
    types: dict[str, dict[str, Any]] = load_spec()["x-websockets"]["audio-formats"]["types"]
    return types


def _format_problem(audio_format: object) -> str | None:
    """Why `audioFormat` is refused (not a type the sockets take, or a required parameter
    missing), or None if it is taken."""
    text = str(audio_format)
    mime = text.split(";", 1)[0].strip().lower()
    known = audio_formats().get(mime)
    if known is None:
        return f"unsupported audioFormat {text[:40]!r}"
    given = {k.lower() for k, v in _PCM.findall(text) if int(v) > 0}
    missing = [p for p in known.get("parameters", []) if p not in given]
    if missing:
        return f"audioFormat {mime} needs {', '.join(missing)}"
    return None


def _start_of(chunk: bytes) -> str:
    """The container a connection's audio starts with (`raw` when no container's marker)."""
    if chunk[4:8] == b"ftyp":
        return "mp4"
    if len(chunk) > 1 and chunk[0] == 0xFF and chunk[1] & 0xE0 == 0xE0:
        return "mp3"
    return next((name for magic, name in _STARTS if chunk.startswith(magic)), "raw")


FaultName = Literal["refuse", "deny", "silent", "drop", "slow", "close"]


@dataclass
class SocketFault:
    """One injected fault for the next `count` connections (`drop`/`slow`: within them).

    - `refuse`: the handshake is answered `status` (the socket never opens);
    - `deny`: the config is answered `CONFIG_DENIED` with `reason`;
    - `silent`: the config gets no answer at all;
    - `close`: the socket closes (`status` as its code) instead of answering the config;
    - `drop`: the TCP connection is cut after `after_bytes` of audio (no close frame);
    - `slow`: each received frame is read `delay` seconds late (a slow reader).
    """

    kind: FaultName
    count: int = 1
    status: int = 503
    reason: str = "injected"
    after_bytes: int = 0
    delay: float = 0.0


@dataclass
class SocketRecord:
    """What one connection did; the token is masked, audio counted, never kept."""

    socket: str
    interaction_id: str | None
    query: dict[str, str]
    events: list[str] = field(default_factory=list)  # config, audio, flush, end, ... in order
    configs: list[Any] = field(default_factory=list)
    audio_bytes: int = 0
    audio_start: str | None = None  # the container its audio starts with (ogg, webm, ..., raw)
    sent: list[dict[str, Any]] = field(default_factory=list)  # every message the fake sent


_REFUSALS = {
    401: "The token is missing, expired or not valid",
    403: "The tenant is not the token's",
    404: "Interaction not found",
}
OUT_OF_SCOPE = "The token's scope does not allow this socket"  # a 403 for a valid token (inferred)
SOCKET_HISTORY = 1_000  # socket connections the fake remembers (oldest dropped first)


@dataclass
class SocketState:
    """What the sockets remember; every access holds `lock`."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    config_deadline: float = 10.0
    segment_seconds: float = 1.0
    records: deque[SocketRecord] = field(default_factory=lambda: deque(maxlen=SOCKET_HISTORY))
    faults: list[SocketFault] = field(default_factory=list)
    script: deque[str] = field(default_factory=deque)  # texts of the next segments
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # interaction id -> facts
    # Stores a stream's facts with the interaction's REST facts and returns them as stored
    # (their ids), so `client.facts.list` lists what the stream produced; None keeps them here only.
    keep_facts: Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]] | None = None

    def take(self, *kinds: str) -> SocketFault | None:
        """The first pending fault of `kinds`, counted down (the caller holds the lock)."""
        for fault in self.faults:
            if fault.kind in kinds:
                fault.count -= 1
                if fault.count <= 0:
                    self.faults.remove(fault)
                return fault
        return None


@dataclass
class _Audio:
    """Received audio, as seconds (`AudioClock`: raw PCM, MP3 and Ogg timed by the stream,
    other formats counted at 16 kB a second); undeclared WAV is not read (Corti takes WAV
    for uploads only)."""

    clock: AudioClock | None = None
    seconds_done: float = 0.0  # audio already turned into segments
    unreadable: bool = False  # undeclared WAV: answered with an error, never transcribed

    def add(self, chunk: bytes, audio_format: str | None) -> bool:
        """Count `chunk`; False (once) when the stream turns out to be audio Corti cannot read."""
        if self.clock is None:
            self.clock = AudioClock(audio_format)
            self.unreadable = audio_format is None and chunk[:4] == b"RIFF" and chunk[8:12] == b"WAVE"
            if self.unreadable:
                return False
        if not self.unreadable:
            self.clock.add(chunk)
        return True

    @property
    def seconds(self) -> float:
        return self.clock.seconds if self.clock is not None else 0.0


def _channels(configuration: dict[str, Any]) -> list[tuple[int, str | None]]:
    """The channels a stream's segments are heard on, with their participants' roles: with
    `isMultichannel`, every channel (the PCM's channels, or as many as the participants
    name); without it the audio is mixed to mono, channel 0."""
    transcription = configuration.get("transcription") or {}
    roles = {p.get("channel"): p.get("role") for p in transcription.get("participants") or []}
    if not transcription.get("isMultichannel"):
        return [(0, roles.get(0))]
    declared = {k.lower(): int(v) for k, v in _PCM.findall(str(configuration.get("audioFormat") or ""))}
    count = max(declared.get("channels", 1), *(c + 1 for c in roles if isinstance(c, int)), 1)
    return [(channel, roles.get(channel)) for channel in range(count)]


def _stamp() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _config_problem(schema: str, message: Any) -> tuple[str, str | None] | None:
    """(`CONFIG_MISSING` or `CONFIG_DENIED`, reason) for a config the service refuses; None if valid."""
    if not isinstance(message, dict) or message.get("type") != "config" or "configuration" not in message:
        return "CONFIG_MISSING", None
    error = next(iter(schema_validator(schema).iter_errors(message)), None)
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "configuration"
        return "CONFIG_DENIED", f"invalid config at {where}: {error.message[:120]}"
    configuration = message["configuration"]
    language = (configuration.get("transcription") or configuration).get("primaryLanguage")
    if language not in LANGUAGES:
        return "CONFIG_DENIED", "language unavailable"
    audio_format = configuration.get("audioFormat")
    if audio_format is not None and (problem := _format_problem(audio_format)) is not None:
        return "CONFIG_DENIED", problem
    return None


class _Session:
    """One accepted connection: turns audio into results and answers flush and end."""

    def __init__(
        self, ws: WebSocket, state: SocketState, record: SocketRecord, socket: dict[str, Any], name: str
    ) -> None:
        self.ws, self.state, self.record, self.name = ws, state, record, name
        self.configuration: dict[str, Any] = {}
        self.audio = _Audio()
        self.segments = 0
        self.credits = 0.0
        self.end_type = socket["end-types"][0]

    async def send(self, message: dict[str, Any]) -> None:
        with self.state.lock:
            self.record.sent.append(message)
        await self.ws.send_text(json.dumps(message))

    def _next_text(self) -> str:
        with self.state.lock:
            if self.state.script:
                return self.state.script.popleft()
        return f"Segment {self.segments} of the consultation."

    async def results(self, *, partial: bool) -> None:
        """A segment per full `segment_seconds` of new audio (and the rest when `partial`)."""
        step = self.state.segment_seconds
        while self.audio.seconds - self.audio.seconds_done >= step or (
            partial and self.audio.seconds - self.audio.seconds_done > 1e-9
        ):
            start = self.audio.seconds_done
            end = min(start + step, self.audio.seconds)
            self.audio.seconds_done = end
            self.segments += 1
            await self.segment(self._next_text(), start, end)
            self.credits += round((end - start) * 0.01, 6)
            await self.send({"type": "delta_usage", "credits": round(self.credits, 6)})

    async def segment(self, text: str, start: float, end: float) -> None:
        if self.name == "transcribe":
            await self._dictation(text, start, end)
            return
        segments = [
            {
                "id": str(uuid.uuid4()),
                "transcript": text,
                "final": True,
                "speakerId": -1,
                "participant": {"channel": channel, **({"role": role} if role else {})},
                "time": {"start": round(start, 3), "end": round(end, 3)},
            }
            for channel, role in _channels(self.configuration)
        ]
        await self.send({"type": "transcript", "data": segments})
        if (self.configuration.get("mode") or {}).get("type") == "facts":
            fact = {
                "id": str(uuid.uuid4()),
                "text": f"Noted: {text}",
                "group": "history-of-present-illness",
                "groupId": "00000000-0000-0000-0000-00000000f001",
                "isDiscarded": False,
                "source": "core",
                "createdAt": _stamp(),
            }
            interaction_id = self.record.interaction_id
            if interaction_id is not None:
                if self.state.keep_facts is not None:
                    (kept,) = self.state.keep_facts(interaction_id.lower(), [fact])
                    fact = {**fact, **{k: kept[k] for k in ("id", "group", "groupId")}}
                with self.state.lock:
                    self.state.facts.setdefault(interaction_id.lower(), []).append(fact)
            await self.send({"type": "facts", "fact": [fact]})

    async def _dictation(self, text: str, start: float, end: float) -> None:
        for command in self.configuration.get("commands") or []:
            if text.strip().lower().rstrip(".") in (p.lower() for p in command.get("phrases", [])):
                data = {"id": command["id"], "variables": None, "rawTranscriptText": text}
                await self.send({"type": "command", "data": {**data, "start": start, "end": end}})
                return
        data = {
            "text": text,
            "rawTranscriptText": text.lower().rstrip("."),
            "start": round(start, 3),
            "end": round(end, 3),
        }
        if self.configuration.get("interimResults"):
            words = text.split()
            interim = " ".join(words[: max(1, len(words) // 2)])
            await self.send({"type": "transcript", "data": {**data, "text": interim, "isFinal": False}})
        await self.send({"type": "transcript", "data": {**data, "isFinal": True}})

    async def end(self) -> None:
        await self.results(partial=True)
        await self.send({"type": "usage", "credits": round(self.credits, 6)})
        await self.send({"type": self.end_type})
        await self.ws.close(1000)


def socket_routes(
    *,
    sockets: SocketState,
    tenant_name: str,
    token_refusal: Callable[[str, str], int | None],  # (token, socket path): None, 401 or 403 (scope)
    interaction_exists: Callable[[str], bool],
    drop: Callable[[Any], Awaitable[None]],
) -> list[WebSocketRoute]:
    """One websocket route per socket of the spec's `x-websockets`, below `SOCKET_BASE_PATH`."""
    spec = load_spec()["x-websockets"]["endpoints"]

    def endpoint(name: str, socket: dict[str, Any]) -> Callable[[WebSocket], Awaitable[None]]:
        timeout_type = next(t for t in socket["refuse"] if t in ("CONFIG_NOT_PROVIDED", "CONFIG_TIMEOUT"))

        async def serve(ws: WebSocket) -> None:
            query = dict(ws.query_params)
            token = query.get("token", "")
            masked = {k: ("Bearer ***" if k == "token" else v) for k, v in query.items()}
            interaction_id = ws.path_params.get("interactionId")
            record = SocketRecord(name, interaction_id, masked)
            with sockets.lock:
                sockets.records.append(record)
                refused = sockets.take("refuse")
            status = refused.status if refused else None
            said = None
            if status is None and query.get("tenant-name") != tenant_name:
                status = 403
            elif status is None and not token.startswith("Bearer "):
                status = 401
            elif status is None:
                status = token_refusal(token.removeprefix("Bearer "), socket["path"])
                said = OUT_OF_SCOPE if status == 403 else None
            if status is None and interaction_id is not None and not interaction_exists(interaction_id):
                status = 404
            if status is not None:
                record.events.append(f"refused {status}")
                # the REST error shape, so a client reads a refusal as it reads a refused call
                scoped = said == OUT_OF_SCOPE
                said = said or _REFUSALS.get(status, "The socket was refused")
                body = {"requestid": str(uuid.uuid4()), "status": status, "detail": said}
                if scoped:
                    body["type"] = "A0001"  # what the REST API answers a token outside its scope
                await ws.send_denial_response(JSONResponse(body, status_code=status))
                return
            await ws.accept()
            session = _Session(ws, sockets, record, socket, name)
            with contextlib.suppress(WebSocketDisconnect):
                if await _configure(ws, session, socket, timeout_type):
                    await _run(ws, session, drop)

        return serve

    routes = []
    for name, socket in spec.items():
        path = socket["path"].replace("{interactionId}", "{interactionId:str}")
        routes.append(WebSocketRoute(SOCKET_BASE_PATH + path, endpoint(name, socket)))
    return routes


async def _configure(ws: WebSocket, session: _Session, socket: dict[str, Any], timeout_type: str) -> bool:
    """Wait for the config (deadline from the open) and answer it; True once accepted."""
    state, record = session.state, session.record
    loop = asyncio.get_running_loop()
    deadline = loop.time() + state.config_deadline
    while True:
        try:
            message = await asyncio.wait_for(ws.receive(), max(0.0, deadline - loop.time()))
        except TimeoutError:
            await session.send({"type": timeout_type})
            await ws.close(1000)
            return False
        if message["type"] == "websocket.disconnect":
            return False
        if message.get("bytes") is not None:
            record.events.append("audio before config")
            continue
        try:
            config = json.loads(message.get("text") or "")
        except ValueError:
            config = None
        record.events.append("config")
        record.configs.append(config)
        with state.lock:
            fault = state.take("deny", "silent", "close")
        if fault is not None and fault.kind == "silent":
            await asyncio.sleep(3600)
        if fault is not None and fault.kind == "close":
            await ws.close(fault.status if 1000 <= fault.status < 5000 else 1011)
            return False
        problem = ("CONFIG_DENIED", fault.reason) if fault else _config_problem(socket["config"], config)
        if problem is not None:
            kind, reason = problem
            await session.send({"type": kind, **({"reason": reason} if reason else {})})
            await ws.close(1000)
            return False
        session.configuration = config["configuration"]
        accepted: dict[str, Any] = {"type": "CONFIG_ACCEPTED", "configuration": session.configuration}
        if session.name == "transcribe":
            accepted["sessionId"] = str(uuid.uuid4())
        await session.send(accepted)
        return True


async def _run(ws: WebSocket, session: _Session, drop: Callable[[Any], Awaitable[None]]) -> None:
    state, record = session.state, session.record
    with state.lock:
        fault = state.take("drop", "slow")
    while True:
        message = await ws.receive()
        if message["type"] == "websocket.disconnect":
            return
        if fault is not None and fault.kind == "slow":
            await asyncio.sleep(fault.delay)
        chunk = message.get("bytes")
        if chunk is not None:
            record.events.append("audio")
            record.audio_bytes += len(chunk)
            if record.audio_start is None:
                record.audio_start = _start_of(chunk)
            if not session.audio.add(chunk, session.configuration.get("audioFormat")):
                await session.send(
                    {"type": "error", "error": {**_AUDIO_INVALID, "requestid": str(uuid.uuid4())}}
                )
            if fault is not None and fault.kind == "drop" and record.audio_bytes >= fault.after_bytes:
                record.events.append("dropped")
                await drop(ws)
                return
            await session.results(partial=False)
            continue
        try:
            kind = json.loads(message.get("text") or "").get("type")
        except (ValueError, AttributeError):
            kind = None
        record.events.append(str(kind))
        if kind == "config":
            await session.send({"type": "CONFIG_ALREADY_RECEIVED"})
        elif kind == "flush":
            await session.results(partial=True)
            await session.send({"type": "flushed"})
        elif kind == "end":
            await session.end()
            return
