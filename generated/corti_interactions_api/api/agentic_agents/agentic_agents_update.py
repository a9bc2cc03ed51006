"""`PATCH /agentic/agents/{agent_id}`: Update an agent"""

from __future__ import annotations

from ...models import (
    AgenticAgentsPatchRequest,
    AgenticAgentsResponse,
)
from ...types import Operation, Param

OPERATION: Operation[AgenticAgentsResponse] = Operation(
    name="agentic_agents_update",
    summary="Update an agent",
    method="PATCH",
    path="/agentic/agents/{agent_id}",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(),
    body=AgenticAgentsPatchRequest,
    responses={
        200: AgenticAgentsResponse,
    },
    idempotent=False,
    body_content_type="application/merge-patch+json",
)
