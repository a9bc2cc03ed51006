"""`GET /agentic/contexts/{context_id}/tasks/{task_id}/artifacts/{artifact_id}`: Get an artifact"""

from __future__ import annotations

from ...models import CommonArtifactResponse
from ...types import Operation, Param

OPERATION: Operation[CommonArtifactResponse] = Operation(
    name="agentic_contexts_tasks_artifacts_get",
    summary="Get an artifact",
    method="GET",
    path="/agentic/contexts/{context_id}/tasks/{task_id}/artifacts/{artifact_id}",
    path_params=(
        Param("context_id", "contextId", str),
        Param("task_id", "taskId", str),
        Param("artifact_id", "artifactId", str),
    ),
    query_params=(),
    body=None,
    responses={
        200: CommonArtifactResponse,
    },
    idempotent=True,
)
