"""`client.documents_sections`: the `documents_sections` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import (
    GuidedLabel,
    GuidedSection,
    GuidedSectionGeneration,
    GuidedSectionListItem,
    GuidedSectionsCreateFromInheritanceRequest,
    GuidedSectionsCreateFromScratchRequest,
    GuidedSectionsUpdateRequest,
    GuidedSourceFilter,
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
from ..documents_sections_versions import AsyncDocumentsSectionsVersions, DocumentsSectionsVersions
from . import documents_sections_create as _documents_sections_create
from . import documents_sections_delete as _documents_sections_delete
from . import documents_sections_get as _documents_sections_get
from . import documents_sections_list as _documents_sections_list
from . import documents_sections_update as _documents_sections_update

__all__ = [
    "AsyncDocumentsSections",
    "AsyncDocumentsSectionsWithRawResponse",
    "DocumentsSections",
    "DocumentsSectionsWithRawResponse",
]


class DocumentsSections:
    """`client.documents.sections` of a sync client."""

    versions: DocumentsSectionsVersions

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = DocumentsSectionsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.versions = DocumentsSectionsVersions(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.sections", name, {})

    def list(
        self,
        *,
        lang: Sequence[str] | str | None | Unset = UNSET,
        region: Sequence[str] | str | None | Unset = UNSET,
        specialty: Sequence[str] | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        published: bool | None | Unset = UNSET,
        source: GuidedSourceFilter | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[GuidedSectionListItem]:
        """List sections.

        The guided sections, filtered by language, region, specialty, label, published state and source;
        list items carry no `publishedVersion`. A bare array, not paged.

        Args:
            lang: Only those for any of these languages (BCP 47, e.g. `en`, `en-GB`; repeat for
                several).
            region: Only those for any of these regions (ISO 3166-1 alpha-3, e.g. `BEL`; repeat for
                several).
            specialty: Only those for any of these specialties (repeat for several).
            label: Only those with any of these labels, each written `key:value` (repeat for several).
            published: `true`: only published ones; `false`: only unpublished ones; left out: both.
            source: Only those made by the user or Corti's standard ones; left out: both.

        `GET /documents/sections/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_list.OPERATION,
            (),
            {
                "lang": lang,
                "region": region,
                "specialty": specialty,
                "label": label,
                "published": published,
                "source": source,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        *,
        name: str,
        generation: GuidedSectionGeneration | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        regions: Sequence[str] | Unset = UNSET,
        specialties: Sequence[str] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        publish: bool | Unset = UNSET,
        inherit_from_id: UUID | str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSection:
        """Create a section.

        Creates a section with an initial version (version 0), from scratch (`generation`) or inheriting
        from a published section (`inheritFromId`, `generation` optional); one of the two forms.
        Published unless `publish` is false. 201 is inferred. Not idempotent.

        Args:
            name: Its name (not passed to the model).
            generation: How a section is written.
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.
            publish: Publish the initial version (default true); false keeps it out of published lists.
            inherit_from_id: The section to inherit from.

        `POST /documents/sections/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_sections_create.OPERATION,
            (),
            {},
            {
                "name": name,
                "generation": generation,
                "description": description,
                "languages": languages,
                "regions": regions,
                "specialties": specialties,
                "labels": labels,
                "publish": publish,
                "inherit_from_id": inherit_from_id,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSection:
        """Get a section.

        One section, with its published version resolved (inheritance applied). A deleted section is
        still returned, with `deletedAt` set.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `GET /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_get.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a section.

        Deletes the section and its versions (a soft delete: lists leave it out, get still answers); 409
        if other sections inherit from it. 204 is inferred.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `DELETE /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_delete.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        section_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        regions: Sequence[str] | Unset = UNSET,
        specialties: Sequence[str] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSection:
        """Update a section.

        Updates the section's metadata (name, description, languages, regions, specialties, labels); its
        generation changes only through versions. Sending it twice gives the same section
        (`x-idempotent`).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            name: Its name (not passed to the model).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.

        `PATCH /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_update.OPERATION,
            (section_id,),
            {},
            {
                "name": name,
                "description": description,
                "languages": languages,
                "regions": regions,
                "specialties": specialties,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class DocumentsSectionsWithRawResponse:
    """`client.documents_sections.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        lang: Sequence[str] | str | None | Unset = UNSET,
        region: Sequence[str] | str | None | Unset = UNSET,
        specialty: Sequence[str] | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        published: bool | None | Unset = UNSET,
        source: GuidedSourceFilter | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[GuidedSectionListItem]]:
        """List sections: the raw answer (headers, attempts, `.parse()`).

        The guided sections, filtered by language, region, specialty, label, published state and source;
        list items carry no `publishedVersion`. A bare array, not paged.

        Args:
            lang: Only those for any of these languages (BCP 47, e.g. `en`, `en-GB`; repeat for
                several).
            region: Only those for any of these regions (ISO 3166-1 alpha-3, e.g. `BEL`; repeat for
                several).
            specialty: Only those for any of these specialties (repeat for several).
            label: Only those with any of these labels, each written `key:value` (repeat for several).
            published: `true`: only published ones; `false`: only unpublished ones; left out: both.
            source: Only those made by the user or Corti's standard ones; left out: both.

        `GET /documents/sections/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_list.OPERATION,
            (),
            {
                "lang": lang,
                "region": region,
                "specialty": specialty,
                "label": label,
                "published": published,
                "source": source,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        name: str,
        generation: GuidedSectionGeneration | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        regions: Sequence[str] | Unset = UNSET,
        specialties: Sequence[str] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        publish: bool | Unset = UNSET,
        inherit_from_id: UUID | str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSection]:
        """Create a section: the raw answer (headers, attempts, `.parse()`).

        Creates a section with an initial version (version 0), from scratch (`generation`) or inheriting
        from a published section (`inheritFromId`, `generation` optional); one of the two forms.
        Published unless `publish` is false. 201 is inferred. Not idempotent.

        Args:
            name: Its name (not passed to the model).
            generation: How a section is written.
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.
            publish: Publish the initial version (default true); false keeps it out of published lists.
            inherit_from_id: The section to inherit from.

        `POST /documents/sections/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_sections_create.OPERATION,
            (),
            {},
            {
                "name": name,
                "generation": generation,
                "description": description,
                "languages": languages,
                "regions": regions,
                "specialties": specialties,
                "labels": labels,
                "publish": publish,
                "inherit_from_id": inherit_from_id,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSection]:
        """Get a section: the raw answer (headers, attempts, `.parse()`).

        One section, with its published version resolved (inheritance applied). A deleted section is
        still returned, with `deletedAt` set.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `GET /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_get.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a section: the raw answer (headers, attempts, `.parse()`).

        Deletes the section and its versions (a soft delete: lists leave it out, get still answers); 409
        if other sections inherit from it. 204 is inferred.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `DELETE /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_delete.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        section_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        regions: Sequence[str] | Unset = UNSET,
        specialties: Sequence[str] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSection]:
        """Update a section: the raw answer (headers, attempts, `.parse()`).

        Updates the section's metadata (name, description, languages, regions, specialties, labels); its
        generation changes only through versions. Sending it twice gives the same section
        (`x-idempotent`).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            name: Its name (not passed to the model).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.

        `PATCH /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_sections_update.OPERATION,
            (section_id,),
            {},
            {
                "name": name,
                "description": description,
                "languages": languages,
                "regions": regions,
                "specialties": specialties,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncDocumentsSections:
    """`client.documents.sections` of an async client."""

    versions: AsyncDocumentsSectionsVersions

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncDocumentsSectionsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.versions = AsyncDocumentsSectionsVersions(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.sections", name, {})

    async def list(
        self,
        *,
        lang: Sequence[str] | str | None | Unset = UNSET,
        region: Sequence[str] | str | None | Unset = UNSET,
        specialty: Sequence[str] | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        published: bool | None | Unset = UNSET,
        source: GuidedSourceFilter | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[GuidedSectionListItem]:
        """List sections.

        The guided sections, filtered by language, region, specialty, label, published state and source;
        list items carry no `publishedVersion`. A bare array, not paged.

        Args:
            lang: Only those for any of these languages (BCP 47, e.g. `en`, `en-GB`; repeat for
                several).
            region: Only those for any of these regions (ISO 3166-1 alpha-3, e.g. `BEL`; repeat for
                several).
            specialty: Only those for any of these specialties (repeat for several).
            label: Only those with any of these labels, each written `key:value` (repeat for several).
            published: `true`: only published ones; `false`: only unpublished ones; left out: both.
            source: Only those made by the user or Corti's standard ones; left out: both.

        `GET /documents/sections/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_list.OPERATION,
            (),
            {
                "lang": lang,
                "region": region,
                "specialty": specialty,
                "label": label,
                "published": published,
                "source": source,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def create(
        self,
        *,
        name: str,
        generation: GuidedSectionGeneration | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        regions: Sequence[str] | Unset = UNSET,
        specialties: Sequence[str] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        publish: bool | Unset = UNSET,
        inherit_from_id: UUID | str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSection:
        """Create a section.

        Creates a section with an initial version (version 0), from scratch (`generation`) or inheriting
        from a published section (`inheritFromId`, `generation` optional); one of the two forms.
        Published unless `publish` is false. 201 is inferred. Not idempotent.

        Args:
            name: Its name (not passed to the model).
            generation: How a section is written.
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.
            publish: Publish the initial version (default true); false keeps it out of published lists.
            inherit_from_id: The section to inherit from.

        `POST /documents/sections/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_create.OPERATION,
            (),
            {},
            {
                "name": name,
                "generation": generation,
                "description": description,
                "languages": languages,
                "regions": regions,
                "specialties": specialties,
                "labels": labels,
                "publish": publish,
                "inherit_from_id": inherit_from_id,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSection:
        """Get a section.

        One section, with its published version resolved (inheritance applied). A deleted section is
        still returned, with `deletedAt` set.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `GET /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_get.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a section.

        Deletes the section and its versions (a soft delete: lists leave it out, get still answers); 409
        if other sections inherit from it. 204 is inferred.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `DELETE /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_delete.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        section_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        regions: Sequence[str] | Unset = UNSET,
        specialties: Sequence[str] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedSection:
        """Update a section.

        Updates the section's metadata (name, description, languages, regions, specialties, labels); its
        generation changes only through versions. Sending it twice gives the same section
        (`x-idempotent`).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            name: Its name (not passed to the model).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.

        `PATCH /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_sections_update.OPERATION,
            (section_id,),
            {},
            {
                "name": name,
                "description": description,
                "languages": languages,
                "regions": regions,
                "specialties": specialties,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncDocumentsSectionsWithRawResponse:
    """`client.documents_sections.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        lang: Sequence[str] | str | None | Unset = UNSET,
        region: Sequence[str] | str | None | Unset = UNSET,
        specialty: Sequence[str] | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        published: bool | None | Unset = UNSET,
        source: GuidedSourceFilter | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[GuidedSectionListItem]]:
        """List sections: the raw answer (headers, attempts, `.parse()`).

        The guided sections, filtered by language, region, specialty, label, published state and source;
        list items carry no `publishedVersion`. A bare array, not paged.

        Args:
            lang: Only those for any of these languages (BCP 47, e.g. `en`, `en-GB`; repeat for
                several).
            region: Only those for any of these regions (ISO 3166-1 alpha-3, e.g. `BEL`; repeat for
                several).
            specialty: Only those for any of these specialties (repeat for several).
            label: Only those with any of these labels, each written `key:value` (repeat for several).
            published: `true`: only published ones; `false`: only unpublished ones; left out: both.
            source: Only those made by the user or Corti's standard ones; left out: both.

        `GET /documents/sections/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_sections_list.OPERATION,
            (),
            {
                "lang": lang,
                "region": region,
                "specialty": specialty,
                "label": label,
                "published": published,
                "source": source,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        name: str,
        generation: GuidedSectionGeneration | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        regions: Sequence[str] | Unset = UNSET,
        specialties: Sequence[str] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        publish: bool | Unset = UNSET,
        inherit_from_id: UUID | str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSection]:
        """Create a section: the raw answer (headers, attempts, `.parse()`).

        Creates a section with an initial version (version 0), from scratch (`generation`) or inheriting
        from a published section (`inheritFromId`, `generation` optional); one of the two forms.
        Published unless `publish` is false. 201 is inferred. Not idempotent.

        Args:
            name: Its name (not passed to the model).
            generation: How a section is written.
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.
            publish: Publish the initial version (default true); false keeps it out of published lists.
            inherit_from_id: The section to inherit from.

        `POST /documents/sections/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _documents_sections_create.OPERATION,
            (),
            {},
            {
                "name": name,
                "generation": generation,
                "description": description,
                "languages": languages,
                "regions": regions,
                "specialties": specialties,
                "labels": labels,
                "publish": publish,
                "inherit_from_id": inherit_from_id,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSection]:
        """Get a section: the raw answer (headers, attempts, `.parse()`).

        One section, with its published version resolved (inheritance applied). A deleted section is
        still returned, with `deletedAt` set.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `GET /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_sections_get.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        section_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a section: the raw answer (headers, attempts, `.parse()`).

        Deletes the section and its versions (a soft delete: lists leave it out, get still answers); 409
        if other sections inherit from it. 204 is inferred.

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.

        `DELETE /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_sections_delete.OPERATION,
            (section_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        section_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        regions: Sequence[str] | Unset = UNSET,
        specialties: Sequence[str] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedSection]:
        """Update a section: the raw answer (headers, attempts, `.parse()`).

        Updates the section's metadata (name, description, languages, regions, specialties, labels); its
        generation changes only through versions. Sending it twice gives the same section
        (`x-idempotent`).

        Args:
            section_id: The unique identifier of the section. Must be a valid UUID.
            name: Its name (not passed to the model).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.

        `PATCH /documents/sections/{section_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_sections_update.OPERATION,
            (section_id,),
            {},
            {
                "name": name,
                "description": description,
                "languages": languages,
                "regions": regions,
                "specialties": specialties,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
