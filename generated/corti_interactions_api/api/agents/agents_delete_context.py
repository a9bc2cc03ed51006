"""`DELETE /agents/{id}/v1/contexts/{context_id}`: Delete a context (v1)"""

from __future__ import annotations

from ...types import Operation, Param, Server

OPERATION: Operation[None] = Operation(
    name="agents_delete_context",
    summary="Delete a context (v1)",
    method="DELETE",
    path="/agents/{id}/v1/contexts/{context_id}",
    path_params=(
        Param("id", "id", str),
        Param("context_id", "contextId", str),
    ),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.delete_context() is deprecated: use client.agentic.contexts.delete() instead",
)
