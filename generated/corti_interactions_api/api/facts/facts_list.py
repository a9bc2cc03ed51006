"""`GET /interactions/{interaction_id}/facts/`: List facts"""

from __future__ import annotations

from uuid import UUID

from ...models import FactsListResponse
from ...types import Operation, Param

OPERATION: Operation[FactsListResponse] = Operation(
    name="facts_list",
    summary="List facts",
    method="GET",
    path="/interactions/{interaction_id}/facts/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: FactsListResponse,
    },
    idempotent=True,
)
