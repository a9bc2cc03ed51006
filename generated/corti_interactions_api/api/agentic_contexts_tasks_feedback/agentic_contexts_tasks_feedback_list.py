"""`GET /agentic/contexts/{context_id}/tasks/{task_id}/feedback`: List feedback on a task"""

from __future__ import annotations

from ...models import AgenticFeedbackListResponse
from ...types import Operation, Param

OPERATION: Operation[AgenticFeedbackListResponse] = Operation(
    name="agentic_contexts_tasks_feedback_list",
    summary="List feedback on a task",
    method="GET",
    path="/agentic/contexts/{context_id}/tasks/{task_id}/feedback",
    path_params=(
        Param("context_id", "contextId", str),
        Param("task_id", "taskId", str),
    ),
    query_params=(),
    body=None,
    responses={
        200: AgenticFeedbackListResponse,
    },
    idempotent=True,
)
