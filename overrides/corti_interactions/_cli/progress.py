"""A one-line progress bar for long command-line runs, drawn on a terminal only."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]

_EVERY = 0.1  # seconds between redraws on a terminal
_EVERY_LINE = 1.0  # seconds between lines elsewhere (a log gets one line a second at most)
_WIDTH = 24


class Progress:
    """`done / total`, failures, rate per second and time left, redrawn in place on `stream`.

    Draws nothing unless `stream` is a terminal or `force` is set. Off a terminal (a log
    file, CI), each drawing is a line of its own instead of a redraw in place.
    """

    def __init__(self, stream: TextIO, total: int, *, force: bool = False) -> None:
        self._stream = stream
        self._total = total
        self._tty = stream.isatty()
        self._on = force or self._tty
        self._every = _EVERY if self._tty else _EVERY_LINE
        self._started = self._drawn = time.monotonic()
        self._drawn_done = -1  # `done` when last drawn
        self.done = self.failed = 0

    def add(self, ok: bool) -> None:
        """Count one finished item; redraw at most every 0.1 s (a line a second off a terminal)."""
        self.done += 1
        self.failed += not ok
        if self._on and (now := time.monotonic()) - self._drawn >= self._every:
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed
        left = (self._total - self.done) / rate if rate > 0 else 0.0
        filled = int(_WIDTH * self.done / self._total) if self._total else _WIDTH
        minutes, seconds = divmod(int(left), 60)
        line = (
            f"[{'#' * filled}{'.' * (_WIDTH - filled)}] {self.done}/{self._total} done, "
            f"{self.failed} failed, {rate:,.0f}/s, {minutes}:{seconds:02d} left"
        )
        self._stream.write(f"\r{line} " if self._tty else f"{line}\n")
        self._stream.flush()
        self._drawn_done = self.done

    def finish(self) -> None:
        """Draw the final figures (unless the last drawing showed them) and end the line.

        A run with nothing to do (every line done in an earlier run) draws nothing.
        """
        if not self._on or self._total == 0:
            return
        if self.done != self._drawn_done:
            self._draw(time.monotonic())
        if self._tty:
            self._stream.write("\n")
            self._stream.flush()
