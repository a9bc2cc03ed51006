"""`client.agentic_contexts_tasks_artifacts`: the `agentic_contexts_tasks_artifacts` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models import CommonArtifactResponse
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
from . import agentic_contexts_tasks_artifacts_get as _agentic_contexts_tasks_artifacts_get

__all__ = [
    "AsyncAgenticContextsTasksArtifacts",
    "AsyncAgenticContextsTasksArtifactsWithRawResponse",
    "AgenticContextsTasksArtifacts",
    "AgenticContextsTasksArtifactsWithRawResponse",
]


class AgenticContextsTasksArtifacts:
    """`client.agentic.contexts.tasks.artifacts` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgenticContextsTasksArtifactsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.contexts.tasks.artifacts", name, {})

    def get(
        self,
        context_id: str,
        task_id: str,
        artifact_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonArtifactResponse:
        """Get an artifact.

        File parts carry inline `raw` bytes or a `url` (B26).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            artifact_id: The artifact's id, `art.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}/artifacts/{artifact_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_artifacts_get.OPERATION,
            (
                context_id,
                task_id,
                artifact_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class AgenticContextsTasksArtifactsWithRawResponse:
    """`client.agentic_contexts_tasks_artifacts.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get(
        self,
        context_id: str,
        task_id: str,
        artifact_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonArtifactResponse]:
        """Get an artifact: the raw answer (headers, attempts, `.parse()`).

        File parts carry inline `raw` bytes or a `url` (B26).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            artifact_id: The artifact's id, `art.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}/artifacts/{artifact_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_contexts_tasks_artifacts_get.OPERATION,
            (
                context_id,
                task_id,
                artifact_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticContextsTasksArtifacts:
    """`client.agentic.contexts.tasks.artifacts` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgenticContextsTasksArtifactsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.contexts.tasks.artifacts", name, {})

    async def get(
        self,
        context_id: str,
        task_id: str,
        artifact_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonArtifactResponse:
        """Get an artifact.

        File parts carry inline `raw` bytes or a `url` (B26).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            artifact_id: The artifact's id, `art.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}/artifacts/{artifact_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_contexts_tasks_artifacts_get.OPERATION,
            (
                context_id,
                task_id,
                artifact_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncAgenticContextsTasksArtifactsWithRawResponse:
    """`client.agentic_contexts_tasks_artifacts.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        context_id: str,
        task_id: str,
        artifact_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonArtifactResponse]:
        """Get an artifact: the raw answer (headers, attempts, `.parse()`).

        File parts carry inline `raw` bytes or a `url` (B26).

        Args:
            context_id: The context's id, `ctx.<uuidv7>`.
            task_id: The task's id, `task.<uuidv7>`.
            artifact_id: The artifact's id, `art.<uuidv7>`.

        `GET /agentic/contexts/{context_id}/tasks/{task_id}/artifacts/{artifact_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_contexts_tasks_artifacts_get.OPERATION,
            (
                context_id,
                task_id,
                artifact_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
