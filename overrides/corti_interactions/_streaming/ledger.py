"""The audio ledger: what the caller handed over, what the service is known to have received,
and what a drop may have lost.

Corti's protocol has no acknowledgement of audio. What the client can know is indirect: a
final transcript ending at `t` seconds means the service had the connection's audio up to `t`
(when the audio's duration is known), a `flushed` answer means it had everything sent before
the flush, and the end type means it had all of it. Audio sent on a connection past its last
such point is *unconfirmed*; when the connection drops, that tail is reported as possibly
lost (an upper bound: the service may have received part of it), or re-sent on the next
connection when the ledger retains it (at-least-once: a re-sent span may be transcribed twice).

Audio is counted per connection (a generation): a chunk recorded on a generation that has
since dropped is refused (`record` returns False), so the sender sends it on the next one.
The ledger keeps the bytes of at most `retain` unconfirmed bytes (0: none), the rest as counts.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["AudioLedger", "Dropped"]

_EPSILON = 1e-6  # seconds: transcript times are rounded by the service


# One chunk of the tail: its size, seconds (None: unknown), and this connection's audio
# bytes and seconds up to its end (seconds None once a chunk's duration is unknown). Tuples:
# this runs for every chunk sent.
_Chunk = tuple[int, float | None, int, float | None]


@dataclass(frozen=True, slots=True)
class Dropped:
    """What a dropped connection left unconfirmed: every chunk in order (`data` None where
    the bytes were not retained), its bytes and seconds (None if a duration is unknown)."""

    chunks: tuple[tuple[bytes | None, float | None], ...]
    size: int
    seconds: float | None

    def resendable(self) -> tuple[tuple[bytes, float | None], ...]:
        """The retained suffix, in order (the oldest bytes are the first let go)."""
        tail: list[tuple[bytes, float | None]] = []
        for data, seconds in reversed(self.chunks):
            if data is None:
                break
            tail.append((data, seconds))
        return tuple(reversed(tail))


def seconds_of(chunks: Iterable[tuple[object, float | None]]) -> float | None:
    """The seconds of `chunks`, None if one's duration is unknown."""
    total = 0.0
    for _, seconds in chunks:
        if seconds is None:
            return None
        total += seconds
    return total


class AudioLedger:
    """Audio bytes and seconds: handed over, unconfirmed on this connection, lost in all."""

    def __init__(self, *, retain: int) -> None:
        self.retain = retain
        self.generation = 0
        self._tail: deque[_Chunk] = deque()
        self._kept: deque[tuple[int, bytes]] = deque()  # (end_bytes, data): the tail's newest
        self._retained = 0
        self._bytes = 0  # this connection's audio bytes
        self._seconds: float | None = 0.0  # ... and seconds (None once one is unknown)
        self._times_usable = True  # False once a transcript time exceeded the audio sent
        self.handed_bytes = 0  # every audio byte the caller handed over (re-sends not counted)
        self.handed_seconds: float | None = 0.0
        self.lost_bytes = 0  # reported as possibly lost at drops (an upper bound)
        self.lost_seconds: float | None = 0.0
        self.confirmations = 0  # how many times the service confirmed audio on this connection

    # -- sending --------------------------------------------------------------------------
    def record(self, generation: int, data: bytes, seconds: float | None, *, resent: bool = False) -> bool:
        """Count `data` as sent on `generation`; False if that connection has dropped."""
        if generation != self.generation:
            return False
        size = len(data)
        self._bytes += size
        total = self._seconds
        if total is not None:
            total = self._seconds = None if seconds is None else total + seconds
        self._tail.append((size, seconds, self._bytes, total))
        if self.retain:
            self._kept.append((self._bytes, data))
            self._retained += size
            while self._retained > self.retain:  # the oldest kept: counted from now on, not kept
                self._retained -= len(self._kept.popleft()[1])
        if not resent:
            self.handed_bytes += size
            if self.handed_seconds is not None:
                self.handed_seconds = None if seconds is None else self.handed_seconds + seconds
        return True

    @property
    def pending(self) -> int:
        """How many chunks sent on this connection are not confirmed yet."""
        return len(self._tail)

    @property
    def position(self) -> int:
        """This connection's audio bytes so far (a flush sent now confirms up to here)."""
        return self._bytes

    # -- what the service confirmed ------------------------------------------------------
    def confirm_bytes(self, position: int) -> None:
        """The service had this connection's audio up to `position` bytes (a `flushed`)."""
        confirmed = False
        while self._tail and self._tail[0][2] <= position:
            self._pop()
            confirmed = True
        self.confirmations += confirmed

    def confirm_seconds(self, seconds: float) -> None:
        """A final transcript ends at `seconds` of this connection's audio. Ignored when
        durations are unknown, and from then on if it is past the audio sent (the service's
        times would then not be this connection's, and could confirm audio never received)."""
        if self._seconds is None or not self._times_usable:
            return
        if seconds > self._seconds + _EPSILON:
            self._times_usable = False
            return
        confirmed = False
        while self._tail and (end := self._tail[0][3]) is not None and end <= seconds + _EPSILON:
            self._pop()
            confirmed = True
        self.confirmations += confirmed

    def confirm_all(self) -> None:
        """The service had all of this connection's audio (the end type arrived)."""
        while self._tail:
            self._pop()
        self.confirmations += 1

    def _pop(self) -> None:
        end = self._tail.popleft()[2]
        if self._kept and self._kept[0][0] == end:
            self._retained -= len(self._kept.popleft()[1])

    @property
    def unconfirmed(self) -> tuple[int, float | None]:
        """Bytes and seconds sent on this connection past its last confirmed point."""
        return sum(c[0] for c in self._tail), seconds_of((None, c[1]) for c in self._tail)

    # -- connections ------------------------------------------------------------------------
    def drop(self) -> Dropped:
        """The connection dropped: its unconfirmed tail; chunks recorded on it from now on
        are refused, and the next connection starts from zero."""
        kept = dict(self._kept)
        chunks = tuple((kept.get(end), seconds) for _, seconds, end, _ in self._tail)
        dropped = Dropped(chunks, sum(c[0] for c in self._tail), seconds_of(chunks))
        self._tail.clear()
        self._kept.clear()
        self._retained = 0
        self._bytes, self._seconds, self._times_usable = 0, 0.0, True
        self.confirmations = 0
        self.generation += 1
        return dropped

    def lose(self, size: int, seconds: float | None) -> None:
        """Report `size` bytes (`seconds`) as possibly lost."""
        self.lost_bytes += size
        self.lost_seconds = _add(self.lost_seconds, seconds) if size else self.lost_seconds


def _add(total: float | None, seconds: float | None) -> float | None:
    return None if total is None or seconds is None else total + seconds
