"""`GET /agents/{id}/v1/tasks/{task_id}`: Get a task (v1)"""

from __future__ import annotations

from ...models import AgentsTask
from ...types import UNSET, Operation, Param, Server

OPERATION: Operation[AgentsTask] = Operation(
    name="agents_get_task",
    summary="Get a task (v1)",
    method="GET",
    path="/agents/{id}/v1/tasks/{task_id}",
    path_params=(
        Param("id", "id", str),
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
        200: AgentsTask,
    },
    idempotent=True,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.get_task() is deprecated: use client.agentic.agents.tasks.get() instead",
)
