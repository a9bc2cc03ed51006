"""`POST /interactions/{interaction_id}/facts/`: Add facts"""

from __future__ import annotations

from uuid import UUID

from ...models import FactsCreateRequest, FactsCreateResponse
from ...types import Operation, Param

OPERATION: Operation[FactsCreateResponse] = Operation(
    name="facts_create",
    summary="Add facts",
    method="POST",
    path="/interactions/{interaction_id}/facts/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=FactsCreateRequest,
    responses={
        200: FactsCreateResponse,
    },
    idempotent=False,
)
