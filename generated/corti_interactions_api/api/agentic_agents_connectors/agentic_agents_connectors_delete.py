"""`DELETE /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`: Remove a connector"""

from __future__ import annotations

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="agentic_agents_connectors_delete",
    summary="Remove a connector",
    method="DELETE",
    path="/agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}",
    path_params=(
        Param("parent_agent_id", "parentAgentId", str),
        Param("agent_connector_id", "agentConnectorId", str),
    ),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
