"""`GET /agentic/agents/{agent_id}/.well-known/agent-card.json`: Get an agent's card"""

from __future__ import annotations

from ...models import AgenticAgentCardResponse
from ...types import Operation, Param

OPERATION: Operation[AgenticAgentCardResponse] = Operation(
    name="agentic_agents_card",
    summary="Get an agent's card",
    method="GET",
    path="/agentic/agents/{agent_id}/.well-known/agent-card.json",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(),
    body=None,
    responses={
        200: AgenticAgentCardResponse,
    },
    idempotent=True,
)
