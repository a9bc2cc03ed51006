"""`GET /agentic/agents`: List agents"""

from __future__ import annotations

from typing import Protocol

from ...models import AgenticAgentLifecycle, AgenticAgentsListResponse, AgenticAgentsResponse, AgenticAgentVisibility
from ...types import UNSET, AsyncPage, Operation, Pagination, Param, SyncPage

OPERATION: Operation[AgenticAgentsListResponse] = Operation(
    name="agentic_agents_list",
    summary="List agents",
    method="GET",
    path="/agentic/agents",
    path_params=(),
    query_params=(
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
        Param(
            "visibility",
            "visibility",
            AgenticAgentVisibility,
            is_array=True,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "lifecycle",
            "lifecycle",
            AgenticAgentLifecycle,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "label",
            "label",
            str,
            is_array=True,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
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
    ),
    body=None,
    responses={
        200: AgenticAgentsListResponse,
    },
    idempotent=True,
    pagination=Pagination(
        page="", size="page_size", items="agents", id="id", token="page_token", next="next_page_token"
    ),
)


class AgenticAgentsListPage(SyncPage[AgenticAgentsResponse], Protocol):
    """A page of `list()`; iterating it walks every item on every page."""

    @property
    def agents(self) -> list[AgenticAgentsResponse]:
        """The items on this page."""


class AsyncAgenticAgentsListPage(AsyncPage[AgenticAgentsResponse], Protocol):
    """A page of `list()`; `async for` walks every item on every page."""

    @property
    def agents(self) -> list[AgenticAgentsResponse]:
        """The items on this page."""
