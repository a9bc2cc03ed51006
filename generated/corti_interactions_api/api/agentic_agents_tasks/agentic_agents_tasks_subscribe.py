"""`POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:subscribe`: Resubscribe to a task's events"""

from __future__ import annotations

from ...models import (
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
    name="agentic_agents_tasks_subscribe",
    summary="Resubscribe to a task's events",
    method="POST",
    path="/agentic/agents/{agent_id}/a2a/tasks/{task_id}:subscribe",
    path_params=(
        Param("agent_id", "agentId", str),
        Param("task_id", "taskId", str),
    ),
    query_params=(),
    body=None,
    responses={
        200: EventContent,
    },
    idempotent=True,
    headers=(("A2A-Version", "1.0"),),
    events={
        "task": AgenticStreamTaskEvent,
        "message": AgenticStreamMessageEvent,
        "statusUpdate": AgenticStreamStatusUpdateEvent,
        "artifactUpdate": AgenticStreamArtifactUpdateEvent,
    },
)
