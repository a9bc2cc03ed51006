"""`GET /agents/{id}/v1/contexts/{context_id}`: Get a context (v1)"""

from __future__ import annotations

from ...models import AgentsContext
from ...types import UNSET, Operation, Param, Server

OPERATION: Operation[AgentsContext] = Operation(
    name="agents_get_context",
    summary="Get a context (v1)",
    method="GET",
    path="/agents/{id}/v1/contexts/{context_id}",
    path_params=(
        Param("id", "id", str),
        Param("context_id", "contextId", str),
    ),
    query_params=(
        Param(
            "limit",
            "limit",
            int,
            is_array=False,
            default=UNSET,
            minimum=1,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "offset",
            "offset",
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
        200: AgentsContext,
    },
    idempotent=True,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.get_context() is deprecated: use client.agentic.contexts.get() instead",
)
