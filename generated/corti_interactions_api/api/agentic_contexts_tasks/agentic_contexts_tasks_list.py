"""`GET /agentic/contexts/{context_id}/tasks`: List a context's tasks"""

from __future__ import annotations

from typing import Protocol

from ...models import CommonTaskListResponse, CommonTaskResponse
from ...types import UNSET, AsyncPage, Operation, Pagination, Param, SyncPage

OPERATION: Operation[CommonTaskListResponse] = Operation(
    name="agentic_contexts_tasks_list",
    summary="List a context's tasks",
    method="GET",
    path="/agentic/contexts/{context_id}/tasks",
    path_params=(Param("context_id", "contextId", str),),
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
    ),
    body=None,
    responses={
        200: CommonTaskListResponse,
    },
    idempotent=True,
    pagination=Pagination(
        page="", size="page_size", items="tasks", id="id", token="page_token", next="next_page_token"
    ),
)


class AgenticContextsTasksListPage(SyncPage[CommonTaskResponse], Protocol):
    """A page of `list()`; iterating it walks every item on every page."""

    @property
    def tasks(self) -> list[CommonTaskResponse]:
        """The items on this page."""


class AsyncAgenticContextsTasksListPage(AsyncPage[CommonTaskResponse], Protocol):
    """A page of `list()`; `async for` walks every item on every page."""

    @property
    def tasks(self) -> list[CommonTaskResponse]:
        """The items on this page."""
