"""The session state machine, without I/O: what to send, and what each message means.

Shared by the asyncio session and its sync twin. Generic over sockets: every fact comes
from the spec's `x-websockets` (`WebSocket`): which types accept, refuse or end a session,
which one answers a flush, which one carries the usage. The I/O layer feeds it each text
frame (`receive`) and the socket's close (`closed`), and acts on the `Event` it returns.

    CONFIGURING --accept--> OPEN --end()--> ENDING --end type--> ENDED
         |                   |  \\--drop--> (reconnect) CONFIGURING
         +--refuse/error/close--> FAILED
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from corti_interactions_api import models
from corti_interactions_api.types import UnknownMessage, WebSocket

from corti_interactions._payload import FieldError, build_model

from .errors import ConfigRefusedError, StreamClosedError, StreamError, StreamServerError

__all__ = ["Event", "Phase", "SessionProtocol", "parse_message"]


class Phase(enum.Enum):
    """Where a session is."""

    CONFIGURING = "configuring"  # the config is sent (or about to be); no audio yet
    OPEN = "open"  # accepted: audio, flush and end may be sent
    ENDING = "ending"  # `end` sent; waiting for the end type
    ENDED = "ended"  # the service ended the session: never reconnect
    FAILED = "failed"  # refused, or closed for good


class Kind(enum.Enum):
    """What a received message means to the session."""

    ACCEPTED = "accepted"
    FAILED = "failed"
    FLUSHED = "flushed"
    ENDED = "ended"
    MESSAGE = "message"


@dataclass(frozen=True, slots=True)
class Event:
    """One received message: its meaning, the typed message and, for FAILED, the error."""

    kind: Kind
    message: object
    error: StreamError | None = None
    heard: float | None = None  # a final transcript's end: the connection's audio heard so far


def parse_message(socket: WebSocket, data: object) -> object:
    """`data` (one JSON message) as its generated model, or `UnknownMessage` when its type is
    unknown or it does not fit the model (never an error: the service adds fields and types)."""
    if not isinstance(data, dict):
        return UnknownMessage(None, {"value": data})
    kind = data.get("type")
    name = socket.messages.get(kind) if isinstance(kind, str) else None
    if name is None:
        return UnknownMessage(kind if isinstance(kind, str) else None, data)
    try:
        return getattr(models, name).from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return UnknownMessage(kind, data)


def _summary(data: dict[str, Any]) -> str:
    detail = data.get("error")
    if isinstance(detail, dict):
        parts = [str(detail[k]) for k in ("id", "title", "details", "status") if detail.get(k) is not None]
        return "; ".join(parts)[:300] or "no detail"
    return "no detail"


def _extra(extra: Mapping[str, object] | None) -> dict[str, object]:
    """`extra_configuration`: JSON fields merged after the check, else `FieldError`."""
    if extra is None:
        return {}
    if not isinstance(extra, Mapping) or not all(isinstance(k, str) for k in extra):
        raise FieldError(
            "extra_configuration", f"must be a mapping of field names; got {type(extra).__name__}"
        )
    try:
        json.dumps(extra, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise FieldError("extra_configuration", f"must be JSON ({exc})") from None
    return dict(extra)


def _final_end(data: dict[str, Any]) -> float | None:
    """The latest end time (seconds) of the final transcript segments in `data`, if any.

    Both sockets' transcript shapes (FACTS-streaming.md §4): `/streams` sends a list of
    segments with `final` and `time.end`, `/transcribe` one segment with `isFinal` and `end`.
    Read by shape, not by message type; interim segments are not counted (the service may
    still lose what it has not finalised).
    """
    items = data.get("data")
    latest: float | None = None
    for item in items if isinstance(items, list) else [items]:
        if not isinstance(item, dict) or (item.get("final") is not True and item.get("isFinal") is not True):
            continue
        time = item.get("time")
        end = time.get("end") if isinstance(time, dict) else item.get("end")
        if isinstance(end, int | float) and not isinstance(end, bool) and end == end:  # noqa: PLR0124
            latest = float(end) if latest is None else max(latest, float(end))
    return latest


def _summed(usages: list[dict[str, Any]]) -> dict[str, Any]:
    """One usage message whose numbers are the sums of `usages`' (one per connection)."""
    total: dict[str, Any] = dict(usages[-1])
    for key, value in usages[-1].items():
        if key != "type" and _is_number(value):
            total[key] = sum(u[key] for u in usages if _is_number(u.get(key)))
    return total


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class SessionProtocol:
    """One session's state: what the config frame is, and what each message means now."""

    def __init__(
        self, socket: WebSocket, configuration: object, extra: Mapping[str, object] | None = None
    ) -> None:
        config_model = getattr(models, socket.configuration)
        checked = build_model(config_model, configuration, where="configuration")
        self.socket = socket
        self.configuration: dict[str, Any] = {**checked.to_dict(), **_extra(extra)}
        self._config_frame = json.dumps({"type": "config", "configuration": self.configuration})
        self.phase = Phase.CONFIGURING
        self.accepted: object = None
        self._usages: list[dict[str, Any]] = []  # the last usage figure of each past connection
        self._usage: dict[str, Any] | None = None  # this connection's (`usage`, else `delta_usage`)
        self._final_usage = False  # whether this connection's `usage` arrived

    # -- what to send ---------------------------------------------------------------
    def config_frame(self) -> str:
        """The config message; sent on every (re)connect, before any audio (a new connection:
        the last one's usage is kept for the session's total)."""
        if self._usage is not None:
            self._usages.append(self._usage)
        self._usage, self._final_usage = None, False
        self.phase = Phase.CONFIGURING
        return self._config_frame

    @property
    def usage(self) -> object:
        """The session's usage: its numbers (`credits`) summed over every connection (a
        connection that dropped counts with its last `delta_usage`, the credits "since the
        stream started"); None if no usage came at all."""
        usages = [*self._usages, *([self._usage] if self._usage is not None else [])]
        if not usages:
            return None
        total = _summed(usages)
        total["type"] = self.socket.usage
        return parse_message(self.socket, total)

    @staticmethod
    def flush_frame() -> str:
        """The flush message."""
        return '{"type": "flush"}'

    def end_frame(self) -> str:
        """The end message; from now on the session is ending."""
        self.phase = Phase.ENDING
        return '{"type": "end"}'

    @property
    def may_send(self) -> bool:
        """Whether audio may go out now (the config accepted, the end not sent)."""
        return self.phase is Phase.OPEN

    @property
    def may_reconnect(self) -> bool:
        """A drop is worth a reconnect only in an accepted session that has not ended."""
        return self.phase in (Phase.OPEN, Phase.ENDING)

    # -- what came in -----------------------------------------------------------------
    def parse(self, text: str | bytes) -> object:
        """One text frame as its typed message (`UnknownMessage` if it is not JSON)."""
        try:
            data = json.loads(text)
        except (ValueError, UnicodeDecodeError):
            return UnknownMessage(None, {"text": "<not JSON>"})
        return parse_message(self.socket, data)

    def receive(self, text: str | bytes, *, typed: bool = True) -> Event:
        """The meaning of one text frame from the service. With `typed=False`, an accepted
        session's events carry no message (None): the caller keeps the frame and `parse`s it
        when it is read (a frame's text takes a tenth of the memory of its model)."""
        try:
            data = json.loads(text)
        except (ValueError, UnicodeDecodeError):
            return Event(Kind.MESSAGE, UnknownMessage(None, {"text": "<not JSON>"}) if typed else None)
        typed = typed or self.phase is Phase.CONFIGURING
        message = parse_message(self.socket, data) if typed else None
        kind = data.get("type") if isinstance(data, dict) else None
        socket = self.socket
        if self.phase is Phase.CONFIGURING:
            if kind in socket.accept or kind in socket.already_configured:  # it has a config: goes on
                self.phase, self.accepted = Phase.OPEN, message
                return Event(Kind.ACCEPTED, message)
            if kind in socket.refuse:
                reason = data.get("reason") if isinstance(data.get("reason"), str) else None
                return self._fail(message, ConfigRefusedError(socket=socket.name, type=kind, reason=reason))
            if kind == socket.error:
                detail = data.get("error") if isinstance(data.get("error"), dict) else {}
                error = StreamServerError(socket=socket.name, error=detail, summary=_summary(data))
                return self._fail(message, error)
            if kind in socket.end_types:
                return self._fail(
                    message,
                    StreamClosedError(
                        socket=socket.name, code=None, reason=str(kind), when="before the config was accepted"
                    ),
                )
            return Event(Kind.MESSAGE, message)
        if kind == socket.usage:
            self._usage, self._final_usage = data, True
        elif kind == f"delta_{socket.usage}" and not self._final_usage:  # the spec's naming
            self._usage = data
        if kind == socket.flushed:
            return Event(Kind.FLUSHED, message)
        if kind in socket.end_types:
            self.phase = Phase.ENDED
            return Event(Kind.ENDED, message)
        return Event(Kind.MESSAGE, message, heard=_final_end(data) if isinstance(data, dict) else None)

    def closed(self, code: int | None, reason: str) -> StreamError | None:
        """The socket closed: the error it means now (None once the session has ended)."""
        if self.phase is Phase.ENDED:
            return None
        when = {
            Phase.CONFIGURING: "before the config was accepted",
            Phase.OPEN: "during the session",
            Phase.ENDING: "before the session ended",
        }.get(self.phase, "")
        return StreamClosedError(socket=self.socket.name, code=code, reason=reason, when=when or "")

    def give_up(self) -> None:
        """The socket could not be reopened: the session is over."""
        self.phase = Phase.FAILED

    def _fail(self, message: object, error: StreamError) -> Event:
        self.phase = Phase.FAILED
        return Event(Kind.FAILED, message, error)
