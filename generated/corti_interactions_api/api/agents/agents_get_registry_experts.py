"""`GET /agents/registry/experts`: List registry experts (v1)"""

from __future__ import annotations

from ...models import AgentsRegistryExpertsResponse
from ...types import UNSET, Operation, Param, Server

OPERATION: Operation[AgentsRegistryExpertsResponse] = Operation(
    name="agents_get_registry_experts",
    summary="List registry experts (v1)",
    method="GET",
    path="/agents/registry/experts",
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
    ),
    body=None,
    responses={
        200: AgentsRegistryExpertsResponse,
    },
    idempotent=True,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.get_registry_experts() is deprecated: use client.agentic.registry.connectors.list() instead",
)
