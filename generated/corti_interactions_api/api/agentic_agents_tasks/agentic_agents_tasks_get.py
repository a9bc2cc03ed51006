"""`GET /agentic/agents/{agent_id}/a2a/tasks/{task_id}`: Get a task"""

from __future__ import annotations

from ...models import CommonTaskResponse
from ...types import UNSET, Operation, Param

OPERATION: Operation[CommonTaskResponse] = Operation(
    name="agentic_agents_tasks_get",
    summary="Get a task",
    method="GET",
    path="/agentic/agents/{agent_id}/a2a/tasks/{task_id}",
    path_params=(
        Param("agent_id", "agentId", str),
        Param("task_id", "taskId", str),
    ),
    query_params=(
        Param(
            "history_length",
            "historyLength",
            int,
            is_array=False,
            default=UNSET,
            minimum=0,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
    ),
    body=None,
    responses={
        200: CommonTaskResponse,
    },
    idempotent=True,
    headers=(("A2A-Version", "1.0"),),
)
