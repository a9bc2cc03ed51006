"""`client.agentic_agents_connectors`: the `agentic_agents_connectors` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models import (
    AgenticConnectorsListResponse,
    AgenticConnectorsPatchRequest,
    AgenticConnectorsPatchRequestConfigType0,
    CommonConnectorAuth,
    CommonConnectorCreateRequest,
    CommonConnectorCreateRequestConfig,
    CommonConnectorCreateRequestSchema,
    CommonConnectorResponse,
    CommonConnectorTransition,
    CommonConnectorType,
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
from . import agentic_agents_connectors_create as _agentic_agents_connectors_create
from . import agentic_agents_connectors_delete as _agentic_agents_connectors_delete
from . import agentic_agents_connectors_get as _agentic_agents_connectors_get
from . import agentic_agents_connectors_list as _agentic_agents_connectors_list
from . import agentic_agents_connectors_update as _agentic_agents_connectors_update

__all__ = [
    "AsyncAgenticAgentsConnectors",
    "AsyncAgenticAgentsConnectorsWithRawResponse",
    "AgenticAgentsConnectors",
    "AgenticAgentsConnectorsWithRawResponse",
]


class AgenticAgentsConnectors:
    """`client.agentic.agents.connectors` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgenticAgentsConnectorsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.agents.connectors", name, {})

    def list(
        self,
        parent_agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticConnectorsListResponse:
        """List an agent's connectors.

        B11.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).

        `GET /agentic/agents/{parent_agent_id}/connectors`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_list.OPERATION,
            (parent_agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        parent_agent_id: str,
        *,
        type_: CommonConnectorType | str,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        schema: CommonConnectorCreateRequestSchema | Mapping[str, Any] | Unset = UNSET,
        transition: CommonConnectorTransition | str | Unset = UNSET,
        config: CommonConnectorCreateRequestConfig | Mapping[str, Any] | Unset = UNSET,
        auth: CommonConnectorAuth | Mapping[str, Any] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonConnectorResponse:
        """Add a connector.

        B12. Success status 201 (inferred).

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            type_: `openapi` and `custom` are reserved for later versions.
            name: A registry id, an MCP or tool name.
            url: An MCP server or A2A agent card URL.
            agent_id: An agent connector's `agt.` id.
            description: A schema connector's description.
            schema: A schema connector's JSON Schema.
            transition: The state a schema connector's call ends the loop in.
            config: A registry connector's config (not yet persisted).
            auth: An MCP connector's authentication.
            enabled: Whether it is on.

        `POST /agentic/agents/{parent_agent_id}/connectors`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_create.OPERATION,
            (parent_agent_id,),
            {},
            {
                "type_": type_,
                "name": name,
                "url": url,
                "agent_id": agent_id,
                "description": description,
                "schema": schema,
                "transition": transition,
                "config": config,
                "auth": auth,
                "enabled": enabled,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonConnectorResponse:
        """Get a connector.

        B13.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.

        `GET /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_get.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Remove a connector.

        B15. Success status 204 (inferred).

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.

        `DELETE /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_delete.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | None | Unset = UNSET,
        config: AgenticConnectorsPatchRequestConfigType0 | Mapping[str, Any] | None | Unset = UNSET,
        auth: CommonConnectorAuth | Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonConnectorResponse:
        """Update a connector.

        Merge patch; `type` is immutable. Not yet implemented by the server: it answers 501 (B14). PATCH
        the agent with a full `connectors` list instead.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.
            enabled: Whether it is on.
            name: Its name.
            url: Its URL.
            config: Its config.
            auth: Its authentication.

        `PATCH /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_update.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            {
                "enabled": enabled,
                "name": name,
                "url": url,
                "config": config,
                "auth": auth,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class AgenticAgentsConnectorsWithRawResponse:
    """`client.agentic_agents_connectors.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        parent_agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticConnectorsListResponse]:
        """List an agent's connectors: the raw answer (headers, attempts, `.parse()`).

        B11.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).

        `GET /agentic/agents/{parent_agent_id}/connectors`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_list.OPERATION,
            (parent_agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        parent_agent_id: str,
        *,
        type_: CommonConnectorType | str,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        schema: CommonConnectorCreateRequestSchema | Mapping[str, Any] | Unset = UNSET,
        transition: CommonConnectorTransition | str | Unset = UNSET,
        config: CommonConnectorCreateRequestConfig | Mapping[str, Any] | Unset = UNSET,
        auth: CommonConnectorAuth | Mapping[str, Any] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonConnectorResponse]:
        """Add a connector: the raw answer (headers, attempts, `.parse()`).

        B12. Success status 201 (inferred).

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            type_: `openapi` and `custom` are reserved for later versions.
            name: A registry id, an MCP or tool name.
            url: An MCP server or A2A agent card URL.
            agent_id: An agent connector's `agt.` id.
            description: A schema connector's description.
            schema: A schema connector's JSON Schema.
            transition: The state a schema connector's call ends the loop in.
            config: A registry connector's config (not yet persisted).
            auth: An MCP connector's authentication.
            enabled: Whether it is on.

        `POST /agentic/agents/{parent_agent_id}/connectors`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_create.OPERATION,
            (parent_agent_id,),
            {},
            {
                "type_": type_,
                "name": name,
                "url": url,
                "agent_id": agent_id,
                "description": description,
                "schema": schema,
                "transition": transition,
                "config": config,
                "auth": auth,
                "enabled": enabled,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonConnectorResponse]:
        """Get a connector: the raw answer (headers, attempts, `.parse()`).

        B13.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.

        `GET /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_get.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Remove a connector: the raw answer (headers, attempts, `.parse()`).

        B15. Success status 204 (inferred).

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.

        `DELETE /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_delete.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | None | Unset = UNSET,
        config: AgenticConnectorsPatchRequestConfigType0 | Mapping[str, Any] | None | Unset = UNSET,
        auth: CommonConnectorAuth | Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonConnectorResponse]:
        """Update a connector: the raw answer (headers, attempts, `.parse()`).

        Merge patch; `type` is immutable. Not yet implemented by the server: it answers 501 (B14). PATCH
        the agent with a full `connectors` list instead.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.
            enabled: Whether it is on.
            name: Its name.
            url: Its URL.
            config: Its config.
            auth: Its authentication.

        `PATCH /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_connectors_update.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            {
                "enabled": enabled,
                "name": name,
                "url": url,
                "config": config,
                "auth": auth,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticAgentsConnectors:
    """`client.agentic.agents.connectors` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgenticAgentsConnectorsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.agents.connectors", name, {})

    async def list(
        self,
        parent_agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticConnectorsListResponse:
        """List an agent's connectors.

        B11.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).

        `GET /agentic/agents/{parent_agent_id}/connectors`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_connectors_list.OPERATION,
            (parent_agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def create(
        self,
        parent_agent_id: str,
        *,
        type_: CommonConnectorType | str,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        schema: CommonConnectorCreateRequestSchema | Mapping[str, Any] | Unset = UNSET,
        transition: CommonConnectorTransition | str | Unset = UNSET,
        config: CommonConnectorCreateRequestConfig | Mapping[str, Any] | Unset = UNSET,
        auth: CommonConnectorAuth | Mapping[str, Any] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonConnectorResponse:
        """Add a connector.

        B12. Success status 201 (inferred).

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            type_: `openapi` and `custom` are reserved for later versions.
            name: A registry id, an MCP or tool name.
            url: An MCP server or A2A agent card URL.
            agent_id: An agent connector's `agt.` id.
            description: A schema connector's description.
            schema: A schema connector's JSON Schema.
            transition: The state a schema connector's call ends the loop in.
            config: A registry connector's config (not yet persisted).
            auth: An MCP connector's authentication.
            enabled: Whether it is on.

        `POST /agentic/agents/{parent_agent_id}/connectors`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_connectors_create.OPERATION,
            (parent_agent_id,),
            {},
            {
                "type_": type_,
                "name": name,
                "url": url,
                "agent_id": agent_id,
                "description": description,
                "schema": schema,
                "transition": transition,
                "config": config,
                "auth": auth,
                "enabled": enabled,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonConnectorResponse:
        """Get a connector.

        B13.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.

        `GET /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_connectors_get.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Remove a connector.

        B15. Success status 204 (inferred).

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.

        `DELETE /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_connectors_delete.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | None | Unset = UNSET,
        config: AgenticConnectorsPatchRequestConfigType0 | Mapping[str, Any] | None | Unset = UNSET,
        auth: CommonConnectorAuth | Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonConnectorResponse:
        """Update a connector.

        Merge patch; `type` is immutable. Not yet implemented by the server: it answers 501 (B14). PATCH
        the agent with a full `connectors` list instead.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.
            enabled: Whether it is on.
            name: Its name.
            url: Its URL.
            config: Its config.
            auth: Its authentication.

        `PATCH /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_connectors_update.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            {
                "enabled": enabled,
                "name": name,
                "url": url,
                "config": config,
                "auth": auth,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncAgenticAgentsConnectorsWithRawResponse:
    """`client.agentic_agents_connectors.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        parent_agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticConnectorsListResponse]:
        """List an agent's connectors: the raw answer (headers, attempts, `.parse()`).

        B11.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).

        `GET /agentic/agents/{parent_agent_id}/connectors`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_connectors_list.OPERATION,
            (parent_agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        parent_agent_id: str,
        *,
        type_: CommonConnectorType | str,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        schema: CommonConnectorCreateRequestSchema | Mapping[str, Any] | Unset = UNSET,
        transition: CommonConnectorTransition | str | Unset = UNSET,
        config: CommonConnectorCreateRequestConfig | Mapping[str, Any] | Unset = UNSET,
        auth: CommonConnectorAuth | Mapping[str, Any] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonConnectorResponse]:
        """Add a connector: the raw answer (headers, attempts, `.parse()`).

        B12. Success status 201 (inferred).

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            type_: `openapi` and `custom` are reserved for later versions.
            name: A registry id, an MCP or tool name.
            url: An MCP server or A2A agent card URL.
            agent_id: An agent connector's `agt.` id.
            description: A schema connector's description.
            schema: A schema connector's JSON Schema.
            transition: The state a schema connector's call ends the loop in.
            config: A registry connector's config (not yet persisted).
            auth: An MCP connector's authentication.
            enabled: Whether it is on.

        `POST /agentic/agents/{parent_agent_id}/connectors`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_connectors_create.OPERATION,
            (parent_agent_id,),
            {},
            {
                "type_": type_,
                "name": name,
                "url": url,
                "agent_id": agent_id,
                "description": description,
                "schema": schema,
                "transition": transition,
                "config": config,
                "auth": auth,
                "enabled": enabled,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonConnectorResponse]:
        """Get a connector: the raw answer (headers, attempts, `.parse()`).

        B13.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.

        `GET /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_connectors_get.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Remove a connector: the raw answer (headers, attempts, `.parse()`).

        B15. Success status 204 (inferred).

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.

        `DELETE /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_connectors_delete.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        parent_agent_id: str,
        agent_connector_id: str,
        *,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | None | Unset = UNSET,
        config: AgenticConnectorsPatchRequestConfigType0 | Mapping[str, Any] | None | Unset = UNSET,
        auth: CommonConnectorAuth | Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonConnectorResponse]:
        """Update a connector: the raw answer (headers, attempts, `.parse()`).

        Merge patch; `type` is immutable. Not yet implemented by the server: it answers 501 (B14). PATCH
        the agent with a full `connectors` list instead.

        Args:
            parent_agent_id: The agent's id, `agt.<uuidv7>` (Corti's `agentId`; named `parent_agent_id` here
                because an `agent` connector's body has an `agentId` of its own: inferred naming).
            agent_connector_id: The connector's id, `con.<uuidv7>`.
            enabled: Whether it is on.
            name: Its name.
            url: Its URL.
            config: Its config.
            auth: Its authentication.

        `PATCH /agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_connectors_update.OPERATION,
            (
                parent_agent_id,
                agent_connector_id,
            ),
            {},
            {
                "enabled": enabled,
                "name": name,
                "url": url,
                "config": config,
                "auth": auth,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
