"""`PATCH /interactions/{interaction_id}/facts/`: Update several facts"""

from __future__ import annotations

from uuid import UUID

from ...models import FactsBatchUpdateRequest, FactsBatchUpdateResponse
from ...types import Operation, Param

OPERATION: Operation[FactsBatchUpdateResponse] = Operation(
    name="facts_batch_update",
    summary="Update several facts",
    method="PATCH",
    path="/interactions/{interaction_id}/facts/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=FactsBatchUpdateRequest,
    responses={
        200: FactsBatchUpdateResponse,
    },
    idempotent=True,
)
