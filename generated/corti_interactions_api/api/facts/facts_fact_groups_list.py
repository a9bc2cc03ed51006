"""`GET /factgroups/`: List fact groups"""

from __future__ import annotations

from ...models import FactsFactGroupsListResponse
from ...types import Operation

OPERATION: Operation[FactsFactGroupsListResponse] = Operation(
    name="facts_fact_groups_list",
    summary="List fact groups",
    method="GET",
    path="/factgroups/",
    path_params=(),
    query_params=(),
    body=None,
    responses={
        200: FactsFactGroupsListResponse,
    },
    idempotent=True,
)
