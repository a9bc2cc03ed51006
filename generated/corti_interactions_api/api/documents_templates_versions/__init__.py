"""`client.documents_templates_versions`: the `documents_templates_versions` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import (
    CommonStatusResponse,
    GuidedShallowTemplateVersionResponse,
    GuidedTemplatesCreateVersionRequest,
    GuidedTemplatesVersionGeneration,
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
from . import documents_templates_versions_create as _documents_templates_versions_create
from . import documents_templates_versions_delete as _documents_templates_versions_delete
from . import documents_templates_versions_get as _documents_templates_versions_get
from . import documents_templates_versions_list as _documents_templates_versions_list
from . import documents_templates_versions_publish as _documents_templates_versions_publish

__all__ = [
    "AsyncDocumentsTemplatesVersions",
    "AsyncDocumentsTemplatesVersionsWithRawResponse",
    "DocumentsTemplatesVersions",
    "DocumentsTemplatesVersionsWithRawResponse",
]


class DocumentsTemplatesVersions:
    """`client.documents.templates.versions` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = DocumentsTemplatesVersionsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.templates.versions", name, {})

    def list(
        self,
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[GuidedShallowTemplateVersionResponse]:
        """List template versions.

        The template's versions, raw (as authored, inheritance not resolved).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `GET /documents/templates/{template_id}/versions/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_list.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        template_id: UUID | str,
        *,
        generation: GuidedTemplatesVersionGeneration | Mapping[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedShallowTemplateVersionResponse:
        """Create a template version.

        Adds a version to the template; it is not published until `publish` is called (the published
        version stays live). 201 is inferred. Not idempotent.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            generation: A template version's instructions and sections (Corti's scratch form types the same
                two fields; every field optional, inherited when left out).

        `POST /documents/templates/{template_id}/versions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_create.OPERATION,
            (template_id,),
            {},
            {
                "generation": generation,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedShallowTemplateVersionResponse:
        """Get a template version.

        One version of the template, raw.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `GET /documents/templates/{template_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_get.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a template version.

        Deletes a version of the template; the published version cannot be deleted (refused with 409,
        inferred: Corti declares no code). 204 is inferred.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `DELETE /documents/templates/{template_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_delete.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def publish(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonStatusResponse:
        """Publish a template version.

        Makes this version the template's published one (the one generation uses). No body. 200 is
        inferred. Publishing the same version again changes nothing (`x-idempotent`).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `POST /documents/templates/{template_id}/versions/{version_id}/publish`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_publish.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class DocumentsTemplatesVersionsWithRawResponse:
    """`client.documents_templates_versions.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[GuidedShallowTemplateVersionResponse]]:
        """List template versions: the raw answer (headers, attempts, `.parse()`).

        The template's versions, raw (as authored, inheritance not resolved).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `GET /documents/templates/{template_id}/versions/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_list.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        template_id: UUID | str,
        *,
        generation: GuidedTemplatesVersionGeneration | Mapping[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedShallowTemplateVersionResponse]:
        """Create a template version: the raw answer (headers, attempts, `.parse()`).

        Adds a version to the template; it is not published until `publish` is called (the published
        version stays live). 201 is inferred. Not idempotent.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            generation: A template version's instructions and sections (Corti's scratch form types the same
                two fields; every field optional, inherited when left out).

        `POST /documents/templates/{template_id}/versions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_create.OPERATION,
            (template_id,),
            {},
            {
                "generation": generation,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedShallowTemplateVersionResponse]:
        """Get a template version: the raw answer (headers, attempts, `.parse()`).

        One version of the template, raw.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `GET /documents/templates/{template_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_get.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a template version: the raw answer (headers, attempts, `.parse()`).

        Deletes a version of the template; the published version cannot be deleted (refused with 409,
        inferred: Corti declares no code). 204 is inferred.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `DELETE /documents/templates/{template_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_delete.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def publish(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonStatusResponse]:
        """Publish a template version: the raw answer (headers, attempts, `.parse()`).

        Makes this version the template's published one (the one generation uses). No body. 200 is
        inferred. Publishing the same version again changes nothing (`x-idempotent`).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `POST /documents/templates/{template_id}/versions/{version_id}/publish`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_versions_publish.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncDocumentsTemplatesVersions:
    """`client.documents.templates.versions` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncDocumentsTemplatesVersionsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.templates.versions", name, {})

    async def list(
        self,
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[GuidedShallowTemplateVersionResponse]:
        """List template versions.

        The template's versions, raw (as authored, inheritance not resolved).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `GET /documents/templates/{template_id}/versions/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_versions_list.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def create(
        self,
        template_id: UUID | str,
        *,
        generation: GuidedTemplatesVersionGeneration | Mapping[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedShallowTemplateVersionResponse:
        """Create a template version.

        Adds a version to the template; it is not published until `publish` is called (the published
        version stays live). 201 is inferred. Not idempotent.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            generation: A template version's instructions and sections (Corti's scratch form types the same
                two fields; every field optional, inherited when left out).

        `POST /documents/templates/{template_id}/versions/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_versions_create.OPERATION,
            (template_id,),
            {},
            {
                "generation": generation,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedShallowTemplateVersionResponse:
        """Get a template version.

        One version of the template, raw.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `GET /documents/templates/{template_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_versions_get.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a template version.

        Deletes a version of the template; the published version cannot be deleted (refused with 409,
        inferred: Corti declares no code). 204 is inferred.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `DELETE /documents/templates/{template_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_versions_delete.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def publish(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CommonStatusResponse:
        """Publish a template version.

        Makes this version the template's published one (the one generation uses). No body. 200 is
        inferred. Publishing the same version again changes nothing (`x-idempotent`).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `POST /documents/templates/{template_id}/versions/{version_id}/publish`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_versions_publish.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncDocumentsTemplatesVersionsWithRawResponse:
    """`client.documents_templates_versions.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[GuidedShallowTemplateVersionResponse]]:
        """List template versions: the raw answer (headers, attempts, `.parse()`).

        The template's versions, raw (as authored, inheritance not resolved).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `GET /documents/templates/{template_id}/versions/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_templates_versions_list.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        template_id: UUID | str,
        *,
        generation: GuidedTemplatesVersionGeneration | Mapping[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedShallowTemplateVersionResponse]:
        """Create a template version: the raw answer (headers, attempts, `.parse()`).

        Adds a version to the template; it is not published until `publish` is called (the published
        version stays live). 201 is inferred. Not idempotent.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            generation: A template version's instructions and sections (Corti's scratch form types the same
                two fields; every field optional, inherited when left out).

        `POST /documents/templates/{template_id}/versions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _documents_templates_versions_create.OPERATION,
            (template_id,),
            {},
            {
                "generation": generation,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedShallowTemplateVersionResponse]:
        """Get a template version: the raw answer (headers, attempts, `.parse()`).

        One version of the template, raw.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `GET /documents/templates/{template_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_templates_versions_get.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a template version: the raw answer (headers, attempts, `.parse()`).

        Deletes a version of the template; the published version cannot be deleted (refused with 409,
        inferred: Corti declares no code). 204 is inferred.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `DELETE /documents/templates/{template_id}/versions/{version_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_templates_versions_delete.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def publish(
        self,
        template_id: UUID | str,
        version_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CommonStatusResponse]:
        """Publish a template version: the raw answer (headers, attempts, `.parse()`).

        Makes this version the template's published one (the one generation uses). No body. 200 is
        inferred. Publishing the same version again changes nothing (`x-idempotent`).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            version_id: The unique identifier of the version. Must be a valid UUID.

        `POST /documents/templates/{template_id}/versions/{version_id}/publish`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_templates_versions_publish.OPERATION,
            (
                template_id,
                version_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
