"""`client.agents`: the `agents` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models import (
    AgentsAgent,
    AgentsAgentCard,
    AgentsAgentResponse,
    AgentsAgentType,
    AgentsContext,
    AgentsCreateAgent,
    AgentsCreateExpert,
    AgentsCreateExpertReference,
    AgentsCreateMcpServer,
    AgentsMessage,
    AgentsMessageSendConfiguration,
    AgentsMessageSendParams,
    AgentsMessageSendParamsMetadata,
    AgentsMessageSendResponse,
    AgentsRegistryExpertsResponse,
    AgentsTask,
    AgentsUpdateAgent,
    AgentsUpdateExpertReference,
)
from ...types import (
    NOT_GIVEN,
    UNSET,
    AsyncRuntime,
    NotGiven,
    RawResponse,
    RequestOptions,
    SyncRuntime,
    Timeout,
    Unset,
    missing_name,
)

if TYPE_CHECKING:  # named in signatures only: their modules load with their first use
    from ...bulk_types import BulkItem, BulkResult, BulkSummary
from . import agents_create as _agents_create
from . import agents_delete as _agents_delete
from . import agents_delete_context as _agents_delete_context
from . import agents_get as _agents_get
from . import agents_get_card as _agents_get_card
from . import agents_get_context as _agents_get_context
from . import agents_get_registry_experts as _agents_get_registry_experts
from . import agents_get_task as _agents_get_task
from . import agents_list as _agents_list
from . import agents_message_send as _agents_message_send
from . import agents_update as _agents_update

__all__ = ["AsyncAgents", "AsyncAgentsWithRawResponse", "Agents", "AgentsWithRawResponse"]


class Agents:
    """`client.agents` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgentsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agents", name, {})

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        ephemeral: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[AgentsAgentResponse]:
        """List agents (v1).

        The tenant's agents, a bare array (A1).

        Args:
            limit: How many to return.
            offset: How many to skip.
            ephemeral: Ephemeral agents: listed only when true; created as ephemeral (not listed, deleted
                periodically) when true.

        `GET /agents`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_list.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_list.OPERATION,
            (),
            {
                "limit": limit,
                "offset": offset,
                "ephemeral": ephemeral,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        *,
        name: str,
        description: str,
        agent_type: AgentsAgentType | str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        experts: Sequence[AgentsCreateExpert | Mapping[str, Any] | AgentsCreateExpertReference] | Unset = UNSET,
        mcp_servers: Sequence[AgentsCreateMcpServer | Mapping[str, Any]] | Unset = UNSET,
        ephemeral: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsAgent:
        """Create an agent (v1).

        `ephemeral` goes in the query, not the body (A2).

        Args:
            name: The agent's name.
            description: What the agent does.
            agent_type: The type of a v1 agent.
            system_prompt: Optional: there is a default system orchestrator.
            experts: Experts, new or referenced from the registry.
            mcp_servers: MCP servers the agent may call; left out, none.
            ephemeral: Ephemeral agents: listed only when true; created as ephemeral (not listed, deleted
                periodically) when true.

        `POST /agents`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_create.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_create.OPERATION,
            (),
            {
                "ephemeral": ephemeral,
            },
            {
                "name": name,
                "description": description,
                "agent_type": agent_type,
                "system_prompt": system_prompt,
                "experts": experts,
                "mcp_servers": mcp_servers,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsAgentResponse:
        """Get an agent (v1).

        An agent by id (A3).

        Args:
            id: The agent's id (v1).

        `GET /agents/{id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete an agent (v1).

        Deletes an agent (A5). Success status 204 (inferred: the SDK accepts any 2xx).

        Args:
            id: The agent's id (v1).

        `DELETE /agents/{id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_delete.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_delete.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        description: str | Unset = UNSET,
        experts: Sequence[AgentsCreateExpert | Mapping[str, Any] | AgentsUpdateExpertReference] | Unset = UNSET,
        mcp_servers: Sequence[AgentsCreateMcpServer | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsAgent:
        """Update an agent (v1).

        Only the fields given are updated (A4).

        Args:
            id: The agent's id (v1).
            name: The agent's name.
            system_prompt: The system prompt.
            description: What the agent does.
            experts: The experts (replace the list).
            mcp_servers: The MCP servers (replace the list).

        `PATCH /agents/{id}`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_update.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_update.OPERATION,
            (id,),
            {},
            {
                "name": name,
                "system_prompt": system_prompt,
                "description": description,
                "experts": experts,
                "mcp_servers": mcp_servers,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get_card(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsAgentCard:
        """Get an agent's card (v1).

        The A2A 0.3 agent card (A6).

        Args:
            id: The agent's id (v1).

        `GET /agents/{id}/agent-card.json`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_card.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get_card.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def message_send(
        self,
        id: str,
        *,
        message: AgentsMessage | Mapping[str, Any],
        configuration: AgentsMessageSendConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgentsMessageSendParamsMetadata | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsMessageSendResponse:
        """Send a message to an agent (v1).

        If the message carries the id of an ongoing task, the agent continues that task; otherwise it
        starts a new one (A7). Not retried once it may have reached the service.

        Args:
            id: The agent's id (v1).
            message: An A2A 0.3 message.
            configuration: How to send a v1 message.
            metadata: Free-form metadata.

        `POST /agents/{id}/v1/message:send`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_message_send.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_message_send.OPERATION,
            (id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get_task(
        self,
        id: str,
        task_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsTask:
        """Get a task (v1).

        A task of an agent (A8).

        Args:
            id: The agent's id (v1).
            task_id: The task's id (v1).
            history_length: How many messages of the history to include.

        `GET /agents/{id}/v1/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_task.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get_task.OPERATION,
            (
                id,
                task_id,
            ),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get_context(
        self,
        id: str,
        context_id: str,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsContext:
        """Get a context (v1).

        A context (thread) and its items (A9).

        Args:
            id: The agent's id (v1).
            context_id: The context's id (v1).
            limit: How many to return.
            offset: How many to skip.

        `GET /agents/{id}/v1/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_context.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get_context.OPERATION,
            (
                id,
                context_id,
            ),
            {
                "limit": limit,
                "offset": offset,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete_context(
        self,
        id: str,
        context_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a context (v1).

        Deletes a context and scrubs its messages and memories (A10). Success status 204 (inferred).

        Args:
            id: The agent's id (v1).
            context_id: The context's id (v1).

        `DELETE /agents/{id}/v1/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_delete_context.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_delete_context.OPERATION,
            (
                id,
                context_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get_registry_experts(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsRegistryExpertsResponse:
        """List registry experts (v1).

        The experts an agent can reference (A11).

        Args:
            limit: How many to return.
            offset: How many to skip.

        `GET /agents/registry/experts`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_registry_experts.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get_registry_experts.OPERATION,
            (),
            {
                "limit": limit,
                "offset": offset,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class AgentsWithRawResponse:
    """`client.agents.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        ephemeral: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[AgentsAgentResponse]]:
        """List agents (v1): the raw answer (headers, attempts, `.parse()`).

        The tenant's agents, a bare array (A1).

        Args:
            limit: How many to return.
            offset: How many to skip.
            ephemeral: Ephemeral agents: listed only when true; created as ephemeral (not listed, deleted
                periodically) when true.

        `GET /agents`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_list.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_list.OPERATION,
            (),
            {
                "limit": limit,
                "offset": offset,
                "ephemeral": ephemeral,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        agent_type: AgentsAgentType | str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        experts: Sequence[AgentsCreateExpert | Mapping[str, Any] | AgentsCreateExpertReference] | Unset = UNSET,
        mcp_servers: Sequence[AgentsCreateMcpServer | Mapping[str, Any]] | Unset = UNSET,
        ephemeral: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsAgent]:
        """Create an agent (v1): the raw answer (headers, attempts, `.parse()`).

        `ephemeral` goes in the query, not the body (A2).

        Args:
            name: The agent's name.
            description: What the agent does.
            agent_type: The type of a v1 agent.
            system_prompt: Optional: there is a default system orchestrator.
            experts: Experts, new or referenced from the registry.
            mcp_servers: MCP servers the agent may call; left out, none.
            ephemeral: Ephemeral agents: listed only when true; created as ephemeral (not listed, deleted
                periodically) when true.

        `POST /agents`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_create.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_create.OPERATION,
            (),
            {
                "ephemeral": ephemeral,
            },
            {
                "name": name,
                "description": description,
                "agent_type": agent_type,
                "system_prompt": system_prompt,
                "experts": experts,
                "mcp_servers": mcp_servers,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsAgentResponse]:
        """Get an agent (v1): the raw answer (headers, attempts, `.parse()`).

        An agent by id (A3).

        Args:
            id: The agent's id (v1).

        `GET /agents/{id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete an agent (v1): the raw answer (headers, attempts, `.parse()`).

        Deletes an agent (A5). Success status 204 (inferred: the SDK accepts any 2xx).

        Args:
            id: The agent's id (v1).

        `DELETE /agents/{id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_delete.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_delete.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        description: str | Unset = UNSET,
        experts: Sequence[AgentsCreateExpert | Mapping[str, Any] | AgentsUpdateExpertReference] | Unset = UNSET,
        mcp_servers: Sequence[AgentsCreateMcpServer | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsAgent]:
        """Update an agent (v1): the raw answer (headers, attempts, `.parse()`).

        Only the fields given are updated (A4).

        Args:
            id: The agent's id (v1).
            name: The agent's name.
            system_prompt: The system prompt.
            description: What the agent does.
            experts: The experts (replace the list).
            mcp_servers: The MCP servers (replace the list).

        `PATCH /agents/{id}`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_update.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_update.OPERATION,
            (id,),
            {},
            {
                "name": name,
                "system_prompt": system_prompt,
                "description": description,
                "experts": experts,
                "mcp_servers": mcp_servers,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_card(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsAgentCard]:
        """Get an agent's card (v1): the raw answer (headers, attempts, `.parse()`).

        The A2A 0.3 agent card (A6).

        Args:
            id: The agent's id (v1).

        `GET /agents/{id}/agent-card.json`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_card.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get_card.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def message_send(
        self,
        id: str,
        *,
        message: AgentsMessage | Mapping[str, Any],
        configuration: AgentsMessageSendConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgentsMessageSendParamsMetadata | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsMessageSendResponse]:
        """Send a message to an agent (v1): the raw answer (headers, attempts, `.parse()`).

        If the message carries the id of an ongoing task, the agent continues that task; otherwise it
        starts a new one (A7). Not retried once it may have reached the service.

        Args:
            id: The agent's id (v1).
            message: An A2A 0.3 message.
            configuration: How to send a v1 message.
            metadata: Free-form metadata.

        `POST /agents/{id}/v1/message:send`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_message_send.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_message_send.OPERATION,
            (id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_task(
        self,
        id: str,
        task_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsTask]:
        """Get a task (v1): the raw answer (headers, attempts, `.parse()`).

        A task of an agent (A8).

        Args:
            id: The agent's id (v1).
            task_id: The task's id (v1).
            history_length: How many messages of the history to include.

        `GET /agents/{id}/v1/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_task.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get_task.OPERATION,
            (
                id,
                task_id,
            ),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_context(
        self,
        id: str,
        context_id: str,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsContext]:
        """Get a context (v1): the raw answer (headers, attempts, `.parse()`).

        A context (thread) and its items (A9).

        Args:
            id: The agent's id (v1).
            context_id: The context's id (v1).
            limit: How many to return.
            offset: How many to skip.

        `GET /agents/{id}/v1/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_context.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get_context.OPERATION,
            (
                id,
                context_id,
            ),
            {
                "limit": limit,
                "offset": offset,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete_context(
        self,
        id: str,
        context_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a context (v1): the raw answer (headers, attempts, `.parse()`).

        Deletes a context and scrubs its messages and memories (A10). Success status 204 (inferred).

        Args:
            id: The agent's id (v1).
            context_id: The context's id (v1).

        `DELETE /agents/{id}/v1/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_delete_context.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_delete_context.OPERATION,
            (
                id,
                context_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_registry_experts(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsRegistryExpertsResponse]:
        """List registry experts (v1): the raw answer (headers, attempts, `.parse()`).

        The experts an agent can reference (A11).

        Args:
            limit: How many to return.
            offset: How many to skip.

        `GET /agents/registry/experts`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_registry_experts.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return self._runtime.request(
            _agents_get_registry_experts.OPERATION,
            (),
            {
                "limit": limit,
                "offset": offset,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgents:
    """`client.agents` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgentsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agents", name, {})

    async def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        ephemeral: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[AgentsAgentResponse]:
        """List agents (v1).

        The tenant's agents, a bare array (A1).

        Args:
            limit: How many to return.
            offset: How many to skip.
            ephemeral: Ephemeral agents: listed only when true; created as ephemeral (not listed, deleted
                periodically) when true.

        `GET /agents`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_list.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_list.OPERATION,
            (),
            {
                "limit": limit,
                "offset": offset,
                "ephemeral": ephemeral,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def create(
        self,
        *,
        name: str,
        description: str,
        agent_type: AgentsAgentType | str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        experts: Sequence[AgentsCreateExpert | Mapping[str, Any] | AgentsCreateExpertReference] | Unset = UNSET,
        mcp_servers: Sequence[AgentsCreateMcpServer | Mapping[str, Any]] | Unset = UNSET,
        ephemeral: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsAgent:
        """Create an agent (v1).

        `ephemeral` goes in the query, not the body (A2).

        Args:
            name: The agent's name.
            description: What the agent does.
            agent_type: The type of a v1 agent.
            system_prompt: Optional: there is a default system orchestrator.
            experts: Experts, new or referenced from the registry.
            mcp_servers: MCP servers the agent may call; left out, none.
            ephemeral: Ephemeral agents: listed only when true; created as ephemeral (not listed, deleted
                periodically) when true.

        `POST /agents`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_create.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_create.OPERATION,
            (),
            {
                "ephemeral": ephemeral,
            },
            {
                "name": name,
                "description": description,
                "agent_type": agent_type,
                "system_prompt": system_prompt,
                "experts": experts,
                "mcp_servers": mcp_servers,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsAgentResponse:
        """Get an agent (v1).

        An agent by id (A3).

        Args:
            id: The agent's id (v1).

        `GET /agents/{id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_get.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete an agent (v1).

        Deletes an agent (A5). Success status 204 (inferred: the SDK accepts any 2xx).

        Args:
            id: The agent's id (v1).

        `DELETE /agents/{id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_delete.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_delete.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        description: str | Unset = UNSET,
        experts: Sequence[AgentsCreateExpert | Mapping[str, Any] | AgentsUpdateExpertReference] | Unset = UNSET,
        mcp_servers: Sequence[AgentsCreateMcpServer | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsAgent:
        """Update an agent (v1).

        Only the fields given are updated (A4).

        Args:
            id: The agent's id (v1).
            name: The agent's name.
            system_prompt: The system prompt.
            description: What the agent does.
            experts: The experts (replace the list).
            mcp_servers: The MCP servers (replace the list).

        `PATCH /agents/{id}`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_update.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_update.OPERATION,
            (id,),
            {},
            {
                "name": name,
                "system_prompt": system_prompt,
                "description": description,
                "experts": experts,
                "mcp_servers": mcp_servers,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get_card(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsAgentCard:
        """Get an agent's card (v1).

        The A2A 0.3 agent card (A6).

        Args:
            id: The agent's id (v1).

        `GET /agents/{id}/agent-card.json`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_card.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_get_card.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def message_send(
        self,
        id: str,
        *,
        message: AgentsMessage | Mapping[str, Any],
        configuration: AgentsMessageSendConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgentsMessageSendParamsMetadata | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsMessageSendResponse:
        """Send a message to an agent (v1).

        If the message carries the id of an ongoing task, the agent continues that task; otherwise it
        starts a new one (A7). Not retried once it may have reached the service.

        Args:
            id: The agent's id (v1).
            message: An A2A 0.3 message.
            configuration: How to send a v1 message.
            metadata: Free-form metadata.

        `POST /agents/{id}/v1/message:send`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_message_send.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_message_send.OPERATION,
            (id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get_task(
        self,
        id: str,
        task_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsTask:
        """Get a task (v1).

        A task of an agent (A8).

        Args:
            id: The agent's id (v1).
            task_id: The task's id (v1).
            history_length: How many messages of the history to include.

        `GET /agents/{id}/v1/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_task.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_get_task.OPERATION,
            (
                id,
                task_id,
            ),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get_context(
        self,
        id: str,
        context_id: str,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsContext:
        """Get a context (v1).

        A context (thread) and its items (A9).

        Args:
            id: The agent's id (v1).
            context_id: The context's id (v1).
            limit: How many to return.
            offset: How many to skip.

        `GET /agents/{id}/v1/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_context.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_get_context.OPERATION,
            (
                id,
                context_id,
            ),
            {
                "limit": limit,
                "offset": offset,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete_context(
        self,
        id: str,
        context_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a context (v1).

        Deletes a context and scrubs its messages and memories (A10). Success status 204 (inferred).

        Args:
            id: The agent's id (v1).
            context_id: The context's id (v1).

        `DELETE /agents/{id}/v1/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_delete_context.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_delete_context.OPERATION,
            (
                id,
                context_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get_registry_experts(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsRegistryExpertsResponse:
        """List registry experts (v1).

        The experts an agent can reference (A11).

        Args:
            limit: How many to return.
            offset: How many to skip.

        `GET /agents/registry/experts`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_registry_experts.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        raw = await self._runtime.request(
            _agents_get_registry_experts.OPERATION,
            (),
            {
                "limit": limit,
                "offset": offset,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncAgentsWithRawResponse:
    """`client.agents.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        ephemeral: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[AgentsAgentResponse]]:
        """List agents (v1): the raw answer (headers, attempts, `.parse()`).

        The tenant's agents, a bare array (A1).

        Args:
            limit: How many to return.
            offset: How many to skip.
            ephemeral: Ephemeral agents: listed only when true; created as ephemeral (not listed, deleted
                periodically) when true.

        `GET /agents`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_list.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_list.OPERATION,
            (),
            {
                "limit": limit,
                "offset": offset,
                "ephemeral": ephemeral,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        agent_type: AgentsAgentType | str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        experts: Sequence[AgentsCreateExpert | Mapping[str, Any] | AgentsCreateExpertReference] | Unset = UNSET,
        mcp_servers: Sequence[AgentsCreateMcpServer | Mapping[str, Any]] | Unset = UNSET,
        ephemeral: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsAgent]:
        """Create an agent (v1): the raw answer (headers, attempts, `.parse()`).

        `ephemeral` goes in the query, not the body (A2).

        Args:
            name: The agent's name.
            description: What the agent does.
            agent_type: The type of a v1 agent.
            system_prompt: Optional: there is a default system orchestrator.
            experts: Experts, new or referenced from the registry.
            mcp_servers: MCP servers the agent may call; left out, none.
            ephemeral: Ephemeral agents: listed only when true; created as ephemeral (not listed, deleted
                periodically) when true.

        `POST /agents`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_create.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_create.OPERATION,
            (),
            {
                "ephemeral": ephemeral,
            },
            {
                "name": name,
                "description": description,
                "agent_type": agent_type,
                "system_prompt": system_prompt,
                "experts": experts,
                "mcp_servers": mcp_servers,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsAgentResponse]:
        """Get an agent (v1): the raw answer (headers, attempts, `.parse()`).

        An agent by id (A3).

        Args:
            id: The agent's id (v1).

        `GET /agents/{id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_get.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete an agent (v1): the raw answer (headers, attempts, `.parse()`).

        Deletes an agent (A5). Success status 204 (inferred: the SDK accepts any 2xx).

        Args:
            id: The agent's id (v1).

        `DELETE /agents/{id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_delete.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_delete.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        description: str | Unset = UNSET,
        experts: Sequence[AgentsCreateExpert | Mapping[str, Any] | AgentsUpdateExpertReference] | Unset = UNSET,
        mcp_servers: Sequence[AgentsCreateMcpServer | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsAgent]:
        """Update an agent (v1): the raw answer (headers, attempts, `.parse()`).

        Only the fields given are updated (A4).

        Args:
            id: The agent's id (v1).
            name: The agent's name.
            system_prompt: The system prompt.
            description: What the agent does.
            experts: The experts (replace the list).
            mcp_servers: The MCP servers (replace the list).

        `PATCH /agents/{id}`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_update.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_update.OPERATION,
            (id,),
            {},
            {
                "name": name,
                "system_prompt": system_prompt,
                "description": description,
                "experts": experts,
                "mcp_servers": mcp_servers,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_card(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsAgentCard]:
        """Get an agent's card (v1): the raw answer (headers, attempts, `.parse()`).

        The A2A 0.3 agent card (A6).

        Args:
            id: The agent's id (v1).

        `GET /agents/{id}/agent-card.json`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_card.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_get_card.OPERATION,
            (id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def message_send(
        self,
        id: str,
        *,
        message: AgentsMessage | Mapping[str, Any],
        configuration: AgentsMessageSendConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgentsMessageSendParamsMetadata | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsMessageSendResponse]:
        """Send a message to an agent (v1): the raw answer (headers, attempts, `.parse()`).

        If the message carries the id of an ongoing task, the agent continues that task; otherwise it
        starts a new one (A7). Not retried once it may have reached the service.

        Args:
            id: The agent's id (v1).
            message: An A2A 0.3 message.
            configuration: How to send a v1 message.
            metadata: Free-form metadata.

        `POST /agents/{id}/v1/message:send`; retried only where it surely did not reach the service (not idempotent).
        """
        warnings.warn(_agents_message_send.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_message_send.OPERATION,
            (id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_task(
        self,
        id: str,
        task_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsTask]:
        """Get a task (v1): the raw answer (headers, attempts, `.parse()`).

        A task of an agent (A8).

        Args:
            id: The agent's id (v1).
            task_id: The task's id (v1).
            history_length: How many messages of the history to include.

        `GET /agents/{id}/v1/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_task.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_get_task.OPERATION,
            (
                id,
                task_id,
            ),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_context(
        self,
        id: str,
        context_id: str,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsContext]:
        """Get a context (v1): the raw answer (headers, attempts, `.parse()`).

        A context (thread) and its items (A9).

        Args:
            id: The agent's id (v1).
            context_id: The context's id (v1).
            limit: How many to return.
            offset: How many to skip.

        `GET /agents/{id}/v1/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_context.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_get_context.OPERATION,
            (
                id,
                context_id,
            ),
            {
                "limit": limit,
                "offset": offset,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete_context(
        self,
        id: str,
        context_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a context (v1): the raw answer (headers, attempts, `.parse()`).

        Deletes a context and scrubs its messages and memories (A10). Success status 204 (inferred).

        Args:
            id: The agent's id (v1).
            context_id: The context's id (v1).

        `DELETE /agents/{id}/v1/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_delete_context.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_delete_context.OPERATION,
            (
                id,
                context_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_registry_experts(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsRegistryExpertsResponse]:
        """List registry experts (v1): the raw answer (headers, attempts, `.parse()`).

        The experts an agent can reference (A11).

        Args:
            limit: How many to return.
            offset: How many to skip.

        `GET /agents/registry/experts`; retried after timeouts and 5xx (idempotent).
        """
        warnings.warn(_agents_get_registry_experts.OPERATION.deprecated, DeprecationWarning, stacklevel=2)
        return await self._runtime.request(
            _agents_get_registry_experts.OPERATION,
            (),
            {
                "limit": limit,
                "offset": offset,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
