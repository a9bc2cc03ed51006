"""`POST /agentic/agents`: Create an agent"""

from __future__ import annotations

from ...models import (
    AgenticAgentsCreateRequest,
    AgenticAgentsResponse,
)
from ...types import Operation

OPERATION: Operation[AgenticAgentsResponse] = Operation(
    name="agentic_agents_create",
    summary="Create an agent",
    method="POST",
    path="/agentic/agents",
    path_params=(),
    query_params=(),
    body=AgenticAgentsCreateRequest,
    responses={
        201: AgenticAgentsResponse,
    },
    idempotent=False,
)
