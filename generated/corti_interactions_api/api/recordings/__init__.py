"""`client.recordings`: the `recordings` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import RecordingsCreateResponse, RecordingsListResponse
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
    from ...binary_types import AsyncBinaryInput, AsyncBinaryResponse, BinaryInput, BinaryResponse
    from ...bulk_types import BulkItem, BulkResult, BulkSummary
from . import recordings_delete as _recordings_delete
from . import recordings_get as _recordings_get
from . import recordings_list as _recordings_list
from . import recordings_upload as _recordings_upload

__all__ = [
    "AsyncRecordings",
    "AsyncRecordingsWithRawResponse",
    "AsyncRecordingsWithStreamingResponse",
    "RecordingsWithStreamingResponse",
    "Recordings",
    "RecordingsWithRawResponse",
]


class Recordings:
    """`client.recordings` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = RecordingsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.with_streaming_response = RecordingsWithStreamingResponse(runtime)
        """The raw-bytes methods as context managers whose body is read as iterated."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "recordings", name, {})

    def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RecordingsListResponse:
        """List recordings.

        The ids of the interaction's recordings (ids only, no metadata).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/recordings/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _recordings_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def upload(
        self,
        interaction_id: UUID | str,
        file: BinaryInput,
        *,
        content_type: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RecordingsCreateResponse:
        """Upload a recording.

        Uploads an audio file (raw bytes, not multipart) to the interaction; at most 120 minutes of
        audio and 150 MB per file. The client streams the body, sends `Content-Length` when the size is
        known, and refuses an empty file or one over the limit before sending. "150 MB" is read as 150
        MiB (157286400 bytes; inferred, Corti does not say which): a larger value only lets the service
        be the judge. Corti's JS SDK may send the file's own media type (e.g. `audio/wav`) instead of
        `application/octet-stream`; `content_type=` does the same here. Not idempotent: sending it twice
        stores two recordings.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            file: a path, bytes, a binary file object or an iterable of bytes, streamed;
                at most 157286400 bytes, not empty. Sent again on a retry only if it can be (a path, bytes, a seekable file).
            content_type: the body's media type (default application/octet-stream).

        `POST /interactions/{interaction_id}/recordings/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _recordings_upload.OPERATION,
            (interaction_id,),
            {},
            {"file": file, "content_type": content_type},
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BinaryResponse:
        """Get a recording.

        The recording's bytes as uploaded. Corti states no media type for the answer;
        `application/octet-stream` is assumed (inferred; an older document said `text/plain`, which
        cannot hold audio).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier of the recording. Must be a valid UUID.

        `GET /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _recordings_get.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a recording.

        Deletes the recording; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier of the recording. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _recordings_delete.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class RecordingsWithRawResponse:
    """`client.recordings.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[RecordingsListResponse]:
        """List recordings: the raw answer (headers, attempts, `.parse()`).

        The ids of the interaction's recordings (ids only, no metadata).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/recordings/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _recordings_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def upload(
        self,
        interaction_id: UUID | str,
        file: BinaryInput,
        *,
        content_type: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[RecordingsCreateResponse]:
        """Upload a recording: the raw answer (headers, attempts, `.parse()`).

        Uploads an audio file (raw bytes, not multipart) to the interaction; at most 120 minutes of
        audio and 150 MB per file. The client streams the body, sends `Content-Length` when the size is
        known, and refuses an empty file or one over the limit before sending. "150 MB" is read as 150
        MiB (157286400 bytes; inferred, Corti does not say which): a larger value only lets the service
        be the judge. Corti's JS SDK may send the file's own media type (e.g. `audio/wav`) instead of
        `application/octet-stream`; `content_type=` does the same here. Not idempotent: sending it twice
        stores two recordings.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            file: a path, bytes, a binary file object or an iterable of bytes, streamed;
                at most 157286400 bytes, not empty. Sent again on a retry only if it can be (a path, bytes, a seekable file).
            content_type: the body's media type (default application/octet-stream).

        `POST /interactions/{interaction_id}/recordings/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _recordings_upload.OPERATION,
            (interaction_id,),
            {},
            {"file": file, "content_type": content_type},
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[BinaryResponse]:
        """Get a recording: the raw answer (headers, attempts, `.parse()`).

        The recording's bytes as uploaded. Corti states no media type for the answer;
        `application/octet-stream` is assumed (inferred; an older document said `text/plain`, which
        cannot hold audio).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier of the recording. Must be a valid UUID.

        `GET /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _recordings_get.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a recording: the raw answer (headers, attempts, `.parse()`).

        Deletes the recording; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier of the recording. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _recordings_delete.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncRecordings:
    """`client.recordings` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncRecordingsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.with_streaming_response = AsyncRecordingsWithStreamingResponse(runtime)
        """The raw-bytes methods as async context managers whose body is read as iterated."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "recordings", name, {})

    async def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RecordingsListResponse:
        """List recordings.

        The ids of the interaction's recordings (ids only, no metadata).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/recordings/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _recordings_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def upload(
        self,
        interaction_id: UUID | str,
        file: AsyncBinaryInput,
        *,
        content_type: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RecordingsCreateResponse:
        """Upload a recording.

        Uploads an audio file (raw bytes, not multipart) to the interaction; at most 120 minutes of
        audio and 150 MB per file. The client streams the body, sends `Content-Length` when the size is
        known, and refuses an empty file or one over the limit before sending. "150 MB" is read as 150
        MiB (157286400 bytes; inferred, Corti does not say which): a larger value only lets the service
        be the judge. Corti's JS SDK may send the file's own media type (e.g. `audio/wav`) instead of
        `application/octet-stream`; `content_type=` does the same here. Not idempotent: sending it twice
        stores two recordings.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            file: a path, bytes, a binary file object or an iterable of bytes (or an async iterable), streamed;
                at most 157286400 bytes, not empty. Sent again on a retry only if it can be (a path, bytes, a seekable file).
            content_type: the body's media type (default application/octet-stream).

        `POST /interactions/{interaction_id}/recordings/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _recordings_upload.OPERATION,
            (interaction_id,),
            {},
            {"file": file, "content_type": content_type},
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BinaryResponse:
        """Get a recording.

        The recording's bytes as uploaded. Corti states no media type for the answer;
        `application/octet-stream` is assumed (inferred; an older document said `text/plain`, which
        cannot hold audio).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier of the recording. Must be a valid UUID.

        `GET /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _recordings_get.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a recording.

        Deletes the recording; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier of the recording. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _recordings_delete.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncRecordingsWithRawResponse:
    """`client.recordings.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[RecordingsListResponse]:
        """List recordings: the raw answer (headers, attempts, `.parse()`).

        The ids of the interaction's recordings (ids only, no metadata).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/recordings/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _recordings_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def upload(
        self,
        interaction_id: UUID | str,
        file: AsyncBinaryInput,
        *,
        content_type: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[RecordingsCreateResponse]:
        """Upload a recording: the raw answer (headers, attempts, `.parse()`).

        Uploads an audio file (raw bytes, not multipart) to the interaction; at most 120 minutes of
        audio and 150 MB per file. The client streams the body, sends `Content-Length` when the size is
        known, and refuses an empty file or one over the limit before sending. "150 MB" is read as 150
        MiB (157286400 bytes; inferred, Corti does not say which): a larger value only lets the service
        be the judge. Corti's JS SDK may send the file's own media type (e.g. `audio/wav`) instead of
        `application/octet-stream`; `content_type=` does the same here. Not idempotent: sending it twice
        stores two recordings.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            file: a path, bytes, a binary file object or an iterable of bytes (or an async iterable), streamed;
                at most 157286400 bytes, not empty. Sent again on a retry only if it can be (a path, bytes, a seekable file).
            content_type: the body's media type (default application/octet-stream).

        `POST /interactions/{interaction_id}/recordings/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _recordings_upload.OPERATION,
            (interaction_id,),
            {},
            {"file": file, "content_type": content_type},
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[BinaryResponse]:
        """Get a recording: the raw answer (headers, attempts, `.parse()`).

        The recording's bytes as uploaded. Corti states no media type for the answer;
        `application/octet-stream` is assumed (inferred; an older document said `text/plain`, which
        cannot hold audio).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier of the recording. Must be a valid UUID.

        `GET /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _recordings_get.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a recording: the raw answer (headers, attempts, `.parse()`).

        Deletes the recording; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier of the recording. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _recordings_delete.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class RecordingsWithStreamingResponse:
    """`client.recordings.with_streaming_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AbstractContextManager[BinaryResponse]:
        """Get a recording, as a context manager: the body is read as iterated, released on exit.

        `GET /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.stream(
            _recordings_get.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncRecordingsWithStreamingResponse:
    """`client.recordings.with_streaming_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    def get(
        self,
        interaction_id: UUID | str,
        recording_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AbstractAsyncContextManager[AsyncBinaryResponse]:
        """Get a recording, as an async context manager: the body is read as iterated, released on exit.

        `GET /interactions/{interaction_id}/recordings/{recording_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.stream(
            _recordings_get.OPERATION,
            (
                interaction_id,
                recording_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
