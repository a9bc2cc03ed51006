"""`GET /agentic/contexts/{context_id}/trace`: Get a context's traces"""

from __future__ import annotations

from typing import Protocol

from ...models import AgenticContextsTraceItem, AgenticContextsTraceResponse
from ...types import UNSET, AsyncPage, Operation, Pagination, Param, SyncPage

OPERATION: Operation[AgenticContextsTraceResponse] = Operation(
    name="agentic_contexts_trace",
    summary="Get a context's traces",
    method="GET",
    path="/agentic/contexts/{context_id}/trace",
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
        200: AgenticContextsTraceResponse,
    },
    idempotent=True,
    pagination=Pagination(
        page="", size="page_size", items="traces", id=None, token="page_token", next="next_page_token"
    ),
)


class AgenticContextsTracePage(SyncPage[AgenticContextsTraceItem], Protocol):
    """A page of `trace()`; iterating it walks every item on every page."""

    @property
    def traces(self) -> list[AgenticContextsTraceItem]:
        """The items on this page."""


class AsyncAgenticContextsTracePage(AsyncPage[AgenticContextsTraceItem], Protocol):
    """A page of `trace()`; `async for` walks every item on every page."""

    @property
    def traces(self) -> list[AgenticContextsTraceItem]:
        """The items on this page."""
