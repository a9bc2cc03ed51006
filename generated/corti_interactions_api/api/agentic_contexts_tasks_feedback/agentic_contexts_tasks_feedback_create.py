"""`POST /agentic/contexts/{context_id}/tasks/{task_id}/feedback`: Give feedback on a task"""

from __future__ import annotations

from ...models import (
    AgenticFeedbackCreateRequest,
    AgenticFeedbackResponse,
)
from ...types import Operation, Param

OPERATION: Operation[AgenticFeedbackResponse] = Operation(
    name="agentic_contexts_tasks_feedback_create",
    summary="Give feedback on a task",
    method="POST",
    path="/agentic/contexts/{context_id}/tasks/{task_id}/feedback",
    path_params=(
        Param("context_id", "contextId", str),
        Param("task_id", "taskId", str),
    ),
    query_params=(),
    body=AgenticFeedbackCreateRequest,
    responses={
        201: AgenticFeedbackResponse,
    },
    idempotent=False,
)
