"""`GET /interactions/{interaction_id}`: Get an interaction"""

from __future__ import annotations

from uuid import UUID

from ...models import InteractionsGetResponse
from ...types import Operation, Param

OPERATION: Operation[InteractionsGetResponse] = Operation(
    name="interactions_get",
    summary="Get an interaction",
    method="GET",
    path="/interactions/{interaction_id}",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: InteractionsGetResponse,
    },
    idempotent=True,
)
