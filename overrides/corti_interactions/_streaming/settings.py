"""A session's options, resolved (`runtime.resolve_settings`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SessionSettings"]


@dataclass(frozen=True, slots=True)
class SessionSettings:
    """A session's options, resolved."""

    config_timeout: float
    max_reconnects: int  # attempts per outage (since the last connection that worked)
    ping_interval: float | None
    # Re-send the unconfirmed audio after a reconnect: True, False, or None (when the audio
    # can be resumed: raw PCM declared in `audioFormat`, or a file whose header is re-sent).
    resend: bool | None = None
    open_timeout: float = 10.0
    # Bytes of received frames held for the caller before the session fails loudly
    # (`StreamBacklogError`); hours of a real session's messages.
    max_backlog: int = 64 << 20
    # Unconfirmed audio kept to re-send after a drop; past it, the oldest is counted as lost.
    max_resend: int = 8 << 20
    backoff: float = 0.5  # seconds before the first reconnect of an outage; doubles, with jitter
    backoff_cap: float = 8.0
    end_timeout: float = 30.0
    # A reconnected connection "works" (the attempts count starts again) once the service
    # confirmed audio on it, or it stayed up this long.
    min_uptime: float = 5.0

    @property
    def ping_timeout(self) -> float | None:
        """Seconds to wait for a pong: twice the interval, so a dead path is noticed within
        three intervals (6 s by default) and a slow pong is not mistaken for one."""
        return None if self.ping_interval is None else 2 * self.ping_interval
