"""`POST /agents`: Create an agent (v1)"""

from __future__ import annotations

from ...models import (
    AgentsAgent,
    AgentsCreateAgent,
)
from ...types import UNSET, Operation, Param, Server

OPERATION: Operation[AgentsAgent] = Operation(
    name="agents_create",
    summary="Create an agent (v1)",
    method="POST",
    path="/agents",
    path_params=(),
    query_params=(
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
    body=AgentsCreateAgent,
    responses={
        200: AgentsAgent,
    },
    idempotent=False,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.create() is deprecated: use client.agentic.agents.create() instead",
)
