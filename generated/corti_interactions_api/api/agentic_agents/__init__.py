"""`client.agentic_agents`: the `agentic_agents` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ...models import (
    AgenticAgentCardResponse,
    AgenticAgentLifecycle,
    AgenticAgentsCreateRequest,
    AgenticAgentsCreateRequestLabels,
    AgenticAgentsJsonRpcMethod,
    AgenticAgentsJsonRpcRequest,
    AgenticAgentsJsonRpcRequestParams,
    AgenticAgentsJsonRpcResponse,
    AgenticAgentsListResponse,
    AgenticAgentsPatchRequest,
    AgenticAgentsPatchRequestLabelsType0,
    AgenticAgentsResponse,
    AgenticAgentsSendMessageRequest,
    AgenticAgentsSendMessageRequestMetadata,
    AgenticAgentsSendMessageResponse,
    AgenticAgentVisibility,
    AgenticJsonRpcVersion,
    AgenticSendMessageConfiguration,
    AgenticStreamArtifactUpdateEvent,
    AgenticStreamMessageEvent,
    AgenticStreamStatusUpdateEvent,
    AgenticStreamTaskEvent,
    AgentsUsageGranularity,
    AgentsUsageReportResponse,
    CommonConnectorCreateRequest,
    CommonMessage,
)
from ...types import (
    NOT_GIVEN,
    UNSET,
    AsyncEventStream,
    AsyncPaginator,
    AsyncRuntime,
    EventStream,
    NotGiven,
    RawResponse,
    RequestOptions,
    SyncRuntime,
    Timeout,
    UnknownEvent,
    Unset,
    missing_name,
)

if TYPE_CHECKING:  # named in signatures only: their modules load with their first use
    from ...bulk_types import BulkItem, BulkResult, BulkSummary
from ..agentic_agents_connectors import AgenticAgentsConnectors, AsyncAgenticAgentsConnectors
from ..agentic_agents_tasks import AgenticAgentsTasks, AsyncAgenticAgentsTasks
from . import agentic_agents_card as _agentic_agents_card
from . import agentic_agents_create as _agentic_agents_create
from . import agentic_agents_delete as _agentic_agents_delete
from . import agentic_agents_get as _agentic_agents_get
from . import agentic_agents_json_rpc as _agentic_agents_json_rpc
from . import agentic_agents_list as _agentic_agents_list
from . import agentic_agents_send_message as _agentic_agents_send_message
from . import agentic_agents_stream_message as _agentic_agents_stream_message
from . import agentic_agents_update as _agentic_agents_update
from . import agentic_agents_usage as _agentic_agents_usage

__all__ = ["AsyncAgenticAgents", "AsyncAgenticAgentsWithRawResponse", "AgenticAgents", "AgenticAgentsWithRawResponse"]


class AgenticAgents:
    """`client.agentic.agents` of a sync client."""

    connectors: AgenticAgentsConnectors
    tasks: AgenticAgentsTasks

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgenticAgentsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.connectors = AgenticAgentsConnectors(runtime)
        self.tasks = AgenticAgentsTasks(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.agents", name, {})

    def list(
        self,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        visibility: Sequence[AgenticAgentVisibility | str] | AgenticAgentVisibility | str | None | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> _agentic_agents_list.AgenticAgentsListPage:
        """List agents.

        The tenant's agents, paged by token (B1). The filters are accepted but not yet honoured by the
        server.

        Args:
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.
            visibility: Only these visibilities (repeat for several).
            lifecycle: Only this lifecycle.
            label: `key=value` labels, AND-combined (repeat for several).
            q: A search text.

        `GET /agentic/agents`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "_agentic_agents_list.AgenticAgentsListPage",
            self._runtime.paginate(
                _agentic_agents_list.OPERATION,
                (),
                {
                    "page_size": page_size,
                    "page_token": page_token,
                    "visibility": visibility,
                    "lifecycle": lifecycle,
                    "label": label,
                    "q": q,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        model: str | Unset = UNSET,
        visibility: AgenticAgentVisibility | str | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | Unset = UNSET,
        connectors: Sequence[CommonConnectorCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        labels: AgenticAgentsCreateRequestLabels | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsResponse:
        """Create an agent.

        Creates an agent (B2). Success status 201 (inferred; the SDK accepts any 2xx).

        Args:
            name: Unique per tenant.
            description: What it does.
            system_prompt: Prepended to every invocation.
            model: The model, e.g. `corti-default` (tenant default if omitted).
            visibility: `private` (creator only), `unlisted` (by id, not listed) or `public` (listed tenant-
                wide).
            lifecycle: `ephemeral` (expired automatically) or `persistent` (kept until deleted).
            connectors: Its connectors (default none).
            labels: Free-form labels; not used for routing or auth.

        `POST /agentic/agents`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_create.OPERATION,
            (),
            {},
            {
                "name": name,
                "description": description,
                "system_prompt": system_prompt,
                "model": model,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsResponse:
        """Get an agent.

        An agent by id (B3).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `GET /agentic/agents/{agent_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_get.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete an agent.

        Idempotent: deleting an already-deleted agent answers 204 (B5).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `DELETE /agentic/agents/{agent_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_delete.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        agent_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        visibility: AgenticAgentVisibility | str | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | Unset = UNSET,
        connectors: Sequence[CommonConnectorCreateRequest | Mapping[str, Any]] | None | Unset = UNSET,
        labels: AgenticAgentsPatchRequestLabelsType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsResponse:
        """Update an agent.

        JSON Merge Patch (RFC 7386): omitted fields are unchanged, `null` clears one, arrays replace
        (B4).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            name: The name.
            description: What it does.
            system_prompt: The system prompt.
            model: `null` falls back to the tenant default.
            visibility: `private` (creator only), `unlisted` (by id, not listed) or `public` (listed tenant-
                wide).
            lifecycle: `ephemeral` (expired automatically) or `persistent` (kept until deleted).
            connectors: The replacement connector list; `null` clears.
            labels: Labels; a `null` value removes one.

        `PATCH /agentic/agents/{agent_id}`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_update.OPERATION,
            (agent_id,),
            {},
            {
                "name": name,
                "description": description,
                "system_prompt": system_prompt,
                "model": model,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def card(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentCardResponse:
        """Get an agent's card.

        The A2A 1.0 agent card (B6).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `GET /agentic/agents/{agent_id}/.well-known/agent-card.json`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_card.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def json_rpc(
        self,
        agent_id: str,
        *,
        jsonrpc: AgenticJsonRpcVersion | str,
        id: str,
        method: AgenticAgentsJsonRpcMethod | str,
        params: AgenticAgentsJsonRpcRequestParams | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsJsonRpcResponse:
        """Call an agent over JSON-RPC.

        The A2A JSON-RPC 2.0 binding (B7); the client answers the single JSON-RPC response of the non-
        streaming methods.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            jsonrpc: Always `2.0`.
            id: The request's id (JSON-RPC allows a number too; the client sends a string: inferred,
                easy to widen).
            method: An A2A JSON-RPC method, PascalCase on the wire.
            params: The A2A request message, e.g. `{message}` for `SendMessage`.

        `POST /agentic/agents/{agent_id}/a2a`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_json_rpc.OPERATION,
            (agent_id,),
            {},
            {
                "jsonrpc": jsonrpc,
                "id": id,
                "method": method,
                "params": params,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def send_message(
        self,
        agent_id: str,
        *,
        message: CommonMessage | Mapping[str, Any],
        configuration: AgenticSendMessageConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticAgentsSendMessageRequestMetadata | Mapping[str, Any] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsSendMessageResponse:
        """Send a message.

        Sends a message; the answer holds exactly one of `task` or `message` (B8). Not retried once it
        may have reached the service (a duplicate would start a second task).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            message: An A2A 1.0 message.
            configuration: How to send a message.
            metadata: Free-form metadata.
            tenant: The A2A tenant of the card's interface (not `Tenant-Name`).

        `POST /agentic/agents/{agent_id}/a2a/message:send`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_send_message.OPERATION,
            (agent_id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
                "tenant": tenant,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def stream_message(
        self,
        agent_id: str,
        *,
        message: CommonMessage | Mapping[str, Any],
        configuration: AgenticSendMessageConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticAgentsSendMessageRequestMetadata | Mapping[str, Any] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> EventStream[
        AgenticStreamTaskEvent
        | AgenticStreamMessageEvent
        | AgenticStreamStatusUpdateEvent
        | AgenticStreamArtifactUpdateEvent
        | UnknownEvent
    ]:
        """Send a message, answered as a stream.

        As `send_message`, answered as server-sent events: the task, then its status and artifact
        updates (B9).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            message: An A2A 1.0 message.
            configuration: How to send a message.
            metadata: Free-form metadata.
            tenant: The A2A tenant of the card's interface (not `Tenant-Name`).

        `POST /agentic/agents/{agent_id}/a2a/message:stream`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.events(
            _agentic_agents_stream_message.OPERATION,
            (agent_id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
                "tenant": tenant,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def usage(
        self,
        agent_id: str,
        *,
        from_: datetime.datetime | str | None | Unset = UNSET,
        to: datetime.datetime | str | None | Unset = UNSET,
        granularity: AgentsUsageGranularity | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsUsageReportResponse:
        """Get an agent's usage.

        Invocations per period (B10); only `day` buckets are produced today.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            from_: Inclusive start (default `to` minus 30 days).
            to: Exclusive end (default now).
            granularity: Bucket size.

        `GET /agentic/agents/{agent_id}/usage`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_usage.OPERATION,
            (agent_id,),
            {
                "from_": from_,
                "to": to,
                "granularity": granularity,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class AgenticAgentsWithRawResponse:
    """`client.agentic_agents.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        visibility: Sequence[AgenticAgentVisibility | str] | AgenticAgentVisibility | str | None | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsListResponse]:
        """List agents: the raw answer (headers, attempts, `.parse()`).

        The tenant's agents, paged by token (B1). The filters are accepted but not yet honoured by the
        server.

        Args:
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.
            visibility: Only these visibilities (repeat for several).
            lifecycle: Only this lifecycle.
            label: `key=value` labels, AND-combined (repeat for several).
            q: A search text.

        `GET /agentic/agents`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_list.OPERATION,
            (),
            {
                "page_size": page_size,
                "page_token": page_token,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "label": label,
                "q": q,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        model: str | Unset = UNSET,
        visibility: AgenticAgentVisibility | str | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | Unset = UNSET,
        connectors: Sequence[CommonConnectorCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        labels: AgenticAgentsCreateRequestLabels | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsResponse]:
        """Create an agent: the raw answer (headers, attempts, `.parse()`).

        Creates an agent (B2). Success status 201 (inferred; the SDK accepts any 2xx).

        Args:
            name: Unique per tenant.
            description: What it does.
            system_prompt: Prepended to every invocation.
            model: The model, e.g. `corti-default` (tenant default if omitted).
            visibility: `private` (creator only), `unlisted` (by id, not listed) or `public` (listed tenant-
                wide).
            lifecycle: `ephemeral` (expired automatically) or `persistent` (kept until deleted).
            connectors: Its connectors (default none).
            labels: Free-form labels; not used for routing or auth.

        `POST /agentic/agents`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_create.OPERATION,
            (),
            {},
            {
                "name": name,
                "description": description,
                "system_prompt": system_prompt,
                "model": model,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsResponse]:
        """Get an agent: the raw answer (headers, attempts, `.parse()`).

        An agent by id (B3).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `GET /agentic/agents/{agent_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_get.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete an agent: the raw answer (headers, attempts, `.parse()`).

        Idempotent: deleting an already-deleted agent answers 204 (B5).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `DELETE /agentic/agents/{agent_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_delete.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        agent_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        visibility: AgenticAgentVisibility | str | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | Unset = UNSET,
        connectors: Sequence[CommonConnectorCreateRequest | Mapping[str, Any]] | None | Unset = UNSET,
        labels: AgenticAgentsPatchRequestLabelsType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsResponse]:
        """Update an agent: the raw answer (headers, attempts, `.parse()`).

        JSON Merge Patch (RFC 7386): omitted fields are unchanged, `null` clears one, arrays replace
        (B4).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            name: The name.
            description: What it does.
            system_prompt: The system prompt.
            model: `null` falls back to the tenant default.
            visibility: `private` (creator only), `unlisted` (by id, not listed) or `public` (listed tenant-
                wide).
            lifecycle: `ephemeral` (expired automatically) or `persistent` (kept until deleted).
            connectors: The replacement connector list; `null` clears.
            labels: Labels; a `null` value removes one.

        `PATCH /agentic/agents/{agent_id}`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_update.OPERATION,
            (agent_id,),
            {},
            {
                "name": name,
                "description": description,
                "system_prompt": system_prompt,
                "model": model,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def card(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentCardResponse]:
        """Get an agent's card: the raw answer (headers, attempts, `.parse()`).

        The A2A 1.0 agent card (B6).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `GET /agentic/agents/{agent_id}/.well-known/agent-card.json`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_card.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def json_rpc(
        self,
        agent_id: str,
        *,
        jsonrpc: AgenticJsonRpcVersion | str,
        id: str,
        method: AgenticAgentsJsonRpcMethod | str,
        params: AgenticAgentsJsonRpcRequestParams | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsJsonRpcResponse]:
        """Call an agent over JSON-RPC: the raw answer (headers, attempts, `.parse()`).

        The A2A JSON-RPC 2.0 binding (B7); the client answers the single JSON-RPC response of the non-
        streaming methods.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            jsonrpc: Always `2.0`.
            id: The request's id (JSON-RPC allows a number too; the client sends a string: inferred,
                easy to widen).
            method: An A2A JSON-RPC method, PascalCase on the wire.
            params: The A2A request message, e.g. `{message}` for `SendMessage`.

        `POST /agentic/agents/{agent_id}/a2a`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_json_rpc.OPERATION,
            (agent_id,),
            {},
            {
                "jsonrpc": jsonrpc,
                "id": id,
                "method": method,
                "params": params,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def send_message(
        self,
        agent_id: str,
        *,
        message: CommonMessage | Mapping[str, Any],
        configuration: AgenticSendMessageConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticAgentsSendMessageRequestMetadata | Mapping[str, Any] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsSendMessageResponse]:
        """Send a message: the raw answer (headers, attempts, `.parse()`).

        Sends a message; the answer holds exactly one of `task` or `message` (B8). Not retried once it
        may have reached the service (a duplicate would start a second task).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            message: An A2A 1.0 message.
            configuration: How to send a message.
            metadata: Free-form metadata.
            tenant: The A2A tenant of the card's interface (not `Tenant-Name`).

        `POST /agentic/agents/{agent_id}/a2a/message:send`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_agents_send_message.OPERATION,
            (agent_id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
                "tenant": tenant,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def stream_message(
        self,
        agent_id: str,
        *,
        message: CommonMessage | Mapping[str, Any],
        configuration: AgenticSendMessageConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticAgentsSendMessageRequestMetadata | Mapping[str, Any] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> EventStream[
        AgenticStreamTaskEvent
        | AgenticStreamMessageEvent
        | AgenticStreamStatusUpdateEvent
        | AgenticStreamArtifactUpdateEvent
        | UnknownEvent
    ]:
        """Send a message, answered as a stream: the raw answer (headers, attempts, `.parse()`).

        As `send_message`, answered as server-sent events: the task, then its status and artifact
        updates (B9).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            message: An A2A 1.0 message.
            configuration: How to send a message.
            metadata: Free-form metadata.
            tenant: The A2A tenant of the card's interface (not `Tenant-Name`).

        `POST /agentic/agents/{agent_id}/a2a/message:stream`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.events(
            _agentic_agents_stream_message.OPERATION,
            (agent_id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
                "tenant": tenant,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def usage(
        self,
        agent_id: str,
        *,
        from_: datetime.datetime | str | None | Unset = UNSET,
        to: datetime.datetime | str | None | Unset = UNSET,
        granularity: AgentsUsageGranularity | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsUsageReportResponse]:
        """Get an agent's usage: the raw answer (headers, attempts, `.parse()`).

        Invocations per period (B10); only `day` buckets are produced today.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            from_: Inclusive start (default `to` minus 30 days).
            to: Exclusive end (default now).
            granularity: Bucket size.

        `GET /agentic/agents/{agent_id}/usage`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_usage.OPERATION,
            (agent_id,),
            {
                "from_": from_,
                "to": to,
                "granularity": granularity,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticAgents:
    """`client.agentic.agents` of an async client."""

    connectors: AsyncAgenticAgentsConnectors
    tasks: AsyncAgenticAgentsTasks

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgenticAgentsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.connectors = AsyncAgenticAgentsConnectors(runtime)
        self.tasks = AsyncAgenticAgentsTasks(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.agents", name, {})

    def list(
        self,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        visibility: Sequence[AgenticAgentVisibility | str] | AgenticAgentVisibility | str | None | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[_agentic_agents_list.AsyncAgenticAgentsListPage, AgenticAgentsResponse]:
        """List agents.

        The tenant's agents, paged by token (B1). The filters are accepted but not yet honoured by the
        server.

        Args:
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.
            visibility: Only these visibilities (repeat for several).
            lifecycle: Only this lifecycle.
            label: `key=value` labels, AND-combined (repeat for several).
            q: A search text.

        `GET /agentic/agents`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "AsyncPaginator[_agentic_agents_list.AsyncAgenticAgentsListPage, AgenticAgentsResponse]",
            self._runtime.paginate(
                _agentic_agents_list.OPERATION,
                (),
                {
                    "page_size": page_size,
                    "page_token": page_token,
                    "visibility": visibility,
                    "lifecycle": lifecycle,
                    "label": label,
                    "q": q,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    async def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        model: str | Unset = UNSET,
        visibility: AgenticAgentVisibility | str | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | Unset = UNSET,
        connectors: Sequence[CommonConnectorCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        labels: AgenticAgentsCreateRequestLabels | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsResponse:
        """Create an agent.

        Creates an agent (B2). Success status 201 (inferred; the SDK accepts any 2xx).

        Args:
            name: Unique per tenant.
            description: What it does.
            system_prompt: Prepended to every invocation.
            model: The model, e.g. `corti-default` (tenant default if omitted).
            visibility: `private` (creator only), `unlisted` (by id, not listed) or `public` (listed tenant-
                wide).
            lifecycle: `ephemeral` (expired automatically) or `persistent` (kept until deleted).
            connectors: Its connectors (default none).
            labels: Free-form labels; not used for routing or auth.

        `POST /agentic/agents`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_create.OPERATION,
            (),
            {},
            {
                "name": name,
                "description": description,
                "system_prompt": system_prompt,
                "model": model,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsResponse:
        """Get an agent.

        An agent by id (B3).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `GET /agentic/agents/{agent_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_get.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete an agent.

        Idempotent: deleting an already-deleted agent answers 204 (B5).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `DELETE /agentic/agents/{agent_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_delete.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        agent_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        visibility: AgenticAgentVisibility | str | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | Unset = UNSET,
        connectors: Sequence[CommonConnectorCreateRequest | Mapping[str, Any]] | None | Unset = UNSET,
        labels: AgenticAgentsPatchRequestLabelsType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsResponse:
        """Update an agent.

        JSON Merge Patch (RFC 7386): omitted fields are unchanged, `null` clears one, arrays replace
        (B4).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            name: The name.
            description: What it does.
            system_prompt: The system prompt.
            model: `null` falls back to the tenant default.
            visibility: `private` (creator only), `unlisted` (by id, not listed) or `public` (listed tenant-
                wide).
            lifecycle: `ephemeral` (expired automatically) or `persistent` (kept until deleted).
            connectors: The replacement connector list; `null` clears.
            labels: Labels; a `null` value removes one.

        `PATCH /agentic/agents/{agent_id}`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_update.OPERATION,
            (agent_id,),
            {},
            {
                "name": name,
                "description": description,
                "system_prompt": system_prompt,
                "model": model,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def card(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentCardResponse:
        """Get an agent's card.

        The A2A 1.0 agent card (B6).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `GET /agentic/agents/{agent_id}/.well-known/agent-card.json`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_card.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def json_rpc(
        self,
        agent_id: str,
        *,
        jsonrpc: AgenticJsonRpcVersion | str,
        id: str,
        method: AgenticAgentsJsonRpcMethod | str,
        params: AgenticAgentsJsonRpcRequestParams | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsJsonRpcResponse:
        """Call an agent over JSON-RPC.

        The A2A JSON-RPC 2.0 binding (B7); the client answers the single JSON-RPC response of the non-
        streaming methods.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            jsonrpc: Always `2.0`.
            id: The request's id (JSON-RPC allows a number too; the client sends a string: inferred,
                easy to widen).
            method: An A2A JSON-RPC method, PascalCase on the wire.
            params: The A2A request message, e.g. `{message}` for `SendMessage`.

        `POST /agentic/agents/{agent_id}/a2a`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_json_rpc.OPERATION,
            (agent_id,),
            {},
            {
                "jsonrpc": jsonrpc,
                "id": id,
                "method": method,
                "params": params,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def send_message(
        self,
        agent_id: str,
        *,
        message: CommonMessage | Mapping[str, Any],
        configuration: AgenticSendMessageConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticAgentsSendMessageRequestMetadata | Mapping[str, Any] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticAgentsSendMessageResponse:
        """Send a message.

        Sends a message; the answer holds exactly one of `task` or `message` (B8). Not retried once it
        may have reached the service (a duplicate would start a second task).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            message: An A2A 1.0 message.
            configuration: How to send a message.
            metadata: Free-form metadata.
            tenant: The A2A tenant of the card's interface (not `Tenant-Name`).

        `POST /agentic/agents/{agent_id}/a2a/message:send`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_send_message.OPERATION,
            (agent_id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
                "tenant": tenant,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    def stream_message(
        self,
        agent_id: str,
        *,
        message: CommonMessage | Mapping[str, Any],
        configuration: AgenticSendMessageConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticAgentsSendMessageRequestMetadata | Mapping[str, Any] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncEventStream[
        AgenticStreamTaskEvent
        | AgenticStreamMessageEvent
        | AgenticStreamStatusUpdateEvent
        | AgenticStreamArtifactUpdateEvent
        | UnknownEvent
    ]:
        """Send a message, answered as a stream.

        As `send_message`, answered as server-sent events: the task, then its status and artifact
        updates (B9).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            message: An A2A 1.0 message.
            configuration: How to send a message.
            metadata: Free-form metadata.
            tenant: The A2A tenant of the card's interface (not `Tenant-Name`).

        `POST /agentic/agents/{agent_id}/a2a/message:stream`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.events(
            _agentic_agents_stream_message.OPERATION,
            (agent_id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
                "tenant": tenant,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def usage(
        self,
        agent_id: str,
        *,
        from_: datetime.datetime | str | None | Unset = UNSET,
        to: datetime.datetime | str | None | Unset = UNSET,
        granularity: AgentsUsageGranularity | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgentsUsageReportResponse:
        """Get an agent's usage.

        Invocations per period (B10); only `day` buckets are produced today.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            from_: Inclusive start (default `to` minus 30 days).
            to: Exclusive end (default now).
            granularity: Bucket size.

        `GET /agentic/agents/{agent_id}/usage`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_usage.OPERATION,
            (agent_id,),
            {
                "from_": from_,
                "to": to,
                "granularity": granularity,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncAgenticAgentsWithRawResponse:
    """`client.agentic_agents.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        visibility: Sequence[AgenticAgentVisibility | str] | AgenticAgentVisibility | str | None | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsListResponse]:
        """List agents: the raw answer (headers, attempts, `.parse()`).

        The tenant's agents, paged by token (B1). The filters are accepted but not yet honoured by the
        server.

        Args:
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.
            visibility: Only these visibilities (repeat for several).
            lifecycle: Only this lifecycle.
            label: `key=value` labels, AND-combined (repeat for several).
            q: A search text.

        `GET /agentic/agents`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_list.OPERATION,
            (),
            {
                "page_size": page_size,
                "page_token": page_token,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "label": label,
                "q": q,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        model: str | Unset = UNSET,
        visibility: AgenticAgentVisibility | str | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | Unset = UNSET,
        connectors: Sequence[CommonConnectorCreateRequest | Mapping[str, Any]] | Unset = UNSET,
        labels: AgenticAgentsCreateRequestLabels | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsResponse]:
        """Create an agent: the raw answer (headers, attempts, `.parse()`).

        Creates an agent (B2). Success status 201 (inferred; the SDK accepts any 2xx).

        Args:
            name: Unique per tenant.
            description: What it does.
            system_prompt: Prepended to every invocation.
            model: The model, e.g. `corti-default` (tenant default if omitted).
            visibility: `private` (creator only), `unlisted` (by id, not listed) or `public` (listed tenant-
                wide).
            lifecycle: `ephemeral` (expired automatically) or `persistent` (kept until deleted).
            connectors: Its connectors (default none).
            labels: Free-form labels; not used for routing or auth.

        `POST /agentic/agents`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_create.OPERATION,
            (),
            {},
            {
                "name": name,
                "description": description,
                "system_prompt": system_prompt,
                "model": model,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsResponse]:
        """Get an agent: the raw answer (headers, attempts, `.parse()`).

        An agent by id (B3).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `GET /agentic/agents/{agent_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_get.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete an agent: the raw answer (headers, attempts, `.parse()`).

        Idempotent: deleting an already-deleted agent answers 204 (B5).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `DELETE /agentic/agents/{agent_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_delete.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        agent_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        visibility: AgenticAgentVisibility | str | Unset = UNSET,
        lifecycle: AgenticAgentLifecycle | str | Unset = UNSET,
        connectors: Sequence[CommonConnectorCreateRequest | Mapping[str, Any]] | None | Unset = UNSET,
        labels: AgenticAgentsPatchRequestLabelsType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsResponse]:
        """Update an agent: the raw answer (headers, attempts, `.parse()`).

        JSON Merge Patch (RFC 7386): omitted fields are unchanged, `null` clears one, arrays replace
        (B4).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            name: The name.
            description: What it does.
            system_prompt: The system prompt.
            model: `null` falls back to the tenant default.
            visibility: `private` (creator only), `unlisted` (by id, not listed) or `public` (listed tenant-
                wide).
            lifecycle: `ephemeral` (expired automatically) or `persistent` (kept until deleted).
            connectors: The replacement connector list; `null` clears.
            labels: Labels; a `null` value removes one.

        `PATCH /agentic/agents/{agent_id}`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_update.OPERATION,
            (agent_id,),
            {},
            {
                "name": name,
                "description": description,
                "system_prompt": system_prompt,
                "model": model,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def card(
        self,
        agent_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentCardResponse]:
        """Get an agent's card: the raw answer (headers, attempts, `.parse()`).

        The A2A 1.0 agent card (B6).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).

        `GET /agentic/agents/{agent_id}/.well-known/agent-card.json`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_card.OPERATION,
            (agent_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def json_rpc(
        self,
        agent_id: str,
        *,
        jsonrpc: AgenticJsonRpcVersion | str,
        id: str,
        method: AgenticAgentsJsonRpcMethod | str,
        params: AgenticAgentsJsonRpcRequestParams | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsJsonRpcResponse]:
        """Call an agent over JSON-RPC: the raw answer (headers, attempts, `.parse()`).

        The A2A JSON-RPC 2.0 binding (B7); the client answers the single JSON-RPC response of the non-
        streaming methods.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            jsonrpc: Always `2.0`.
            id: The request's id (JSON-RPC allows a number too; the client sends a string: inferred,
                easy to widen).
            method: An A2A JSON-RPC method, PascalCase on the wire.
            params: The A2A request message, e.g. `{message}` for `SendMessage`.

        `POST /agentic/agents/{agent_id}/a2a`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_json_rpc.OPERATION,
            (agent_id,),
            {},
            {
                "jsonrpc": jsonrpc,
                "id": id,
                "method": method,
                "params": params,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def send_message(
        self,
        agent_id: str,
        *,
        message: CommonMessage | Mapping[str, Any],
        configuration: AgenticSendMessageConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticAgentsSendMessageRequestMetadata | Mapping[str, Any] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticAgentsSendMessageResponse]:
        """Send a message: the raw answer (headers, attempts, `.parse()`).

        Sends a message; the answer holds exactly one of `task` or `message` (B8). Not retried once it
        may have reached the service (a duplicate would start a second task).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            message: An A2A 1.0 message.
            configuration: How to send a message.
            metadata: Free-form metadata.
            tenant: The A2A tenant of the card's interface (not `Tenant-Name`).

        `POST /agentic/agents/{agent_id}/a2a/message:send`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_send_message.OPERATION,
            (agent_id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
                "tenant": tenant,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def stream_message(
        self,
        agent_id: str,
        *,
        message: CommonMessage | Mapping[str, Any],
        configuration: AgenticSendMessageConfiguration | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticAgentsSendMessageRequestMetadata | Mapping[str, Any] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncEventStream[
        AgenticStreamTaskEvent
        | AgenticStreamMessageEvent
        | AgenticStreamStatusUpdateEvent
        | AgenticStreamArtifactUpdateEvent
        | UnknownEvent
    ]:
        """Send a message, answered as a stream: the raw answer (headers, attempts, `.parse()`).

        As `send_message`, answered as server-sent events: the task, then its status and artifact
        updates (B9).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            message: An A2A 1.0 message.
            configuration: How to send a message.
            metadata: Free-form metadata.
            tenant: The A2A tenant of the card's interface (not `Tenant-Name`).

        `POST /agentic/agents/{agent_id}/a2a/message:stream`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.events(
            _agentic_agents_stream_message.OPERATION,
            (agent_id,),
            {},
            {
                "message": message,
                "configuration": configuration,
                "metadata": metadata,
                "tenant": tenant,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def usage(
        self,
        agent_id: str,
        *,
        from_: datetime.datetime | str | None | Unset = UNSET,
        to: datetime.datetime | str | None | Unset = UNSET,
        granularity: AgentsUsageGranularity | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgentsUsageReportResponse]:
        """Get an agent's usage: the raw answer (headers, attempts, `.parse()`).

        Invocations per period (B10); only `day` buckets are produced today.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            from_: Inclusive start (default `to` minus 30 days).
            to: Exclusive end (default now).
            granularity: Bucket size.

        `GET /agentic/agents/{agent_id}/usage`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_usage.OPERATION,
            (agent_id,),
            {
                "from_": from_,
                "to": to,
                "granularity": granularity,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
