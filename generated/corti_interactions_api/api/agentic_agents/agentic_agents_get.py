"""`GET /agentic/agents/{agent_id}`: Get an agent"""

from __future__ import annotations

from ...models import AgenticAgentsResponse
from ...types import Operation, Param

OPERATION: Operation[AgenticAgentsResponse] = Operation(
    name="agentic_agents_get",
    summary="Get an agent",
    method="GET",
    path="/agentic/agents/{agent_id}",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(),
    body=None,
    responses={
        200: AgenticAgentsResponse,
    },
    idempotent=True,
)
