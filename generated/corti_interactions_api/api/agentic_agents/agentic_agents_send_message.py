"""`POST /agentic/agents/{agent_id}/a2a/message:send`: Send a message"""

from __future__ import annotations

from ...models import (
    AgenticAgentsSendMessageRequest,
    AgenticAgentsSendMessageResponse,
)
from ...types import Operation, Param

OPERATION: Operation[AgenticAgentsSendMessageResponse] = Operation(
    name="agentic_agents_send_message",
    summary="Send a message",
    method="POST",
    path="/agentic/agents/{agent_id}/a2a/message:send",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(),
    body=AgenticAgentsSendMessageRequest,
    responses={
        200: AgenticAgentsSendMessageResponse,
    },
    idempotent=False,
    headers=(("A2A-Version", "1.0"),),
)
