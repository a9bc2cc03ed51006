"""`client.agentic_contexts`: the `agentic_contexts` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models import (
    AgenticContext,
    AgenticContextsDetailResponse,
    AgenticContextsListResponse,
    AgenticContextsTraceItem,
    AgenticContextsTraceResponse,
)
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
from ..agentic_contexts_tasks import AgenticContextsTasks, AsyncAgenticContextsTasks
from . import agentic_contexts_delete as _agentic_contexts_delete
from . import agentic_contexts_get as _agentic_contexts_get
from . import agentic_contexts_list as _agentic_contexts_list
from . import agentic_contexts_trace as _agentic_contexts_trace

__all__ = [
    "AsyncAgenticContexts",
    "AsyncAgenticContextsWithRawResponse",
    "AgenticContexts",
    "AgenticContextsWithRawResponse",
]


class AgenticContexts:
    """`client.agentic.contexts` of a sync client."""

    tasks: AgenticContextsTasks

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgenticContextsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.tasks = AgenticContextsTasks(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.contexts", name, {})

    def list(
        self,
        *,
        agent_id: str | None | Unset = UNSET,
        from_: datetime.datetime | str | None | Unset = UNSET,
        to: datetime.datetime | str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> _agentic_contexts_list.AgenticContextsListPage:
        """List contexts.

        Not yet implemented by the server: it answers an empty page and ignores the parameters (B20).

        Args:
            agent_id: Only this agent's contexts.
            from_: Created at or after.
            to: Created before.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "_agentic_contexts_list.AgenticContextsListPage",
            self._runtime.paginate(
                _agentic_contexts_list.OPERATION,
                (),
                {
                    "agent_id": agent_id,
                    "from_": from_,
                    "to": to,
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
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticContextsDetailResponse:
        """Get a context.

        The context with its tasks, oldest first, each with its history (B21).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            history_length: Caps the history of each task.

        `GET /agentic/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_get.OPERATION,
            (context_id,),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        context_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a context.

        B22. Success status 204 (inferred).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.

        `DELETE /agentic/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_delete.OPERATION,
            (context_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def trace(
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
    ) -> _agentic_contexts_trace.AgenticContextsTracePage:
        """Get a context's traces.

        OpenInference traces, newest first; they arrive asynchronously (B23).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts/{context_id}/trace`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "_agentic_contexts_trace.AgenticContextsTracePage",
            self._runtime.paginate(
                _agentic_contexts_trace.OPERATION,
                (context_id,),
                {
                    "page_size": page_size,
                    "page_token": page_token,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )


class AgenticContextsWithRawResponse:
    """`client.agentic_contexts.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        agent_id: str | None | Unset = UNSET,
        from_: datetime.datetime | str | None | Unset = UNSET,
        to: datetime.datetime | str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticContextsListResponse]:
        """List contexts: the raw answer (headers, attempts, `.parse()`).

        Not yet implemented by the server: it answers an empty page and ignores the parameters (B20).

        Args:
            agent_id: Only this agent's contexts.
            from_: Created at or after.
            to: Created before.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_list.OPERATION,
            (),
            {
                "agent_id": agent_id,
                "from_": from_,
                "to": to,
                "page_size": page_size,
                "page_token": page_token,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        context_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticContextsDetailResponse]:
        """Get a context: the raw answer (headers, attempts, `.parse()`).

        The context with its tasks, oldest first, each with its history (B21).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            history_length: Caps the history of each task.

        `GET /agentic/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_get.OPERATION,
            (context_id,),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        context_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a context: the raw answer (headers, attempts, `.parse()`).

        B22. Success status 204 (inferred).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.

        `DELETE /agentic/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_delete.OPERATION,
            (context_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def trace(
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
    ) -> RawResponse[AgenticContextsTraceResponse]:
        """Get a context's traces: the raw answer (headers, attempts, `.parse()`).

        OpenInference traces, newest first; they arrive asynchronously (B23).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts/{context_id}/trace`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_trace.OPERATION,
            (context_id,),
            {
                "page_size": page_size,
                "page_token": page_token,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticContexts:
    """`client.agentic.contexts` of an async client."""

    tasks: AsyncAgenticContextsTasks

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgenticContextsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.tasks = AsyncAgenticContextsTasks(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.contexts", name, {})

    def list(
        self,
        *,
        agent_id: str | None | Unset = UNSET,
        from_: datetime.datetime | str | None | Unset = UNSET,
        to: datetime.datetime | str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[_agentic_contexts_list.AsyncAgenticContextsListPage, AgenticContext]:
        """List contexts.

        Not yet implemented by the server: it answers an empty page and ignores the parameters (B20).

        Args:
            agent_id: Only this agent's contexts.
            from_: Created at or after.
            to: Created before.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "AsyncPaginator[_agentic_contexts_list.AsyncAgenticContextsListPage, AgenticContext]",
            self._runtime.paginate(
                _agentic_contexts_list.OPERATION,
                (),
                {
                    "agent_id": agent_id,
                    "from_": from_,
                    "to": to,
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
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticContextsDetailResponse:
        """Get a context.

        The context with its tasks, oldest first, each with its history (B21).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            history_length: Caps the history of each task.

        `GET /agentic/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_contexts_get.OPERATION,
            (context_id,),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        context_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a context.

        B22. Success status 204 (inferred).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.

        `DELETE /agentic/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_contexts_delete.OPERATION,
            (context_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    def trace(
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
    ) -> AsyncPaginator[_agentic_contexts_trace.AsyncAgenticContextsTracePage, AgenticContextsTraceItem]:
        """Get a context's traces.

        OpenInference traces, newest first; they arrive asynchronously (B23).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts/{context_id}/trace`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "AsyncPaginator[_agentic_contexts_trace.AsyncAgenticContextsTracePage, AgenticContextsTraceItem]",
            self._runtime.paginate(
                _agentic_contexts_trace.OPERATION,
                (context_id,),
                {
                    "page_size": page_size,
                    "page_token": page_token,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )


class AsyncAgenticContextsWithRawResponse:
    """`client.agentic_contexts.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        agent_id: str | None | Unset = UNSET,
        from_: datetime.datetime | str | None | Unset = UNSET,
        to: datetime.datetime | str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticContextsListResponse]:
        """List contexts: the raw answer (headers, attempts, `.parse()`).

        Not yet implemented by the server: it answers an empty page and ignores the parameters (B20).

        Args:
            agent_id: Only this agent's contexts.
            from_: Created at or after.
            to: Created before.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_list.OPERATION,
            (),
            {
                "agent_id": agent_id,
                "from_": from_,
                "to": to,
                "page_size": page_size,
                "page_token": page_token,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        context_id: str,
        *,
        history_length: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticContextsDetailResponse]:
        """Get a context: the raw answer (headers, attempts, `.parse()`).

        The context with its tasks, oldest first, each with its history (B21).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            history_length: Caps the history of each task.

        `GET /agentic/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_get.OPERATION,
            (context_id,),
            {
                "history_length": history_length,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        context_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a context: the raw answer (headers, attempts, `.parse()`).

        B22. Success status 204 (inferred).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.

        `DELETE /agentic/contexts/{context_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_delete.OPERATION,
            (context_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def trace(
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
    ) -> RawResponse[AgenticContextsTraceResponse]:
        """Get a context's traces: the raw answer (headers, attempts, `.parse()`).

        OpenInference traces, newest first; they arrive asynchronously (B23).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/contexts/{context_id}/trace`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_trace.OPERATION,
            (context_id,),
            {
                "page_size": page_size,
                "page_token": page_token,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
