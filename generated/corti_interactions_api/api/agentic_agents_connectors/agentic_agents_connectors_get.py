"""`GET /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`: Get a connector"""

from __future__ import annotations

from ...models import CommonConnectorResponse
from ...types import Operation, Param

OPERATION: Operation[CommonConnectorResponse] = Operation(
    name="agentic_agents_connectors_get",
    summary="Get a connector",
    method="GET",
    path="/agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}",
    path_params=(
        Param("parent_agent_id", "parentAgentId", str),
        Param("agent_connector_id", "agentConnectorId", str),
    ),
    query_params=(),
    body=None,
    responses={
        200: CommonConnectorResponse,
    },
    idempotent=True,
)
