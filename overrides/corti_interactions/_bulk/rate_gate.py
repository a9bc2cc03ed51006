"""A wait shared by every call of a bulk run: one 429 with `Retry-After` pauses them all.

Without it, 64 concurrent calls each discover the rate limit on their own, each with its
own 429, and each retry lands while the limit still holds. The sender consults the gate
before every attempt and feeds it when an answer asks to wait.

It is a deadline on the monotonic clock. Reading it is one attribute read; raising it is a
read-modify-write under a lock, so two threads (the sync client's bulk run sends from a
pool of threads) holding at once cannot lose the later deadline. Tasks hold it too: the
lock is only ever held for that comparison, never across an `await`.
"""

from __future__ import annotations

import threading
import time

from corti_interactions._constants import MAX_RETRY_AFTER
from corti_interactions._exceptions import APIError, APIStatusError, OutcomeUnknownError
from corti_interactions._retries import retry_after

__all__ = ["RateGate"]


class RateGate:
    """Until when every call of a run waits; `hold()` only ever moves it later."""

    __slots__ = ("_lock", "_stopped", "_until", "holds")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = time.monotonic()  # open from now on
        self._stopped = False
        self.holds = 0  # how many answers asked to wait (for tests and progress)

    def stop(self) -> None:
        """The run was abandoned (Ctrl-C): every later attempt or retry of its calls raises
        `OutcomeUnknownError` instead of being made."""
        self._stopped = True

    def delay(self) -> float:
        """Seconds to wait before the next attempt (0.0 when the gate is open)."""
        if self._stopped:
            raise OutcomeUnknownError
        return max(self._until - time.monotonic(), 0.0)

    def hold(self, seconds: float) -> None:
        """Make every call wait `seconds` from now (capped at `MAX_RETRY_AFTER`)."""
        until = time.monotonic() + min(seconds, MAX_RETRY_AFTER)
        with self._lock:  # atomic: a concurrent hold() asking for less must not undo this one
            self.holds += 1
            self._until = max(self._until, until)

    def observe(self, error: APIError) -> None:
        """Hold the gate if `error` is a 429 that says how long to wait (and end the call,
        not wait to retry it, once the run was abandoned)."""
        if self._stopped:
            raise OutcomeUnknownError from error
        if isinstance(error, APIStatusError) and error.status_code == 429:
            asked = retry_after(error.response.headers)
            if asked is not None:
                self.hold(asked)
