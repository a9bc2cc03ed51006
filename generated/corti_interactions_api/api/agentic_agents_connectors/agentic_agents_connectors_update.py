"""`PATCH /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`: Update a connector"""

from __future__ import annotations

from ...models import (
    AgenticConnectorsPatchRequest,
    CommonConnectorResponse,
)
from ...types import Operation, Param

OPERATION: Operation[CommonConnectorResponse] = Operation(
    name="agentic_agents_connectors_update",
    summary="Update a connector",
    method="PATCH",
    path="/agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}",
    path_params=(
        Param("parent_agent_id", "parentAgentId", str),
        Param("agent_connector_id", "agentConnectorId", str),
    ),
    query_params=(),
    body=AgenticConnectorsPatchRequest,
    responses={
        200: CommonConnectorResponse,
    },
    idempotent=False,
    body_content_type="application/merge-patch+json",
)
