"""`client.agentic_contexts_tasks_feedback`: the `agentic_contexts_tasks_feedback` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models import (
    AgenticFeedbackCreateRequest,
    AgenticFeedbackLabel,
    AgenticFeedbackListResponse,
    AgenticFeedbackMetadata,
    AgenticFeedbackRating,
    AgenticFeedbackResponse,
    AgenticFeedbackTarget,
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
from . import agentic_contexts_tasks_feedback_create as _agentic_contexts_tasks_feedback_create
from . import agentic_contexts_tasks_feedback_delete as _agentic_contexts_tasks_feedback_delete
from . import agentic_contexts_tasks_feedback_list as _agentic_contexts_tasks_feedback_list

__all__ = [
    "AsyncAgenticContextsTasksFeedback",
    "AsyncAgenticContextsTasksFeedbackWithRawResponse",
    "AgenticContextsTasksFeedback",
    "AgenticContextsTasksFeedbackWithRawResponse",
]


class AgenticContextsTasksFeedback:
    """`client.agentic.contexts.tasks.feedback` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgenticContextsTasksFeedbackWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.contexts.tasks.feedback", name, {})

    def list(
        self,
        context_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticFeedbackListResponse:
        """List feedback on a task.

        Newest first, the caller's own (B27).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}/feedback`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_feedback_list.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        context_id: str,
        task_id: str,
        *,
        rating: AgenticFeedbackRating | Mapping[str, Any],
        labels: Sequence[AgenticFeedbackLabel | str] | Unset = UNSET,
        reason: str | Unset = UNSET,
        target: AgenticFeedbackTarget | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticFeedbackMetadata | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticFeedbackResponse:
        """Give feedback on a task.

        The task must belong to the context (B28). Success status 201 (inferred).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            rating: A rating.
            labels: At most five, no duplicates.
            reason: Required when `labels` has `other`.
            target: The message the feedback is about (left out, the whole task).
            metadata: About the feedback.

        `POST /agentic/contexts/{context_id}/tasks/{task_id}/feedback`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_feedback_create.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            {
                "rating": rating,
                "labels": labels,
                "reason": reason,
                "target": target,
                "metadata": metadata,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        context_id: str,
        task_id: str,
        feedback_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete feedback.

        Idempotent: answers 204 (B29).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            feedback_id: The feedback's id, `fb.<uuidv7>`.

        `DELETE /agentic/contexts/{context_id}/tasks/{task_id}/feedback/{feedback_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_feedback_delete.OPERATION,
            (
                context_id,
                task_id,
                feedback_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class AgenticContextsTasksFeedbackWithRawResponse:
    """`client.agentic_contexts_tasks_feedback.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        context_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticFeedbackListResponse]:
        """List feedback on a task: the raw answer (headers, attempts, `.parse()`).

        Newest first, the caller's own (B27).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}/feedback`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_feedback_list.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        context_id: str,
        task_id: str,
        *,
        rating: AgenticFeedbackRating | Mapping[str, Any],
        labels: Sequence[AgenticFeedbackLabel | str] | Unset = UNSET,
        reason: str | Unset = UNSET,
        target: AgenticFeedbackTarget | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticFeedbackMetadata | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticFeedbackResponse]:
        """Give feedback on a task: the raw answer (headers, attempts, `.parse()`).

        The task must belong to the context (B28). Success status 201 (inferred).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            rating: A rating.
            labels: At most five, no duplicates.
            reason: Required when `labels` has `other`.
            target: The message the feedback is about (left out, the whole task).
            metadata: About the feedback.

        `POST /agentic/contexts/{context_id}/tasks/{task_id}/feedback`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_feedback_create.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            {
                "rating": rating,
                "labels": labels,
                "reason": reason,
                "target": target,
                "metadata": metadata,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        context_id: str,
        task_id: str,
        feedback_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete feedback: the raw answer (headers, attempts, `.parse()`).

        Idempotent: answers 204 (B29).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            feedback_id: The feedback's id, `fb.<uuidv7>`.

        `DELETE /agentic/contexts/{context_id}/tasks/{task_id}/feedback/{feedback_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_feedback_delete.OPERATION,
            (
                context_id,
                task_id,
                feedback_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticContextsTasksFeedback:
    """`client.agentic.contexts.tasks.feedback` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgenticContextsTasksFeedbackWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.contexts.tasks.feedback", name, {})

    async def list(
        self,
        context_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticFeedbackListResponse:
        """List feedback on a task.

        Newest first, the caller's own (B27).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}/feedback`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_contexts_tasks_feedback_list.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def create(
        self,
        context_id: str,
        task_id: str,
        *,
        rating: AgenticFeedbackRating | Mapping[str, Any],
        labels: Sequence[AgenticFeedbackLabel | str] | Unset = UNSET,
        reason: str | Unset = UNSET,
        target: AgenticFeedbackTarget | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticFeedbackMetadata | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticFeedbackResponse:
        """Give feedback on a task.

        The task must belong to the context (B28). Success status 201 (inferred).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            rating: A rating.
            labels: At most five, no duplicates.
            reason: Required when `labels` has `other`.
            target: The message the feedback is about (left out, the whole task).
            metadata: About the feedback.

        `POST /agentic/contexts/{context_id}/tasks/{task_id}/feedback`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _agentic_contexts_tasks_feedback_create.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            {
                "rating": rating,
                "labels": labels,
                "reason": reason,
                "target": target,
                "metadata": metadata,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        context_id: str,
        task_id: str,
        feedback_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete feedback.

        Idempotent: answers 204 (B29).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            feedback_id: The feedback's id, `fb.<uuidv7>`.

        `DELETE /agentic/contexts/{context_id}/tasks/{task_id}/feedback/{feedback_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_contexts_tasks_feedback_delete.OPERATION,
            (
                context_id,
                task_id,
                feedback_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncAgenticContextsTasksFeedbackWithRawResponse:
    """`client.agentic_contexts_tasks_feedback.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        context_id: str,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticFeedbackListResponse]:
        """List feedback on a task: the raw answer (headers, attempts, `.parse()`).

        Newest first, the caller's own (B27).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}/feedback`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_tasks_feedback_list.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        context_id: str,
        task_id: str,
        *,
        rating: AgenticFeedbackRating | Mapping[str, Any],
        labels: Sequence[AgenticFeedbackLabel | str] | Unset = UNSET,
        reason: str | Unset = UNSET,
        target: AgenticFeedbackTarget | Mapping[str, Any] | Unset = UNSET,
        metadata: AgenticFeedbackMetadata | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticFeedbackResponse]:
        """Give feedback on a task: the raw answer (headers, attempts, `.parse()`).

        The task must belong to the context (B28). Success status 201 (inferred).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            rating: A rating.
            labels: At most five, no duplicates.
            reason: Required when `labels` has `other`.
            target: The message the feedback is about (left out, the whole task).
            metadata: About the feedback.

        `POST /agentic/contexts/{context_id}/tasks/{task_id}/feedback`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_tasks_feedback_create.OPERATION,
            (
                context_id,
                task_id,
            ),
            {},
            {
                "rating": rating,
                "labels": labels,
                "reason": reason,
                "target": target,
                "metadata": metadata,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        context_id: str,
        task_id: str,
        feedback_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete feedback: the raw answer (headers, attempts, `.parse()`).

        Idempotent: answers 204 (B29).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            feedback_id: The feedback's id, `fb.<uuidv7>`.

        `DELETE /agentic/contexts/{context_id}/tasks/{task_id}/feedback/{feedback_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_tasks_feedback_delete.OPERATION,
            (
                context_id,
                task_id,
                feedback_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
