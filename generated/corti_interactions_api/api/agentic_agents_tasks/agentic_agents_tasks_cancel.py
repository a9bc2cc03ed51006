"""`POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:cancel`: Cancel a task"""

from __future__ import annotations

from ...models import CommonTaskResponse
from ...types import Operation, Param

OPERATION: Operation[CommonTaskResponse] = Operation(
    name="agentic_agents_tasks_cancel",
    summary="Cancel a task",
    method="POST",
    path="/agentic/agents/{agent_id}/a2a/tasks/{task_id}:cancel",
    path_params=(
        Param("agent_id", "agentId", str),
        Param("task_id", "taskId", str),
    ),
    query_params=(),
    body=None,
    responses={
        200: CommonTaskResponse,
    },
    idempotent=True,
    headers=(("A2A-Version", "1.0"),),
)
