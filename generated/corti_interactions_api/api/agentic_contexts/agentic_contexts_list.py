"""`GET /agentic/contexts`: List contexts"""

from __future__ import annotations

import datetime
from typing import Protocol

from ...models import AgenticContext, AgenticContextsListResponse
from ...types import UNSET, AsyncPage, Operation, Pagination, Param, SyncPage

OPERATION: Operation[AgenticContextsListResponse] = Operation(
    name="agentic_contexts_list",
    summary="List contexts",
    method="GET",
    path="/agentic/contexts",
    path_params=(),
    query_params=(
        Param(
            "agent_id",
            "agentId",
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
            "from_",
            "from",
            datetime.datetime,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "to",
            "to",
            datetime.datetime,
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
        200: AgenticContextsListResponse,
    },
    idempotent=True,
    pagination=Pagination(
        page="", size="page_size", items="contexts", id="id", token="page_token", next="next_page_token"
    ),
)


class AgenticContextsListPage(SyncPage[AgenticContext], Protocol):
    """A page of `list()`; iterating it walks every item on every page."""

    @property
    def contexts(self) -> list[AgenticContext]:
        """The items on this page."""


class AsyncAgenticContextsListPage(AsyncPage[AgenticContext], Protocol):
    """A page of `list()`; `async for` walks every item on every page."""

    @property
    def contexts(self) -> list[AgenticContext]:
        """The items on this page."""
