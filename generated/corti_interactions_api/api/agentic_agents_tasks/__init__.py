"""`client.agentic_agents_tasks`: the `agentic_agents_tasks` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models import (
    AgenticStreamArtifactUpdateEvent,
    AgenticStreamMessageEvent,
    AgenticStreamStatusUpdateEvent,
    AgenticStreamTaskEvent,
    CommonTaskListResponse,
    CommonTaskResponse,
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
from . import agentic_agents_tasks_cancel as _agentic_agents_tasks_cancel
from . import agentic_agents_tasks_get as _agentic_agents_tasks_get
from . import agentic_agents_tasks_list as _agentic_agents_tasks_list
from . import agentic_agents_tasks_subscribe as _agentic_agents_tasks_subscribe

__all__ = [
    "AsyncAgenticAgentsTasks",
    "AsyncAgenticAgentsTasksWithRawResponse",
    "AgenticAgentsTasks",
    "AgenticAgentsTasksWithRawResponse",
]


class AgenticAgentsTasks:
    """`client.agentic.agents.tasks` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgenticAgentsTasksWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.agents.tasks", name, {})

    def list(
        self,
        agent_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        context_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> _agentic_agents_tasks_list.AgenticAgentsTasksListPage:
        """List an agent's tasks.

        Paged by token (B16).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.
            context_id: Only the tasks of this context.

        `GET /agentic/agents/{agent_id}/a2a/tasks`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "_agentic_agents_tasks_list.AgenticAgentsTasksListPage",
            self._runtime.paginate(
                _agentic_agents_tasks_list.OPERATION,
                (agent_id,),
                {
                    "page_size": page_size,
                    "page_token": page_token,
                    "context_id": context_id,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    def get(
        self,
        agent_id: str,
        task_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonTaskResponse:
        """Get a task.

        B17.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.
            history_length: How many history messages to include.

        `GET /agentic/agents/{agent_id}/a2a/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_tasks_get.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def cancel(
        self,
        agent_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonTaskResponse:
        """Cancel a task.

        Answers the task; 409 when it can no longer be canceled (B18).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.

        `POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:cancel`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_tasks_cancel.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def subscribe(
        self,
        agent_id: str,
        task_id: str,
        *,
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
        """Resubscribe to a task's events.

        The task's event stream over server-sent events (B19).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.

        `POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:subscribe`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.events(
            _agentic_agents_tasks_subscribe.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AgenticAgentsTasksWithRawResponse:
    """`client.agentic_agents_tasks.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        agent_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        context_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskListResponse]:
        """List an agent's tasks: the raw answer (headers, attempts, `.parse()`).

        Paged by token (B16).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.
            context_id: Only the tasks of this context.

        `GET /agentic/agents/{agent_id}/a2a/tasks`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_tasks_list.OPERATION,
            (agent_id,),
            {
                "page_size": page_size,
                "page_token": page_token,
                "context_id": context_id,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        agent_id: str,
        task_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskResponse]:
        """Get a task: the raw answer (headers, attempts, `.parse()`).

        B17.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.
            history_length: How many history messages to include.

        `GET /agentic/agents/{agent_id}/a2a/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_tasks_get.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def cancel(
        self,
        agent_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskResponse]:
        """Cancel a task: the raw answer (headers, attempts, `.parse()`).

        Answers the task; 409 when it can no longer be canceled (B18).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.

        `POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:cancel`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_agents_tasks_cancel.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def subscribe(
        self,
        agent_id: str,
        task_id: str,
        *,
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
        """Resubscribe to a task's events: the raw answer (headers, attempts, `.parse()`).

        The task's event stream over server-sent events (B19).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.

        `POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:subscribe`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.events(
            _agentic_agents_tasks_subscribe.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticAgentsTasks:
    """`client.agentic.agents.tasks` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgenticAgentsTasksWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.agents.tasks", name, {})

    def list(
        self,
        agent_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        context_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[_agentic_agents_tasks_list.AsyncAgenticAgentsTasksListPage, CommonTaskResponse]:
        """List an agent's tasks.

        Paged by token (B16).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.
            context_id: Only the tasks of this context.

        `GET /agentic/agents/{agent_id}/a2a/tasks`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "AsyncPaginator[_agentic_agents_tasks_list.AsyncAgenticAgentsTasksListPage, CommonTaskResponse]",
            self._runtime.paginate(
                _agentic_agents_tasks_list.OPERATION,
                (agent_id,),
                {
                    "page_size": page_size,
                    "page_token": page_token,
                    "context_id": context_id,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    async def get(
        self,
        agent_id: str,
        task_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonTaskResponse:
        """Get a task.

        B17.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.
            history_length: How many history messages to include.

        `GET /agentic/agents/{agent_id}/a2a/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_tasks_get.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def cancel(
        self,
        agent_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonTaskResponse:
        """Cancel a task.

        Answers the task; 409 when it can no longer be canceled (B18).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.

        `POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:cancel`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_agents_tasks_cancel.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    def subscribe(
        self,
        agent_id: str,
        task_id: str,
        *,
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
        """Resubscribe to a task's events.

        The task's event stream over server-sent events (B19).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.

        `POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:subscribe`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.events(
            _agentic_agents_tasks_subscribe.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticAgentsTasksWithRawResponse:
    """`client.agentic_agents_tasks.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        agent_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        context_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskListResponse]:
        """List an agent's tasks: the raw answer (headers, attempts, `.parse()`).

        Paged by token (B16).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.
            context_id: Only the tasks of this context.

        `GET /agentic/agents/{agent_id}/a2a/tasks`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_tasks_list.OPERATION,
            (agent_id,),
            {
                "page_size": page_size,
                "page_token": page_token,
                "context_id": context_id,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        agent_id: str,
        task_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskResponse]:
        """Get a task: the raw answer (headers, attempts, `.parse()`).

        B17.

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.
            history_length: How many history messages to include.

        `GET /agentic/agents/{agent_id}/a2a/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_tasks_get.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def cancel(
        self,
        agent_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskResponse]:
        """Cancel a task: the raw answer (headers, attempts, `.parse()`).

        Answers the task; 409 when it can no longer be canceled (B18).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.

        `POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:cancel`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_agents_tasks_cancel.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def subscribe(
        self,
        agent_id: str,
        task_id: str,
        *,
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
        """Resubscribe to a task's events: the raw answer (headers, attempts, `.parse()`).

        The task's event stream over server-sent events (B19).

        Args:
            agent_id: The agent's id, `agt.<uuidv7>` (a bare UUIDv7 is accepted too).
            task_id: The task's id, `task.<uuidv7>`.

        `POST /agentic/agents/{agent_id}/a2a/tasks/{task_id}:subscribe`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.events(
            _agentic_agents_tasks_subscribe.OPERATION,
            (
                agent_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
