"""`POST /agentic/agents/{parent_agent_id}/connectors`: Add a connector"""

from __future__ import annotations

from ...models import (
    CommonConnectorCreateRequest,
    CommonConnectorResponse,
)
from ...types import Operation, Param

OPERATION: Operation[CommonConnectorResponse] = Operation(
    name="agentic_agents_connectors_create",
    summary="Add a connector",
    method="POST",
    path="/agentic/agents/{parent_agent_id}/connectors",
    path_params=(Param("parent_agent_id", "parentAgentId", str),),
    query_params=(),
    body=CommonConnectorCreateRequest,
    responses={
        201: CommonConnectorResponse,
    },
    idempotent=False,
)
