"""`GET /agentic/registry/connectors/{connector_id}`: Get a registry connector"""

from __future__ import annotations

from ...models import AgenticRegistryConnector
from ...types import Operation, Param

OPERATION: Operation[AgenticRegistryConnector] = Operation(
    name="agentic_registry_connectors_get",
    summary="Get a registry connector",
    method="GET",
    path="/agentic/registry/connectors/{connector_id}",
    path_params=(Param("connector_id", "connectorId", str),),
    query_params=(),
    body=None,
    responses={
        200: AgenticRegistryConnector,
    },
    idempotent=True,
)
