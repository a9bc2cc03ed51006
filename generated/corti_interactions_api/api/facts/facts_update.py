"""`PATCH /interactions/{interaction_id}/facts/{fact_id}`: Update a fact"""

from __future__ import annotations

from uuid import UUID

from ...models import FactsUpdateRequest, FactsUpdateResponse
from ...types import Operation, Param

OPERATION: Operation[FactsUpdateResponse] = Operation(
    name="facts_update",
    summary="Update a fact",
    method="PATCH",
    path="/interactions/{interaction_id}/facts/{fact_id}",
    path_params=(
        Param("interaction_id", "interactionId", UUID),
        Param("fact_id", "factId", str),
    ),
    query_params=(),
    body=FactsUpdateRequest,
    responses={
        200: FactsUpdateResponse,
    },
    idempotent=True,
)
