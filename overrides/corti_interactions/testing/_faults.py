"""Fault injection: what the next requests answer instead of the normal response.

Each kind is one row of `FAULTS`: whether the update is applied, and how the answer looks.
A fault fires for `count` requests and is gone: the fake returns to normal by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["FAULTS", "Fault", "FaultKind", "FaultRow"]

FaultKind = Literal["status", "html_502", "delay", "drop", "truncated", "not_json"]
Target = Literal["api", "token"]


@dataclass(frozen=True, slots=True)
class FaultRow:
    """How a kind of fault behaves."""

    applied: bool  # is a PATCH still applied to the stored interaction?
    description: str


FAULTS: dict[str, FaultRow] = {
    "status": FaultRow(False, "answer `status` with an ErrorResponse body and optional Retry-After headers"),
    "html_502": FaultRow(False, "answer 502 with a gateway's HTML page"),
    "delay": FaultRow(True, "wait `delay` seconds, then answer normally (the work is done, late)"),
    "drop": FaultRow(False, "close the connection without answering (set apply=True to apply first)"),
    "truncated": FaultRow(True, "answer 200 with the first half of the JSON body"),
    "not_json": FaultRow(True, "answer 200 with a body that is not JSON"),
}


@dataclass(slots=True)
class Fault:
    """One pending fault; `remaining` counts down as it fires."""

    kind: str
    remaining: int
    target: Target = "api"
    status: int = 503
    retry_after: str | None = None
    retry_after_ms: str | None = None
    delay: float = 0.0
    apply: bool | None = None

    @property
    def applied(self) -> bool:
        """Whether a PATCH hit by this fault is applied."""
        return FAULTS[self.kind].applied if self.apply is None else self.apply

    def headers(self) -> dict[str, str]:
        """Retry headers to send with a status fault."""
        headers = {}
        if self.retry_after is not None:
            headers["Retry-After"] = self.retry_after
        if self.retry_after_ms is not None:
            headers["retry-after-ms"] = self.retry_after_ms
        return headers
