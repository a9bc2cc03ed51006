"""Bulk runs (`x-bulk`, `<method>_many()`): their input and results (what `types` re-exports on
first use, so that only a client using them pays for them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

BulkItem = tuple[object, Mapping[str, Any]] | Mapping[str, Any]
"""One call of a bulk run: `(id, fields)`, or a mapping with `id` and the fields."""


@dataclass(frozen=True, slots=True)
class BulkResult(Generic[T]):
    """The outcome of one item of a bulk run (`<method>_many()`), tagged with its position.

    >>> def report(result):
    ...     print(result.index, result.id, "ok" if result.ok else type(result.error).__name__)
    """

    index: int  # the item's 0-based position in the input
    id: str  # the resource's id, as sent in the path
    value: T | None = None  # the parsed answer, when the call succeeded
    error: Exception | None = None  # the typed error, when it did not (or the item was invalid)

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.error is None


@dataclass(frozen=True, slots=True)
class BulkSummary:
    """What a bulk run did: how many items succeeded and failed, and how long it took."""

    succeeded: int
    failed: int
    elapsed: float  # seconds

    @property
    def total(self) -> int:
        """How many items were reported."""
        return self.succeeded + self.failed


__all__ = [
    "BulkItem",
    "BulkResult",
    "BulkSummary",
]
