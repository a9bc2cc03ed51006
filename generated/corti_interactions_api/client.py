"""Every resource of the API, one attribute per tag, for a runtime to carry.

A client (the hand-written `corti_interactions.CortiClient`) inherits `Resources` or
`AsyncResources` and calls `_attach_resources` with its runtime. The resources' modules (and
the models they use) are imported then, not with this module, so that importing the client
package stays cheap; `OPERATIONS` is built on first use for the same reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .types import AsyncRuntime, Operation, SyncRuntime

if TYPE_CHECKING:
    from .api.interactions import AsyncInteractions, Interactions

    OPERATIONS: Mapping[str, Mapping[str, Operation[Any]]]
    """Every operation, by resource and method name: `OPERATIONS["interactions"]["list"]`."""

__all__ = ["OPERATIONS", "AsyncResources", "Resources"]


def _operations() -> Mapping[str, Mapping[str, Operation[Any]]]:
    from .api.interactions import interactions_create as _interactions_create
    from .api.interactions import interactions_delete as _interactions_delete
    from .api.interactions import interactions_get as _interactions_get
    from .api.interactions import interactions_list as _interactions_list
    from .api.interactions import interactions_update as _interactions_update

    return {
        "interactions": {
            "list": _interactions_list.OPERATION,
            "create": _interactions_create.OPERATION,
            "get": _interactions_get.OPERATION,
            "delete": _interactions_delete.OPERATION,
            "update": _interactions_update.OPERATION,
        },
    }


if not TYPE_CHECKING:  # so that type checkers still refuse a name that does not exist

    def __getattr__(name: str) -> object:
        if name == "OPERATIONS":
            operations = globals()["OPERATIONS"] = _operations()
            return operations
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Resources:
    """The resources of a sync client."""

    interactions: Interactions

    def _attach_resources(self, runtime: SyncRuntime) -> None:
        from .api.interactions import Interactions

        self.interactions = Interactions(runtime)


class AsyncResources:
    """The resources of an async client."""

    interactions: AsyncInteractions

    def _attach_resources(self, runtime: AsyncRuntime) -> None:
        from .api.interactions import AsyncInteractions

        self.interactions = AsyncInteractions(runtime)
