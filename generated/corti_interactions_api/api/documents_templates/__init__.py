"""`client.documents_templates`: the `documents_templates` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import (
    GuidedLabel,
    GuidedSourceFilter,
    GuidedTemplate,
    GuidedTemplateListItem,
    GuidedTemplatesCreateFromInheritanceRequest,
    GuidedTemplatesCreateFromScratchRequest,
    GuidedTemplatesUpdateRequest,
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
from ..documents_templates_versions import AsyncDocumentsTemplatesVersions, DocumentsTemplatesVersions
from . import documents_templates_create as _documents_templates_create
from . import documents_templates_delete as _documents_templates_delete
from . import documents_templates_get as _documents_templates_get
from . import documents_templates_list as _documents_templates_list
from . import documents_templates_update as _documents_templates_update

__all__ = [
    "AsyncDocumentsTemplates",
    "AsyncDocumentsTemplatesWithRawResponse",
    "DocumentsTemplates",
    "DocumentsTemplatesWithRawResponse",
]


class DocumentsTemplates:
    """`client.documents.templates` of a sync client."""

    versions: DocumentsTemplatesVersions

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = DocumentsTemplatesWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.versions = DocumentsTemplatesVersions(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.templates", name, {})

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
    ) -> list[GuidedTemplateListItem]:
        """List templates.

        The guided templates, filtered by language, region, specialty, label, published state and
        source; list items carry no `publishedVersion`. A bare array, not paged.

        Args:
            lang: Only those for any of these languages (BCP 47, e.g. `en`, `en-GB`; repeat for
                several).
            region: Only those for any of these regions (ISO 3166-1 alpha-3, e.g. `BEL`; repeat for
                several).
            specialty: Only those for any of these specialties (repeat for several).
            label: Only those with any of these labels, each written `key:value` (repeat for several).
            published: `true`: only published ones; `false`: only unpublished ones; left out: both.
            source: Only those made by the user or Corti's standard ones; left out: both.

        `GET /documents/templates/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_list.OPERATION,
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
        generation: GuidedTemplatesVersionGeneration | Mapping[str, Any] | Unset = UNSET,
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
    ) -> GuidedTemplate:
        """Create a template.

        Creates a template with an initial version (version 0), from scratch (`generation`) or
        inheriting from a published template (`inheritFromId`, `generation` optional); one of the two
        forms. Published unless `publish` is false. 201 is inferred. Not idempotent.

        Args:
            name: Its name (not passed to the model).
            generation: A template version's instructions and sections (Corti's scratch form types the same
                two fields; every field optional, inherited when left out).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.
            publish: Publish the initial version (default true); false keeps it out of published lists.
            inherit_from_id: The template to inherit from.

        `POST /documents/templates/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_templates_create.OPERATION,
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
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedTemplate:
        """Get a template.

        One template, with its published version resolved (inheritance applied). A deleted template is
        still returned, with `deletedAt` set.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `GET /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_get.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a template.

        Deletes the template and its versions (a soft delete: lists leave it out, get still answers);
        409 if other templates or sections inherit from it. 204 is inferred.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `DELETE /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_delete.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        template_id: UUID | str,
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
    ) -> GuidedTemplate:
        """Update a template.

        Updates the template's metadata (name, description, languages, regions, specialties, labels);
        its generation changes only through versions. Sending it twice gives the same template
        (`x-idempotent`).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            name: Its name (not passed to the model).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.

        `PATCH /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_update.OPERATION,
            (template_id,),
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


class DocumentsTemplatesWithRawResponse:
    """`client.documents_templates.with_raw_response` of a sync client."""

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
    ) -> RawResponse[list[GuidedTemplateListItem]]:
        """List templates: the raw answer (headers, attempts, `.parse()`).

        The guided templates, filtered by language, region, specialty, label, published state and
        source; list items carry no `publishedVersion`. A bare array, not paged.

        Args:
            lang: Only those for any of these languages (BCP 47, e.g. `en`, `en-GB`; repeat for
                several).
            region: Only those for any of these regions (ISO 3166-1 alpha-3, e.g. `BEL`; repeat for
                several).
            specialty: Only those for any of these specialties (repeat for several).
            label: Only those with any of these labels, each written `key:value` (repeat for several).
            published: `true`: only published ones; `false`: only unpublished ones; left out: both.
            source: Only those made by the user or Corti's standard ones; left out: both.

        `GET /documents/templates/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_list.OPERATION,
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
        generation: GuidedTemplatesVersionGeneration | Mapping[str, Any] | Unset = UNSET,
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
    ) -> RawResponse[GuidedTemplate]:
        """Create a template: the raw answer (headers, attempts, `.parse()`).

        Creates a template with an initial version (version 0), from scratch (`generation`) or
        inheriting from a published template (`inheritFromId`, `generation` optional); one of the two
        forms. Published unless `publish` is false. 201 is inferred. Not idempotent.

        Args:
            name: Its name (not passed to the model).
            generation: A template version's instructions and sections (Corti's scratch form types the same
                two fields; every field optional, inherited when left out).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.
            publish: Publish the initial version (default true); false keeps it out of published lists.
            inherit_from_id: The template to inherit from.

        `POST /documents/templates/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_templates_create.OPERATION,
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
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedTemplate]:
        """Get a template: the raw answer (headers, attempts, `.parse()`).

        One template, with its published version resolved (inheritance applied). A deleted template is
        still returned, with `deletedAt` set.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `GET /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_get.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a template: the raw answer (headers, attempts, `.parse()`).

        Deletes the template and its versions (a soft delete: lists leave it out, get still answers);
        409 if other templates or sections inherit from it. 204 is inferred.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `DELETE /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_delete.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        template_id: UUID | str,
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
    ) -> RawResponse[GuidedTemplate]:
        """Update a template: the raw answer (headers, attempts, `.parse()`).

        Updates the template's metadata (name, description, languages, regions, specialties, labels);
        its generation changes only through versions. Sending it twice gives the same template
        (`x-idempotent`).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            name: Its name (not passed to the model).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.

        `PATCH /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_templates_update.OPERATION,
            (template_id,),
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


class AsyncDocumentsTemplates:
    """`client.documents.templates` of an async client."""

    versions: AsyncDocumentsTemplatesVersions

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncDocumentsTemplatesWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.versions = AsyncDocumentsTemplatesVersions(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.templates", name, {})

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
    ) -> list[GuidedTemplateListItem]:
        """List templates.

        The guided templates, filtered by language, region, specialty, label, published state and
        source; list items carry no `publishedVersion`. A bare array, not paged.

        Args:
            lang: Only those for any of these languages (BCP 47, e.g. `en`, `en-GB`; repeat for
                several).
            region: Only those for any of these regions (ISO 3166-1 alpha-3, e.g. `BEL`; repeat for
                several).
            specialty: Only those for any of these specialties (repeat for several).
            label: Only those with any of these labels, each written `key:value` (repeat for several).
            published: `true`: only published ones; `false`: only unpublished ones; left out: both.
            source: Only those made by the user or Corti's standard ones; left out: both.

        `GET /documents/templates/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_list.OPERATION,
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
        generation: GuidedTemplatesVersionGeneration | Mapping[str, Any] | Unset = UNSET,
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
    ) -> GuidedTemplate:
        """Create a template.

        Creates a template with an initial version (version 0), from scratch (`generation`) or
        inheriting from a published template (`inheritFromId`, `generation` optional); one of the two
        forms. Published unless `publish` is false. 201 is inferred. Not idempotent.

        Args:
            name: Its name (not passed to the model).
            generation: A template version's instructions and sections (Corti's scratch form types the same
                two fields; every field optional, inherited when left out).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.
            publish: Publish the initial version (default true); false keeps it out of published lists.
            inherit_from_id: The template to inherit from.

        `POST /documents/templates/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_create.OPERATION,
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
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedTemplate:
        """Get a template.

        One template, with its published version resolved (inheritance applied). A deleted template is
        still returned, with `deletedAt` set.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `GET /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_get.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a template.

        Deletes the template and its versions (a soft delete: lists leave it out, get still answers);
        409 if other templates or sections inherit from it. 204 is inferred.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `DELETE /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_delete.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        template_id: UUID | str,
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
    ) -> GuidedTemplate:
        """Update a template.

        Updates the template's metadata (name, description, languages, regions, specialties, labels);
        its generation changes only through versions. Sending it twice gives the same template
        (`x-idempotent`).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            name: Its name (not passed to the model).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.

        `PATCH /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_templates_update.OPERATION,
            (template_id,),
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


class AsyncDocumentsTemplatesWithRawResponse:
    """`client.documents_templates.with_raw_response` of an async client."""

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
    ) -> RawResponse[list[GuidedTemplateListItem]]:
        """List templates: the raw answer (headers, attempts, `.parse()`).

        The guided templates, filtered by language, region, specialty, label, published state and
        source; list items carry no `publishedVersion`. A bare array, not paged.

        Args:
            lang: Only those for any of these languages (BCP 47, e.g. `en`, `en-GB`; repeat for
                several).
            region: Only those for any of these regions (ISO 3166-1 alpha-3, e.g. `BEL`; repeat for
                several).
            specialty: Only those for any of these specialties (repeat for several).
            label: Only those with any of these labels, each written `key:value` (repeat for several).
            published: `true`: only published ones; `false`: only unpublished ones; left out: both.
            source: Only those made by the user or Corti's standard ones; left out: both.

        `GET /documents/templates/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_templates_list.OPERATION,
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
        generation: GuidedTemplatesVersionGeneration | Mapping[str, Any] | Unset = UNSET,
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
    ) -> RawResponse[GuidedTemplate]:
        """Create a template: the raw answer (headers, attempts, `.parse()`).

        Creates a template with an initial version (version 0), from scratch (`generation`) or
        inheriting from a published template (`inheritFromId`, `generation` optional); one of the two
        forms. Published unless `publish` is false. 201 is inferred. Not idempotent.

        Args:
            name: Its name (not passed to the model).
            generation: A template version's instructions and sections (Corti's scratch form types the same
                two fields; every field optional, inherited when left out).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.
            publish: Publish the initial version (default true); false keeps it out of published lists.
            inherit_from_id: The template to inherit from.

        `POST /documents/templates/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _documents_templates_create.OPERATION,
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
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedTemplate]:
        """Get a template: the raw answer (headers, attempts, `.parse()`).

        One template, with its published version resolved (inheritance applied). A deleted template is
        still returned, with `deletedAt` set.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `GET /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_templates_get.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        template_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a template: the raw answer (headers, attempts, `.parse()`).

        Deletes the template and its versions (a soft delete: lists leave it out, get still answers);
        409 if other templates or sections inherit from it. 204 is inferred.

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.

        `DELETE /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_templates_delete.OPERATION,
            (template_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        template_id: UUID | str,
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
    ) -> RawResponse[GuidedTemplate]:
        """Update a template: the raw answer (headers, attempts, `.parse()`).

        Updates the template's metadata (name, description, languages, regions, specialties, labels);
        its generation changes only through versions. Sending it twice gives the same template
        (`x-idempotent`).

        Args:
            template_id: The unique identifier of the template. Must be a valid UUID.
            name: Its name (not passed to the model).
            description: What it is for.
            languages: Its languages (BCP 47).
            regions: Its regions (ISO 3166-1 alpha-3).
            specialties: Its specialties.
            labels: Its labels.

        `PATCH /documents/templates/{template_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_templates_update.OPERATION,
            (template_id,),
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
