"""`GET /agents`: List agents (v1)"""

from __future__ import annotations

from ...models import AgentsAgentResponse
from ...types import UNSET, ArrayOf, Operation, Param, Server

OPERATION: Operation[list[AgentsAgentResponse]] = Operation(
    name="agents_list",
    summary="List agents (v1)",
    method="GET",
    path="/agents",
    path_params=(),
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
        Param(
            "ephemeral",
            "ephemeral",
            bool,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
    ),
    body=None,
    responses={
        200: ArrayOf(AgentsAgentResponse),
    },
    idempotent=True,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.list() is deprecated: use client.agentic.agents.list() instead",
)
