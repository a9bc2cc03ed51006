"""`DELETE /interactions/{interaction_id}`: Delete an interaction"""

from __future__ import annotations

from uuid import UUID

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="interactions_delete",
    summary="Delete an interaction",
    method="DELETE",
    path="/interactions/{interaction_id}",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
