"""A session's options, resolved (`runtime.resolve_settings`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SessionSettings"]


@dataclass(frozen=True, slots=True)
class SessionSettings:
    """A session's options, resolved."""

    config_timeout: float
    max_reconnects: int
    ping_interval: float | None
    open_timeout: float = 10.0
    max_messages: int = 1024  # messages received and not yet iterated, before reading pauses
    backoff: float = 0.5  # seconds before the first reconnect; doubles, with jitter
    backoff_cap: float = 8.0
    end_timeout: float = 30.0
