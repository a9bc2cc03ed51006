"""`GET /agentic/contexts/{context_id}`: Get a context"""

from __future__ import annotations

from ...models import AgenticContextsDetailResponse
from ...types import UNSET, Operation, Param

OPERATION: Operation[AgenticContextsDetailResponse] = Operation(
    name="agentic_contexts_get",
    summary="Get a context",
    method="GET",
    path="/agentic/contexts/{context_id}",
    path_params=(Param("context_id", "contextId", str),),
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
        200: AgenticContextsDetailResponse,
    },
    idempotent=True,
)
