"""Sentinels: `UNSET` for request fields, `NOT_GIVEN` for client options.

Two sentinels because `None` already means something in both places: for a request field
`None` is an explicit JSON `null` (clear the field, or let the service assign a new
`assignedUserId`), and for `timeout=` it means "no timeout". So "not passed" needs a value
of its own. `UNSET` is the generated package's own sentinel, so models built by hand and
by this client agree.
"""

from __future__ import annotations

from typing import Final, Literal

from corti_interactions_api.types import UNSET, Unset

__all__ = ["NOT_GIVEN", "UNSET", "NotGiven", "Unset"]


class NotGiven:
    """Marks an option left out, so the client's default applies (unlike `None`).

    >>> client.interactions.update(id, timeout=None)  # no timeout at all
    >>> client.interactions.update(id)                # the client's timeout
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
