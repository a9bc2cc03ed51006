"""Sentinels: `UNSET` for request fields, `NOT_GIVEN` for client options.

Two sentinels because `None` already means something in both places: for a request field
`None` is an explicit JSON `null` (clear the field, or let the service assign a new
`assignedUserId`), and for `timeout=` it means "no timeout". So "not passed" needs a value
of its own. Both are the generated package's own sentinels, so models built by hand, the
generated resource methods and this client agree.
"""

from __future__ import annotations

from corti_interactions_api.types import NOT_GIVEN, UNSET, NotGiven, Unset

__all__ = ["NOT_GIVEN", "UNSET", "NotGiven", "Unset"]
