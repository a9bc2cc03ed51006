"""`DELETE /agentic/contexts/{context_id}`: Delete a context"""

from __future__ import annotations

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="agentic_contexts_delete",
    summary="Delete a context",
    method="DELETE",
    path="/agentic/contexts/{context_id}",
    path_params=(Param("context_id", "contextId", str),),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
