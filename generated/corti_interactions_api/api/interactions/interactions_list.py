"""`GET /interactions/`: List interactions"""

from __future__ import annotations

from typing import Protocol

from ...models import (
    CommonSortingDirectionEnum,
    InteractionsEncounterStatusEnum,
    InteractionsGetResponse,
    InteractionsListRequestSort,
    InteractionsListResponse,
)
from ...types import UNSET, AsyncPage, Operation, Pagination, Param, SyncPage

OPERATION: Operation[InteractionsListResponse] = Operation(
    name="interactions_list",
    summary="List interactions",
    method="GET",
    path="/interactions/",
    path_params=(),
    query_params=(
        Param(
            "sort",
            "sort",
            InteractionsListRequestSort,
            is_array=False,
            default="createdAt",
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "direction",
            "direction",
            CommonSortingDirectionEnum,
            is_array=False,
            default="desc",
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
            default=10,
            minimum=1,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "index",
            "index",
            int,
            is_array=False,
            default=1,
            minimum=1,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "encounter_status",
            "encounterStatus",
            InteractionsEncounterStatusEnum,
            is_array=True,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "patient",
            "patient",
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
        200: InteractionsListResponse,
    },
    idempotent=True,
    pagination=Pagination(page="index", size="page_size", items="interactions", id="id"),
)


class InteractionsListPage(SyncPage[InteractionsGetResponse], Protocol):
    """A page of `list()`; iterating it walks every item on every page."""

    @property
    def interactions(self) -> list[InteractionsGetResponse]:
        """The items on this page."""


class AsyncInteractionsListPage(AsyncPage[InteractionsGetResponse], Protocol):
    """A page of `list()`; `async for` walks every item on every page."""

    @property
    def interactions(self) -> list[InteractionsGetResponse]:
        """The items on this page."""
