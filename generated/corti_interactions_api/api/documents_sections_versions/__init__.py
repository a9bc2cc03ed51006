"""`client.documents_sections_versions`: the `documents_sections_versions` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import (
    CommonStatusResponse,
    GuidedSectionGenerationPartial,
    GuidedSectionsCreateVersionRequest,
    GuidedSectionVersion,
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
from . import documents_sections_versions_create as _documents_sections_versions_create
from . import documents_sections_versions_delete as _documents_sections_versions_delete
from . import documents_sections_versions_get as _documents_sections_versions_get
from . import documents_sections_versions_list as _documents_sections_versions_list
from . import documents_sections_versions_publish as _documents_sections_versions_publish

__all__ = [
    "AsyncDocumentsSectionsVersions",
    "AsyncDocumentsSectionsVersionsWithRawResponse",
    "DocumentsSectionsVersions",
    "DocumentsSectionsVersionsWithRawResponse",
]


class DocumentsSectionsVersions:
    """`client.documents.sections.versions` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = DocumentsSectionsVersionsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.sections.versions", name, {})

    def list(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[GuidedSectionVersion]:
        """List section versions.

        The section's versions, raw (as authored, inheritance not resolved).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `GET /documents/sections/{section_id}/versions/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_list.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        section_id: UUID | str,
        *,
        generation: GuidedSectionGenerationPartial | Mapping[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSectionVersion:
        """Create a section version.

        Adds a version to the section; it is not published until `publish` is called (the published
        version stays live). 201 is inferred. Not idempotent.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            generation: A section's generation where every field is optional: what is left out is inherited
                (prompts per field, `outputSchema` whole).

        `POST /documents/sections/{section_id}/versions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_create.OPERATION,
            (section_id,),
            {},
            {
                "generation": generation,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSectionVersion:
        """Get a section version.

        One version of the section, raw.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `GET /documents/sections/{section_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_get.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a section version.

        Deletes a version of the section; the published version cannot be deleted (refused with 409,
        inferred: Corti declares no code). 204 is inferred.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `DELETE /documents/sections/{section_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_delete.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def publish(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonStatusResponse:
        """Publish a section version.

        Makes this version the section's published one (the one generation uses). No body. 200 is
        inferred. Publishing the same version again changes nothing (`x-idempotent`).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `POST /documents/sections/{section_id}/versions/{version_id}/publish`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_publish.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class DocumentsSectionsVersionsWithRawResponse:
    """`client.documents_sections_versions.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[GuidedSectionVersion]]:
        """List section versions: the raw answer (headers, attempts, `.parse()`).

        The section's versions, raw (as authored, inheritance not resolved).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `GET /documents/sections/{section_id}/versions/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_list.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        section_id: UUID | str,
        *,
        generation: GuidedSectionGenerationPartial | Mapping[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSectionVersion]:
        """Create a section version: the raw answer (headers, attempts, `.parse()`).

        Adds a version to the section; it is not published until `publish` is called (the published
        version stays live). 201 is inferred. Not idempotent.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            generation: A section's generation where every field is optional: what is left out is inherited
                (prompts per field, `outputSchema` whole).

        `POST /documents/sections/{section_id}/versions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_create.OPERATION,
            (section_id,),
            {},
            {
                "generation": generation,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSectionVersion]:
        """Get a section version: the raw answer (headers, attempts, `.parse()`).

        One version of the section, raw.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `GET /documents/sections/{section_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_get.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a section version: the raw answer (headers, attempts, `.parse()`).

        Deletes a version of the section; the published version cannot be deleted (refused with 409,
        inferred: Corti declares no code). 204 is inferred.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `DELETE /documents/sections/{section_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_delete.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def publish(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonStatusResponse]:
        """Publish a section version: the raw answer (headers, attempts, `.parse()`).

        Makes this version the section's published one (the one generation uses). No body. 200 is
        inferred. Publishing the same version again changes nothing (`x-idempotent`).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `POST /documents/sections/{section_id}/versions/{version_id}/publish`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_versions_publish.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncDocumentsSectionsVersions:
    """`client.documents.sections.versions` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncDocumentsSectionsVersionsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.sections.versions", name, {})

    async def list(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[GuidedSectionVersion]:
        """List section versions.

        The section's versions, raw (as authored, inheritance not resolved).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `GET /documents/sections/{section_id}/versions/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_versions_list.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def create(
        self,
        section_id: UUID | str,
        *,
        generation: GuidedSectionGenerationPartial | Mapping[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSectionVersion:
        """Create a section version.

        Adds a version to the section; it is not published until `publish` is called (the published
        version stays live). 201 is inferred. Not idempotent.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            generation: A section's generation where every field is optional: what is left out is inherited
                (prompts per field, `outputSchema` whole).

        `POST /documents/sections/{section_id}/versions/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_versions_create.OPERATION,
            (section_id,),
            {},
            {
                "generation": generation,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSectionVersion:
        """Get a section version.

        One version of the section, raw.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `GET /documents/sections/{section_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_versions_get.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a section version.

        Deletes a version of the section; the published version cannot be deleted (refused with 409,
        inferred: Corti declares no code). 204 is inferred.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `DELETE /documents/sections/{section_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_versions_delete.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def publish(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonStatusResponse:
        """Publish a section version.

        Makes this version the section's published one (the one generation uses). No body. 200 is
        inferred. Publishing the same version again changes nothing (`x-idempotent`).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `POST /documents/sections/{section_id}/versions/{version_id}/publish`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_versions_publish.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncDocumentsSectionsVersionsWithRawResponse:
    """`client.documents_sections_versions.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[GuidedSectionVersion]]:
        """List section versions: the raw answer (headers, attempts, `.parse()`).

        The section's versions, raw (as authored, inheritance not resolved).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `GET /documents/sections/{section_id}/versions/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_sections_versions_list.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        section_id: UUID | str,
        *,
        generation: GuidedSectionGenerationPartial | Mapping[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSectionVersion]:
        """Create a section version: the raw answer (headers, attempts, `.parse()`).

        Adds a version to the section; it is not published until `publish` is called (the published
        version stays live). 201 is inferred. Not idempotent.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            generation: A section's generation where every field is optional: what is left out is inherited
                (prompts per field, `outputSchema` whole).

        `POST /documents/sections/{section_id}/versions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _documents_sections_versions_create.OPERATION,
            (section_id,),
            {},
            {
                "generation": generation,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSectionVersion]:
        """Get a section version: the raw answer (headers, attempts, `.parse()`).

        One version of the section, raw.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `GET /documents/sections/{section_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_sections_versions_get.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a section version: the raw answer (headers, attempts, `.parse()`).

        Deletes a version of the section; the published version cannot be deleted (refused with 409,
        inferred: Corti declares no code). 204 is inferred.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `DELETE /documents/sections/{section_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_sections_versions_delete.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def publish(
        self,
        section_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonStatusResponse]:
        """Publish a section version: the raw answer (headers, attempts, `.parse()`).

        Makes this version the section's published one (the one generation uses). No body. 200 is
        inferred. Publishing the same version again changes nothing (`x-idempotent`).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `POST /documents/sections/{section_id}/versions/{version_id}/publish`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_sections_versions_publish.OPERATION,
            (
                section_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
