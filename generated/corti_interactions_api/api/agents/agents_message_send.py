"""`POST /agents/{id}/v1/message:send`: Send a message to an agent (v1)"""

from __future__ import annotations

from ...models import (
    AgentsMessageSendParams,
    AgentsMessageSendResponse,
)
from ...types import Operation, Param, Server

OPERATION: Operation[AgentsMessageSendResponse] = Operation(
    name="agents_message_send",
    summary="Send a message to an agent (v1)",
    method="POST",
    path="/agents/{id}/v1/message:send",
    path_params=(Param("id", "id", str),),
    query_params=(),
    body=AgentsMessageSendParams,
    responses={
        200: AgentsMessageSendResponse,
    },
    idempotent=False,
    server=Server(replaces="/v2", path=""),
    deprecated="client.agents.message_send() is deprecated: use client.agentic.agents.send_message() instead",
)
