"""`GET /agentic/contexts/{context_id}/tasks/{task_id}`: Get a context's task"""

from __future__ import annotations

from ...models import CommonTaskResponse
from ...types import Operation, Param

OPERATION: Operation[CommonTaskResponse] = Operation(
    name="agentic_contexts_tasks_get",
    summary="Get a context's task",
    method="GET",
    path="/agentic/contexts/{context_id}/tasks/{task_id}",
    path_params=(
        Param("context_id", "contextId", str),
        Param("task_id", "taskId", str),
    ),
    query_params=(),
    body=None,
    responses={
        200: CommonTaskResponse,
    },
    idempotent=True,
)
