"""`GET /agents/{id}`: Get an agent (v1)"""

from __future__ import annotations

from ...models import AgentsAgentResponse
from ...types import Operation, Param, Server

OPERATION: Operation[AgentsAgentResponse] = Operation(
    name="agents_get",
    summary="Get an agent (v1)",
    method="GET",
    path="/agents/{id}",
    path_params=(Param("id", "id", str),),
    query_params=(),
    body=None,
    responses={
        200: AgentsAgentResponse,
    },
    idempotent=True,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.get() is deprecated: use client.agentic.agents.get() instead",
)
