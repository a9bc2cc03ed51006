"""`POST /agentic/agents/{agent_id}/a2a/message:stream`: Send a message, answered as a stream"""

from __future__ import annotations

from ...models import (
    AgenticAgentsSendMessageRequest,
    AgenticAgentsStreamEventResponse,
)
from ...types import Operation, Param

OPERATION: Operation[AgenticAgentsStreamEventResponse] = Operation(
    name="agentic_agents_stream_message",
    summary="Send a message, answered as a stream",
    method="POST",
    path="/agentic/agents/{agent_id}/a2a/message:stream",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(),
    body=AgenticAgentsSendMessageRequest,
    responses={
        200: AgenticAgentsStreamEventResponse,
    },
    idempotent=False,
    headers=(("A2A-Version", "1.0"),),
)
