"""`GET /agentic/registry/connectors`: List registry connectors"""

from __future__ import annotations

from typing import Protocol

from ...models import AgenticRegistryConnector, AgenticRegistryConnectorsListResponse
from ...types import UNSET, AsyncPage, Operation, Pagination, Param, SyncPage

OPERATION: Operation[AgenticRegistryConnectorsListResponse] = Operation(
    name="agentic_registry_connectors_list",
    summary="List registry connectors",
    method="GET",
    path="/agentic/registry/connectors",
    path_params=(),
    query_params=(
        Param(
            "q",
            "q",
            str,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "page_size",
            "pageSize",
            int,
            is_array=False,
            default=UNSET,
            minimum=1,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "page_token",
            "pageToken",
            str,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
    ),
    body=None,
    responses={
        200: AgenticRegistryConnectorsListResponse,
    },
    idempotent=True,
    pagination=Pagination(
        page="", size="page_size", items="connectors", id="id", token="page_token", next="next_page_token"
    ),
)


class AgenticRegistryConnectorsListPage(SyncPage[AgenticRegistryConnector], Protocol):
    """A page of `list()`; iterating it walks every item on every page."""

    @property
    def connectors(self) -> list[AgenticRegistryConnector]:
        """The items on this page."""


class AsyncAgenticRegistryConnectorsListPage(AsyncPage[AgenticRegistryConnector], Protocol):
    """A page of `list()`; `async for` walks every item on every page."""

    @property
    def connectors(self) -> list[AgenticRegistryConnector]:
        """The items on this page."""
