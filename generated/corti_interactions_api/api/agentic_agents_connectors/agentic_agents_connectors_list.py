"""`GET /agentic/agents/{parent_agent_id}/connectors`: List an agent's connectors"""

from __future__ import annotations

from ...models import AgenticConnectorsListResponse
from ...types import Operation, Param

OPERATION: Operation[AgenticConnectorsListResponse] = Operation(
    name="agentic_agents_connectors_list",
    summary="List an agent's connectors",
    method="GET",
    path="/agentic/agents/{parent_agent_id}/connectors",
    path_params=(Param("parent_agent_id", "parentAgentId", str),),
    query_params=(),
    body=None,
    responses={
        200: AgenticConnectorsListResponse,
    },
    idempotent=True,
)
