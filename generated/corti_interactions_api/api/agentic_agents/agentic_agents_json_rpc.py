"""`POST /agentic/agents/{agent_id}/a2a`: Call an agent over JSON-RPC"""

from __future__ import annotations

from ...models import (
    AgenticAgentsJsonRpcRequest,
    AgenticAgentsJsonRpcResponse,
)
from ...types import Operation, Param

OPERATION: Operation[AgenticAgentsJsonRpcResponse] = Operation(
    name="agentic_agents_json_rpc",
    summary="Call an agent over JSON-RPC",
    method="POST",
    path="/agentic/agents/{agent_id}/a2a",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(),
    body=AgenticAgentsJsonRpcRequest,
    responses={
        200: AgenticAgentsJsonRpcResponse,
    },
    idempotent=False,
    headers=(("A2A-Version", "1.0"),),
)
