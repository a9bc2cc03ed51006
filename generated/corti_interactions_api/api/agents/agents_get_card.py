"""`GET /agents/{id}/agent-card.json`: Get an agent's card (v1)"""

from __future__ import annotations

from ...models import AgentsAgentCard
from ...types import Operation, Param, Server

OPERATION: Operation[AgentsAgentCard] = Operation(
    name="agents_get_card",
    summary="Get an agent's card (v1)",
    method="GET",
    path="/agents/{id}/agent-card.json",
    path_params=(Param("id", "id", str),),
    query_params=(),
    body=None,
    responses={
        200: AgentsAgentCard,
    },
    idempotent=True,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.get_card() is deprecated: use client.agentic.agents.card() instead",
)
