"""Every resource of the API, one attribute per tag, for a runtime to carry.

A client (the hand-written `corti_interactions.CortiClient`) inherits `Resources` or
`AsyncResources` and calls `_attach_resources` with its runtime.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .api.interactions import AsyncInteractions, Interactions
from .api.interactions import interactions_create as _interactions_create
from .api.interactions import interactions_delete as _interactions_delete
from .api.interactions import interactions_get as _interactions_get
from .api.interactions import interactions_list as _interactions_list
from .api.interactions import interactions_update as _interactions_update
from .types import AsyncRuntime, Operation, SyncRuntime

__all__ = ["OPERATIONS", "AsyncResources", "Resources"]

OPERATIONS: Mapping[str, Mapping[str, Operation[Any]]] = {
    "interactions": {
        "list": _interactions_list.OPERATION,
        "create": _interactions_create.OPERATION,
        "get": _interactions_get.OPERATION,
        "delete": _interactions_delete.OPERATION,
        "update": _interactions_update.OPERATION,
    },
}
"""Every operation, by resource and method name: `OPERATIONS["interactions"]["list"]`."""


class Resources:
    """The resources of a sync client."""

    interactions: Interactions

    def _attach_resources(self, runtime: SyncRuntime) -> None:
        self.interactions = Interactions(runtime)


class AsyncResources:
    """The resources of an async client."""

    interactions: AsyncInteractions

    def _attach_resources(self, runtime: AsyncRuntime) -> None:
        self.interactions = AsyncInteractions(runtime)
