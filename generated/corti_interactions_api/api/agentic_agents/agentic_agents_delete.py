"""`DELETE /agentic/agents/{agent_id}`: Delete an agent"""

from __future__ import annotations

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="agentic_agents_delete",
    summary="Delete an agent",
    method="DELETE",
    path="/agentic/agents/{agent_id}",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
