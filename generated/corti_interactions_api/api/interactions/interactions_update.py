"""`PATCH /interactions/{interaction_id}`: Update an interaction"""

from __future__ import annotations

from uuid import UUID

from ...models import (
    InteractionsGetResponse,
    InteractionsUpdateRequest,
)
from ...types import Operation, Param

OPERATION: Operation[InteractionsGetResponse] = Operation(
    name="interactions_update",
    summary="Update an interaction",
    method="PATCH",
    path="/interactions/{interaction_id}",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=InteractionsUpdateRequest,
    responses={
        200: InteractionsGetResponse,
    },
    idempotent=True,
    bulk=True,
)
