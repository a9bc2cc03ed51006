"""`client.agentic_contexts_tasks`: the `agentic_contexts_tasks` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models import CommonTaskListResponse, CommonTaskResponse
from ...types import (
    NOT_GIVEN,
    UNSET,
    AsyncPaginator,
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
from ..agentic_contexts_tasks_artifacts import AgenticContextsTasksArtifacts, AsyncAgenticContextsTasksArtifacts
from ..agentic_contexts_tasks_feedback import AgenticContextsTasksFeedback, AsyncAgenticContextsTasksFeedback
from . import agentic_contexts_tasks_get as _agentic_contexts_tasks_get
from . import agentic_contexts_tasks_list as _agentic_contexts_tasks_list

__all__ = [
    "AsyncAgenticContextsTasks",
    "AsyncAgenticContextsTasksWithRawResponse",
    "AgenticContextsTasks",
    "AgenticContextsTasksWithRawResponse",
]


class AgenticContextsTasks:
    """`client.agentic.contexts.tasks` of a sync client."""

    artifacts: AgenticContextsTasksArtifacts
    feedback: AgenticContextsTasksFeedback

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgenticContextsTasksWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.artifacts = AgenticContextsTasksArtifacts(runtime)
        self.feedback = AgenticContextsTasksFeedback(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.contexts.tasks", name, {})

    def list(
        self,
        context_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> _agentic_contexts_tasks_list.AgenticContextsTasksListPage:
        """List a context's tasks.

        B24.

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts/{context_id}/tasks`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "_agentic_contexts_tasks_list.AgenticContextsTasksListPage",
            self._runtime.paginate(
                _agentic_contexts_tasks_list.OPERATION,
                (context_id,),
                {
                    "page_size": page_size,
                    "page_token": page_token,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    def get(
        self,
        context_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonTaskResponse:
        """Get a context's task.

        B25.

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_get.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class AgenticContextsTasksWithRawResponse:
    """`client.agentic_contexts_tasks.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        context_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskListResponse]:
        """List a context's tasks: the raw answer (headers, attempts, `.parse()`).

        B24.

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts/{context_id}/tasks`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_list.OPERATION,
            (context_id,),
            {
                "page_size": page_size,
                "page_token": page_token,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        context_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskResponse]:
        """Get a context's task: the raw answer (headers, attempts, `.parse()`).

        B25.

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_get.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticContextsTasks:
    """`client.agentic.contexts.tasks` of an async client."""

    artifacts: AsyncAgenticContextsTasksArtifacts
    feedback: AsyncAgenticContextsTasksFeedback

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgenticContextsTasksWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.artifacts = AsyncAgenticContextsTasksArtifacts(runtime)
        self.feedback = AsyncAgenticContextsTasksFeedback(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.contexts.tasks", name, {})

    def list(
        self,
        context_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[_agentic_contexts_tasks_list.AsyncAgenticContextsTasksListPage, CommonTaskResponse]:
        """List a context's tasks.

        B24.

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts/{context_id}/tasks`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "AsyncPaginator[_agentic_contexts_tasks_list.AsyncAgenticContextsTasksListPage, CommonTaskResponse]",
            self._runtime.paginate(
                _agentic_contexts_tasks_list.OPERATION,
                (context_id,),
                {
                    "page_size": page_size,
                    "page_token": page_token,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    async def get(
        self,
        context_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonTaskResponse:
        """Get a context's task.

        B25.

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_contexts_tasks_get.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncAgenticContextsTasksWithRawResponse:
    """`client.agentic_contexts_tasks.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        context_id: str,
        *,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskListResponse]:
        """List a context's tasks: the raw answer (headers, attempts, `.parse()`).

        B24.

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts/{context_id}/tasks`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_tasks_list.OPERATION,
            (context_id,),
            {
                "page_size": page_size,
                "page_token": page_token,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        context_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonTaskResponse]:
        """Get a context's task: the raw answer (headers, attempts, `.parse()`).

        B25.

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_tasks_get.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
