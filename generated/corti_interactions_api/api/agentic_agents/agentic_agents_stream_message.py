"""`POST /agentic/agents/{agent_id}/a2a/message:stream`: Send a message, answered as a stream"""

from __future__ import annotations

from ...models import (
    AgenticAgentsSendMessageRequest,
    AgenticStreamArtifactUpdateEvent,
    AgenticStreamMessageEvent,
    AgenticStreamStatusUpdateEvent,
    AgenticStreamTaskEvent,
)
from ...types import EventContent, EventStream, Operation, Param, UnknownEvent

OPERATION: Operation[
    EventStream[
        AgenticStreamTaskEvent
        | AgenticStreamMessageEvent
        | AgenticStreamStatusUpdateEvent
        | AgenticStreamArtifactUpdateEvent
        | UnknownEvent
    ]
] = Operation(
    name="agentic_agents_stream_message",
    summary="Send a message, answered as a stream",
    method="POST",
    path="/agentic/agents/{agent_id}/a2a/message:stream",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(),
    body=AgenticAgentsSendMessageRequest,
    responses={
        200: EventContent,
    },
    idempotent=False,
    headers=(("A2A-Version", "1.0"),),
    events={
        "task": AgenticStreamTaskEvent,
        "message": AgenticStreamMessageEvent,
        "statusUpdate": AgenticStreamStatusUpdateEvent,
        "artifactUpdate": AgenticStreamArtifactUpdateEvent,
    },
)
