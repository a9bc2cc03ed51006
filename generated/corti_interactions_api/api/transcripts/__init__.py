"""`client.transcripts`: the `transcripts` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import (
    TranscriptsCreateRequest,
    TranscriptsCreateRequestKeyterms,
    TranscriptsCreateRequestReplacementsItem,
    TranscriptsListResponse,
    TranscriptsParticipant,
    TranscriptsResponse,
    TranscriptsStatusResponse,
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
from . import transcripts_create as _transcripts_create
from . import transcripts_delete as _transcripts_delete
from . import transcripts_get as _transcripts_get
from . import transcripts_get_status as _transcripts_get_status
from . import transcripts_list as _transcripts_list

__all__ = ["AsyncTranscripts", "AsyncTranscriptsWithRawResponse", "Transcripts", "TranscriptsWithRawResponse"]


class Transcripts:
    """`client.transcripts` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = TranscriptsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "transcripts", name, {})

    def poll(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> TranscriptsResponse:
        """Wait until `get_status()` says `status` is completed, then return `get()`.

        Asks every `interval` seconds (longer when an answer carries `Retry-After`). A
        `status` of failed raises `PollFailedError`; still waiting after
        `timeout` seconds raises `PollTimeoutError`. `request_timeout` is each request's.
        """
        return self._runtime.poll(
            _transcripts_get_status.POLL,
            (
                interaction_id,
                transcript_id,
            ),
            timeout=timeout,
            interval=interval,
            options=RequestOptions(request_timeout, max_retries, extra_headers, extra_query, None),
        )

    def create_and_poll(
        self,
        interaction_id: UUID | str,
        *,
        recording_id: UUID | str,
        primary_language: str,
        spoken_punctuation: bool | Unset = UNSET,
        automatic_punctuation: bool | Unset = UNSET,
        is_dictation: bool | Unset = UNSET,
        is_multichannel: bool | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        participants: Sequence[TranscriptsParticipant | Mapping[str, Any]] | Unset = UNSET,
        async_: bool | Unset = UNSET,
        replacements: Sequence[TranscriptsCreateRequestReplacementsItem | Mapping[str, Any]] | Unset = UNSET,
        keyterms: TranscriptsCreateRequestKeyterms | Mapping[str, Any] | Unset = UNSET,
        timeout: float = 600.0,
        interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsResponse:
        """`create()`, then `poll()` until done; an answer already done is returned as it is.

        The keywords are `create()`'s; `timeout`, `interval` and `request_timeout` are `poll()`'s.
        """
        return self._runtime.start_and_poll(
            _transcripts_get_status.POLL,
            _transcripts_create.OPERATION,
            (interaction_id,),
            {
                "recording_id": recording_id,
                "primary_language": primary_language,
                "spoken_punctuation": spoken_punctuation,
                "automatic_punctuation": automatic_punctuation,
                "is_dictation": is_dictation,
                "is_multichannel": is_multichannel,
                "diarize": diarize,
                "participants": participants,
                "async_": async_,
                "replacements": replacements,
                "keyterms": keyterms,
            },
            start_id="id",
            timeout=timeout,
            interval=interval,
            options=RequestOptions(request_timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        interaction_id: UUID | str,
        *,
        full: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsListResponse:
        """List transcripts.

        The interaction's transcripts, each with a sample; `full=true` adds the whole text.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            full: Display full transcripts in listing.

        `GET /interactions/{interaction_id}/transcripts/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _transcripts_list.OPERATION,
            (interaction_id,),
            {
                "full": full,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        interaction_id: UUID | str,
        *,
        recording_id: UUID | str,
        primary_language: str,
        spoken_punctuation: bool | Unset = UNSET,
        automatic_punctuation: bool | Unset = UNSET,
        is_dictation: bool | Unset = UNSET,
        is_multichannel: bool | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        participants: Sequence[TranscriptsParticipant | Mapping[str, Any]] | Unset = UNSET,
        async_: bool | Unset = UNSET,
        replacements: Sequence[TranscriptsCreateRequestReplacementsItem | Mapping[str, Any]] | Unset = UNSET,
        keyterms: TranscriptsCreateRequestKeyterms | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsResponse:
        """Create a transcript.

        Transcribes a recording of the interaction. The service works synchronously for up to 25 seconds
        and answers 201 with the transcript; after that, or at once with `async: true`, it answers 202
        with `status: processing` and a `Location` header, and `get_status` says when it is `completed`
        (or `failed`: try again). Corti does not state the code after the 25 s window; 202 is assumed
        (inferred). Not idempotent.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier for the recording.
            primary_language: The primary spoken language, e.g. `en` (see docs.corti.ai/stt/languages).
            spoken_punctuation: Spoken punctuation ("comma") becomes symbols; takes precedence over
                automaticPunctuation and turns it off.
            automatic_punctuation: Punctuation is added automatically. Defaults to true.
            is_dictation: Deprecated; ignored when spokenPunctuation or automaticPunctuation is given, true
                means spokenPunctuation.
            is_multichannel: Transcribe each channel separately.
            diarize: Separate the speakers within a channel.
            participants: Who speaks on which channel; leave empty when diarizing.
            async_: Answer 202 at once and transcribe in the background; poll get_status.
            replacements: Words to replace, case insensitive; at most 1,000.
            keyterms: Terms to favour, case sensitive; at most 1,000.

        `POST /interactions/{interaction_id}/transcripts/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _transcripts_create.OPERATION,
            (interaction_id,),
            {},
            {
                "recording_id": recording_id,
                "primary_language": primary_language,
                "spoken_punctuation": spoken_punctuation,
                "automatic_punctuation": automatic_punctuation,
                "is_dictation": is_dictation,
                "is_multichannel": is_multichannel,
                "diarize": diarize,
                "participants": participants,
                "async_": async_,
                "replacements": replacements,
                "keyterms": keyterms,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsResponse:
        """Get a transcript.

        The transcript; incomplete (or empty) while its status is `processing`.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `GET /interactions/{interaction_id}/transcripts/{transcript_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _transcripts_get.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a transcript.

        Deletes the transcript; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/transcripts/{transcript_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _transcripts_delete.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get_status(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsStatusResponse:
        """Get a transcript's status.

        `processing`, `completed` (the transcript is final) or `failed` (try again). The client's
        `poll()` asks this until the status is `completed` or `failed`, waiting `interval` seconds
        between asks, or longer when the answer carries `Retry-After`, then fetches the transcript with
        `get` (`x-poll`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `GET /interactions/{interaction_id}/transcripts/{transcript_id}/status`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _transcripts_get_status.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class TranscriptsWithRawResponse:
    """`client.transcripts.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        interaction_id: UUID | str,
        *,
        full: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TranscriptsListResponse]:
        """List transcripts: the raw answer (headers, attempts, `.parse()`).

        The interaction's transcripts, each with a sample; `full=true` adds the whole text.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            full: Display full transcripts in listing.

        `GET /interactions/{interaction_id}/transcripts/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _transcripts_list.OPERATION,
            (interaction_id,),
            {
                "full": full,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        interaction_id: UUID | str,
        *,
        recording_id: UUID | str,
        primary_language: str,
        spoken_punctuation: bool | Unset = UNSET,
        automatic_punctuation: bool | Unset = UNSET,
        is_dictation: bool | Unset = UNSET,
        is_multichannel: bool | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        participants: Sequence[TranscriptsParticipant | Mapping[str, Any]] | Unset = UNSET,
        async_: bool | Unset = UNSET,
        replacements: Sequence[TranscriptsCreateRequestReplacementsItem | Mapping[str, Any]] | Unset = UNSET,
        keyterms: TranscriptsCreateRequestKeyterms | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TranscriptsResponse]:
        """Create a transcript: the raw answer (headers, attempts, `.parse()`).

        Transcribes a recording of the interaction. The service works synchronously for up to 25 seconds
        and answers 201 with the transcript; after that, or at once with `async: true`, it answers 202
        with `status: processing` and a `Location` header, and `get_status` says when it is `completed`
        (or `failed`: try again). Corti does not state the code after the 25 s window; 202 is assumed
        (inferred). Not idempotent.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier for the recording.
            primary_language: The primary spoken language, e.g. `en` (see docs.corti.ai/stt/languages).
            spoken_punctuation: Spoken punctuation ("comma") becomes symbols; takes precedence over
                automaticPunctuation and turns it off.
            automatic_punctuation: Punctuation is added automatically. Defaults to true.
            is_dictation: Deprecated; ignored when spokenPunctuation or automaticPunctuation is given, true
                means spokenPunctuation.
            is_multichannel: Transcribe each channel separately.
            diarize: Separate the speakers within a channel.
            participants: Who speaks on which channel; leave empty when diarizing.
            async_: Answer 202 at once and transcribe in the background; poll get_status.
            replacements: Words to replace, case insensitive; at most 1,000.
            keyterms: Terms to favour, case sensitive; at most 1,000.

        `POST /interactions/{interaction_id}/transcripts/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _transcripts_create.OPERATION,
            (interaction_id,),
            {},
            {
                "recording_id": recording_id,
                "primary_language": primary_language,
                "spoken_punctuation": spoken_punctuation,
                "automatic_punctuation": automatic_punctuation,
                "is_dictation": is_dictation,
                "is_multichannel": is_multichannel,
                "diarize": diarize,
                "participants": participants,
                "async_": async_,
                "replacements": replacements,
                "keyterms": keyterms,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TranscriptsResponse]:
        """Get a transcript: the raw answer (headers, attempts, `.parse()`).

        The transcript; incomplete (or empty) while its status is `processing`.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `GET /interactions/{interaction_id}/transcripts/{transcript_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _transcripts_get.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a transcript: the raw answer (headers, attempts, `.parse()`).

        Deletes the transcript; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/transcripts/{transcript_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _transcripts_delete.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_status(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TranscriptsStatusResponse]:
        """Get a transcript's status: the raw answer (headers, attempts, `.parse()`).

        `processing`, `completed` (the transcript is final) or `failed` (try again). The client's
        `poll()` asks this until the status is `completed` or `failed`, waiting `interval` seconds
        between asks, or longer when the answer carries `Retry-After`, then fetches the transcript with
        `get` (`x-poll`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `GET /interactions/{interaction_id}/transcripts/{transcript_id}/status`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _transcripts_get_status.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncTranscripts:
    """`client.transcripts` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncTranscriptsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "transcripts", name, {})

    async def poll(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> TranscriptsResponse:
        """Wait until `get_status()` says `status` is completed, then return `get()`.

        Asks every `interval` seconds (longer when an answer carries `Retry-After`). A
        `status` of failed raises `PollFailedError`; still waiting after
        `timeout` seconds raises `PollTimeoutError`. `request_timeout` is each request's.
        """
        return await self._runtime.poll(
            _transcripts_get_status.POLL,
            (
                interaction_id,
                transcript_id,
            ),
            timeout=timeout,
            interval=interval,
            options=RequestOptions(request_timeout, max_retries, extra_headers, extra_query, None),
        )

    async def create_and_poll(
        self,
        interaction_id: UUID | str,
        *,
        recording_id: UUID | str,
        primary_language: str,
        spoken_punctuation: bool | Unset = UNSET,
        automatic_punctuation: bool | Unset = UNSET,
        is_dictation: bool | Unset = UNSET,
        is_multichannel: bool | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        participants: Sequence[TranscriptsParticipant | Mapping[str, Any]] | Unset = UNSET,
        async_: bool | Unset = UNSET,
        replacements: Sequence[TranscriptsCreateRequestReplacementsItem | Mapping[str, Any]] | Unset = UNSET,
        keyterms: TranscriptsCreateRequestKeyterms | Mapping[str, Any] | Unset = UNSET,
        timeout: float = 600.0,
        interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsResponse:
        """`create()`, then `poll()` until done; an answer already done is returned as it is.

        The keywords are `create()`'s; `timeout`, `interval` and `request_timeout` are `poll()`'s.
        """
        return await self._runtime.start_and_poll(
            _transcripts_get_status.POLL,
            _transcripts_create.OPERATION,
            (interaction_id,),
            {
                "recording_id": recording_id,
                "primary_language": primary_language,
                "spoken_punctuation": spoken_punctuation,
                "automatic_punctuation": automatic_punctuation,
                "is_dictation": is_dictation,
                "is_multichannel": is_multichannel,
                "diarize": diarize,
                "participants": participants,
                "async_": async_,
                "replacements": replacements,
                "keyterms": keyterms,
            },
            start_id="id",
            timeout=timeout,
            interval=interval,
            options=RequestOptions(request_timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def list(
        self,
        interaction_id: UUID | str,
        *,
        full: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsListResponse:
        """List transcripts.

        The interaction's transcripts, each with a sample; `full=true` adds the whole text.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            full: Display full transcripts in listing.

        `GET /interactions/{interaction_id}/transcripts/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _transcripts_list.OPERATION,
            (interaction_id,),
            {
                "full": full,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def create(
        self,
        interaction_id: UUID | str,
        *,
        recording_id: UUID | str,
        primary_language: str,
        spoken_punctuation: bool | Unset = UNSET,
        automatic_punctuation: bool | Unset = UNSET,
        is_dictation: bool | Unset = UNSET,
        is_multichannel: bool | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        participants: Sequence[TranscriptsParticipant | Mapping[str, Any]] | Unset = UNSET,
        async_: bool | Unset = UNSET,
        replacements: Sequence[TranscriptsCreateRequestReplacementsItem | Mapping[str, Any]] | Unset = UNSET,
        keyterms: TranscriptsCreateRequestKeyterms | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsResponse:
        """Create a transcript.

        Transcribes a recording of the interaction. The service works synchronously for up to 25 seconds
        and answers 201 with the transcript; after that, or at once with `async: true`, it answers 202
        with `status: processing` and a `Location` header, and `get_status` says when it is `completed`
        (or `failed`: try again). Corti does not state the code after the 25 s window; 202 is assumed
        (inferred). Not idempotent.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier for the recording.
            primary_language: The primary spoken language, e.g. `en` (see docs.corti.ai/stt/languages).
            spoken_punctuation: Spoken punctuation ("comma") becomes symbols; takes precedence over
                automaticPunctuation and turns it off.
            automatic_punctuation: Punctuation is added automatically. Defaults to true.
            is_dictation: Deprecated; ignored when spokenPunctuation or automaticPunctuation is given, true
                means spokenPunctuation.
            is_multichannel: Transcribe each channel separately.
            diarize: Separate the speakers within a channel.
            participants: Who speaks on which channel; leave empty when diarizing.
            async_: Answer 202 at once and transcribe in the background; poll get_status.
            replacements: Words to replace, case insensitive; at most 1,000.
            keyterms: Terms to favour, case sensitive; at most 1,000.

        `POST /interactions/{interaction_id}/transcripts/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _transcripts_create.OPERATION,
            (interaction_id,),
            {},
            {
                "recording_id": recording_id,
                "primary_language": primary_language,
                "spoken_punctuation": spoken_punctuation,
                "automatic_punctuation": automatic_punctuation,
                "is_dictation": is_dictation,
                "is_multichannel": is_multichannel,
                "diarize": diarize,
                "participants": participants,
                "async_": async_,
                "replacements": replacements,
                "keyterms": keyterms,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsResponse:
        """Get a transcript.

        The transcript; incomplete (or empty) while its status is `processing`.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `GET /interactions/{interaction_id}/transcripts/{transcript_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _transcripts_get.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a transcript.

        Deletes the transcript; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/transcripts/{transcript_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _transcripts_delete.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get_status(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TranscriptsStatusResponse:
        """Get a transcript's status.

        `processing`, `completed` (the transcript is final) or `failed` (try again). The client's
        `poll()` asks this until the status is `completed` or `failed`, waiting `interval` seconds
        between asks, or longer when the answer carries `Retry-After`, then fetches the transcript with
        `get` (`x-poll`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `GET /interactions/{interaction_id}/transcripts/{transcript_id}/status`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _transcripts_get_status.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncTranscriptsWithRawResponse:
    """`client.transcripts.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        interaction_id: UUID | str,
        *,
        full: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TranscriptsListResponse]:
        """List transcripts: the raw answer (headers, attempts, `.parse()`).

        The interaction's transcripts, each with a sample; `full=true` adds the whole text.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            full: Display full transcripts in listing.

        `GET /interactions/{interaction_id}/transcripts/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _transcripts_list.OPERATION,
            (interaction_id,),
            {
                "full": full,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        interaction_id: UUID | str,
        *,
        recording_id: UUID | str,
        primary_language: str,
        spoken_punctuation: bool | Unset = UNSET,
        automatic_punctuation: bool | Unset = UNSET,
        is_dictation: bool | Unset = UNSET,
        is_multichannel: bool | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        participants: Sequence[TranscriptsParticipant | Mapping[str, Any]] | Unset = UNSET,
        async_: bool | Unset = UNSET,
        replacements: Sequence[TranscriptsCreateRequestReplacementsItem | Mapping[str, Any]] | Unset = UNSET,
        keyterms: TranscriptsCreateRequestKeyterms | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TranscriptsResponse]:
        """Create a transcript: the raw answer (headers, attempts, `.parse()`).

        Transcribes a recording of the interaction. The service works synchronously for up to 25 seconds
        and answers 201 with the transcript; after that, or at once with `async: true`, it answers 202
        with `status: processing` and a `Location` header, and `get_status` says when it is `completed`
        (or `failed`: try again). Corti does not state the code after the 25 s window; 202 is assumed
        (inferred). Not idempotent.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            recording_id: The unique identifier for the recording.
            primary_language: The primary spoken language, e.g. `en` (see docs.corti.ai/stt/languages).
            spoken_punctuation: Spoken punctuation ("comma") becomes symbols; takes precedence over
                automaticPunctuation and turns it off.
            automatic_punctuation: Punctuation is added automatically. Defaults to true.
            is_dictation: Deprecated; ignored when spokenPunctuation or automaticPunctuation is given, true
                means spokenPunctuation.
            is_multichannel: Transcribe each channel separately.
            diarize: Separate the speakers within a channel.
            participants: Who speaks on which channel; leave empty when diarizing.
            async_: Answer 202 at once and transcribe in the background; poll get_status.
            replacements: Words to replace, case insensitive; at most 1,000.
            keyterms: Terms to favour, case sensitive; at most 1,000.

        `POST /interactions/{interaction_id}/transcripts/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _transcripts_create.OPERATION,
            (interaction_id,),
            {},
            {
                "recording_id": recording_id,
                "primary_language": primary_language,
                "spoken_punctuation": spoken_punctuation,
                "automatic_punctuation": automatic_punctuation,
                "is_dictation": is_dictation,
                "is_multichannel": is_multichannel,
                "diarize": diarize,
                "participants": participants,
                "async_": async_,
                "replacements": replacements,
                "keyterms": keyterms,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TranscriptsResponse]:
        """Get a transcript: the raw answer (headers, attempts, `.parse()`).

        The transcript; incomplete (or empty) while its status is `processing`.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `GET /interactions/{interaction_id}/transcripts/{transcript_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _transcripts_get.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a transcript: the raw answer (headers, attempts, `.parse()`).

        Deletes the transcript; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/transcripts/{transcript_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _transcripts_delete.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_status(
        self,
        interaction_id: UUID | str,
        transcript_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TranscriptsStatusResponse]:
        """Get a transcript's status: the raw answer (headers, attempts, `.parse()`).

        `processing`, `completed` (the transcript is final) or `failed` (try again). The client's
        `poll()` asks this until the status is `completed` or `failed`, waiting `interval` seconds
        between asks, or longer when the answer carries `Retry-After`, then fetches the transcript with
        `get` (`x-poll`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            transcript_id: The unique identifier of the transcript. Must be a valid UUID.

        `GET /interactions/{interaction_id}/transcripts/{transcript_id}/status`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _transcripts_get_status.OPERATION,
            (
                interaction_id,
                transcript_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
