"""`DELETE /agents/{id}`: Delete an agent (v1)"""

from __future__ import annotations

from ...types import Operation, Param, Server

OPERATION: Operation[None] = Operation(
    name="agents_delete",
    summary="Delete an agent (v1)",
    method="DELETE",
    path="/agents/{id}",
    path_params=(Param("id", "id", str),),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.delete() is deprecated: use client.agentic.agents.delete() instead",
)
