"""`DELETE /agentic/contexts/{context_id}/tasks/{task_id}/feedback/{feedback_id}`: Delete feedback"""

from __future__ import annotations

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="agentic_contexts_tasks_feedback_delete",
    summary="Delete feedback",
    method="DELETE",
    path="/agentic/contexts/{context_id}/tasks/{task_id}/feedback/{feedback_id}",
    path_params=(
        Param("context_id", "contextId", str),
        Param("task_id", "taskId", str),
        Param("feedback_id", "feedbackId", str),
    ),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
