"""`PATCH /agents/{id}`: Update an agent (v1)"""

from __future__ import annotations

from ...models import (
    AgentsAgent,
    AgentsUpdateAgent,
)
from ...types import Operation, Param, Server

OPERATION: Operation[AgentsAgent] = Operation(
    name="agents_update",
    summary="Update an agent (v1)",
    method="PATCH",
    path="/agents/{id}",
    path_params=(Param("id", "id", str),),
    query_params=(),
    body=AgentsUpdateAgent,
    responses={
        200: AgentsAgent,
    },
    idempotent=False,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.update() is deprecated: use client.agentic.agents.update() instead",
)
