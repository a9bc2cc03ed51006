"""`client.documents`: the `documents` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import (
    CommonFactsContext,
    CommonTextContext,
    CommonTranscriptContext,
    GenerateDocumentsRequestXCortiRetentionPolicy,
    GuidedAssemblyRequest,
    GuidedDocument,
    GuidedDocumentsCreateEphemeralResponse,
    GuidedDocumentsCreateResponse,
    GuidedDocumentsGenerateByAssembly,
    GuidedDocumentsGenerateByAssemblyForInteraction,
    GuidedDocumentsGenerateByDynamic,
    GuidedDocumentsGenerateByDynamicForInteraction,
    GuidedDocumentsGenerateByTemplateRef,
    GuidedDocumentsGenerateByTemplateRefForInteraction,
    GuidedDocumentsUpdateRequest,
    GuidedDocumentsUpdateRequestStringDocument,
    GuidedDocumentsUpdateRequestStructuredDocument,
    GuidedDynamicRequest,
    GuidedLabel,
    GuidedTemplateRef,
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
from ..documents_classic import AsyncDocumentsClassic, DocumentsClassic
from ..documents_sections import AsyncDocumentsSections, DocumentsSections
from ..documents_templates import AsyncDocumentsTemplates, DocumentsTemplates
from . import documents_delete as _documents_delete
from . import documents_generate as _documents_generate
from . import documents_get as _documents_get
from . import documents_list as _documents_list
from . import documents_update as _documents_update

__all__ = ["AsyncDocuments", "AsyncDocumentsWithRawResponse", "Documents", "DocumentsWithRawResponse"]


class Documents:
    """`client.documents` of a sync client."""

    classic: DocumentsClassic
    sections: DocumentsSections
    templates: DocumentsTemplates

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = DocumentsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.classic = DocumentsClassic(runtime)
        self.sections = DocumentsSections(runtime)
        self.templates = DocumentsTemplates(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents", name, {"create": ("classic.create", "generate")})

    def list(
        self,
        *,
        template_id: UUID | str | None | Unset = UNSET,
        interaction_id: UUID | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[GuidedDocument]:
        """List documents.

        The saved guided documents (Corti's top-level `/documents/` API, beta), filtered by template,
        interaction or label; a bare array, not paged.

        Args:
            template_id: Only documents made from this template.
            interaction_id: Only documents of this interaction.
            label: Only those with any of these labels, each written `key:value` (repeat for several).

        `GET /documents/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_list.OPERATION,
            (),
            {
                "template_id": template_id,
                "interaction_id": interaction_id,
                "label": label,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def generate(
        self,
        *,
        output_language: str,
        context: Sequence[CommonTextContext | Mapping[str, Any] | CommonTranscriptContext | CommonFactsContext]
        | Unset = UNSET,
        template_ref: GuidedTemplateRef | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        interaction_id: UUID | str | Unset = UNSET,
        assembly_template: GuidedAssemblyRequest | Mapping[str, Any] | Unset = UNSET,
        dynamic_template: GuidedDynamicRequest | Mapping[str, Any] | Unset = UNSET,
        x_corti_retention_policy: GenerateDocumentsRequestXCortiRetentionPolicy | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedDocumentsCreateEphemeralResponse | GuidedDocumentsCreateResponse:
        """Generate a document.

        Generates a structured document from a context (or an interaction's facts and transcripts, by
        `interactionId`) and one of three template forms: a stored template (`templateRef`, optionally
        with overrides), an assembly of stored sections (`assemblyTemplate`) or an inline template
        (`dynamicTemplate`). The request is one of six forms (template form times context or
        interaction); fields that fit none or several are refused before sending. Saved (201, the
        document has an `id`) unless `X-Corti-Retention-Policy: none`, which answers 200 with a document
        that is not stored. Not idempotent: sending it twice makes two documents.

        Args:
            output_language: The document's language (BCP 47, e.g. `en`).
            context: What to write from, in order.
            template_ref: A stored template, optionally with overrides for this call.
            labels: Labels to filter documents by.
            interaction_id: The interaction whose facts (not discarded ones) and transcripts are the context.
            assembly_template: Stored sections, in order, assembled for this call.
            dynamic_template: A template written inline (its sections and itself are saved as auto-generated
                ones).
            x_corti_retention_policy: `none`: generate and return the document without saving it (200, no `id`). Left out,
                the document is saved (201). Corti's docs and an earlier SDK snapshot
                (`cortiRetentionPolicy`) type it; SDK 5 dropped the parameter, not the header.

        `POST /documents/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_generate.OPERATION,
            (),
            {
                "x_corti_retention_policy": x_corti_retention_policy,
            },
            {
                "output_language": output_language,
                "context": context,
                "template_ref": template_ref,
                "labels": labels,
                "interaction_id": interaction_id,
                "assembly_template": assembly_template,
                "dynamic_template": dynamic_template,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedDocument:
        """Get a document.

        One saved guided document.

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.

        `GET /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_get.OPERATION,
            (document_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a document.

        Deletes the document; this cannot be undone. 204 is inferred (Corti's SDKs take any 2xx).

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.

        `DELETE /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_delete.OPERATION,
            (document_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        document_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        string_document: GuidedDocumentsUpdateRequestStringDocument | Mapping[str, Any] | Unset = UNSET,
        structured_document: GuidedDocumentsUpdateRequestStructuredDocument | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedDocument:
        """Update a document.

        Updates the document's `name`, `labels` or rendered output (`stringDocument`,
        `structuredDocument`, keyed by section id); `{}` is a no-op. Sending it twice gives the same
        document (`x-idempotent`).

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.
            name: The new name.
            string_document: Rendered text to store, by section id.
            structured_document: Structured output to store, by section id.
            labels: Replaces the labels (`[]` clears them; left out, they stay).

        `PATCH /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_update.OPERATION,
            (document_id,),
            {},
            {
                "name": name,
                "string_document": string_document,
                "structured_document": structured_document,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class DocumentsWithRawResponse:
    """`client.documents.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        template_id: UUID | str | None | Unset = UNSET,
        interaction_id: UUID | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[GuidedDocument]]:
        """List documents: the raw answer (headers, attempts, `.parse()`).

        The saved guided documents (Corti's top-level `/documents/` API, beta), filtered by template,
        interaction or label; a bare array, not paged.

        Args:
            template_id: Only documents made from this template.
            interaction_id: Only documents of this interaction.
            label: Only those with any of these labels, each written `key:value` (repeat for several).

        `GET /documents/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_list.OPERATION,
            (),
            {
                "template_id": template_id,
                "interaction_id": interaction_id,
                "label": label,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def generate(
        self,
        *,
        output_language: str,
        context: Sequence[CommonTextContext | Mapping[str, Any] | CommonTranscriptContext | CommonFactsContext]
        | Unset = UNSET,
        template_ref: GuidedTemplateRef | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        interaction_id: UUID | str | Unset = UNSET,
        assembly_template: GuidedAssemblyRequest | Mapping[str, Any] | Unset = UNSET,
        dynamic_template: GuidedDynamicRequest | Mapping[str, Any] | Unset = UNSET,
        x_corti_retention_policy: GenerateDocumentsRequestXCortiRetentionPolicy | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedDocumentsCreateEphemeralResponse | GuidedDocumentsCreateResponse]:
        """Generate a document: the raw answer (headers, attempts, `.parse()`).

        Generates a structured document from a context (or an interaction's facts and transcripts, by
        `interactionId`) and one of three template forms: a stored template (`templateRef`, optionally
        with overrides), an assembly of stored sections (`assemblyTemplate`) or an inline template
        (`dynamicTemplate`). The request is one of six forms (template form times context or
        interaction); fields that fit none or several are refused before sending. Saved (201, the
        document has an `id`) unless `X-Corti-Retention-Policy: none`, which answers 200 with a document
        that is not stored. Not idempotent: sending it twice makes two documents.

        Args:
            output_language: The document's language (BCP 47, e.g. `en`).
            context: What to write from, in order.
            template_ref: A stored template, optionally with overrides for this call.
            labels: Labels to filter documents by.
            interaction_id: The interaction whose facts (not discarded ones) and transcripts are the context.
            assembly_template: Stored sections, in order, assembled for this call.
            dynamic_template: A template written inline (its sections and itself are saved as auto-generated
                ones).
            x_corti_retention_policy: `none`: generate and return the document without saving it (200, no `id`). Left out,
                the document is saved (201). Corti's docs and an earlier SDK snapshot
                (`cortiRetentionPolicy`) type it; SDK 5 dropped the parameter, not the header.

        `POST /documents/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_generate.OPERATION,
            (),
            {
                "x_corti_retention_policy": x_corti_retention_policy,
            },
            {
                "output_language": output_language,
                "context": context,
                "template_ref": template_ref,
                "labels": labels,
                "interaction_id": interaction_id,
                "assembly_template": assembly_template,
                "dynamic_template": dynamic_template,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedDocument]:
        """Get a document: the raw answer (headers, attempts, `.parse()`).

        One saved guided document.

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.

        `GET /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_get.OPERATION,
            (document_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a document: the raw answer (headers, attempts, `.parse()`).

        Deletes the document; this cannot be undone. 204 is inferred (Corti's SDKs take any 2xx).

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.

        `DELETE /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_delete.OPERATION,
            (document_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        document_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        string_document: GuidedDocumentsUpdateRequestStringDocument | Mapping[str, Any] | Unset = UNSET,
        structured_document: GuidedDocumentsUpdateRequestStructuredDocument | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedDocument]:
        """Update a document: the raw answer (headers, attempts, `.parse()`).

        Updates the document's `name`, `labels` or rendered output (`stringDocument`,
        `structuredDocument`, keyed by section id); `{}` is a no-op. Sending it twice gives the same
        document (`x-idempotent`).

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.
            name: The new name.
            string_document: Rendered text to store, by section id.
            structured_document: Structured output to store, by section id.
            labels: Replaces the labels (`[]` clears them; left out, they stay).

        `PATCH /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_update.OPERATION,
            (document_id,),
            {},
            {
                "name": name,
                "string_document": string_document,
                "structured_document": structured_document,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncDocuments:
    """`client.documents` of an async client."""

    classic: AsyncDocumentsClassic
    sections: AsyncDocumentsSections
    templates: AsyncDocumentsTemplates

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncDocumentsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""
        self.classic = AsyncDocumentsClassic(runtime)
        self.sections = AsyncDocumentsSections(runtime)
        self.templates = AsyncDocumentsTemplates(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents", name, {"create": ("classic.create", "generate")})

    async def list(
        self,
        *,
        template_id: UUID | str | None | Unset = UNSET,
        interaction_id: UUID | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[GuidedDocument]:
        """List documents.

        The saved guided documents (Corti's top-level `/documents/` API, beta), filtered by template,
        interaction or label; a bare array, not paged.

        Args:
            template_id: Only documents made from this template.
            interaction_id: Only documents of this interaction.
            label: Only those with any of these labels, each written `key:value` (repeat for several).

        `GET /documents/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_list.OPERATION,
            (),
            {
                "template_id": template_id,
                "interaction_id": interaction_id,
                "label": label,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def generate(
        self,
        *,
        output_language: str,
        context: Sequence[CommonTextContext | Mapping[str, Any] | CommonTranscriptContext | CommonFactsContext]
        | Unset = UNSET,
        template_ref: GuidedTemplateRef | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        interaction_id: UUID | str | Unset = UNSET,
        assembly_template: GuidedAssemblyRequest | Mapping[str, Any] | Unset = UNSET,
        dynamic_template: GuidedDynamicRequest | Mapping[str, Any] | Unset = UNSET,
        x_corti_retention_policy: GenerateDocumentsRequestXCortiRetentionPolicy | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedDocumentsCreateEphemeralResponse | GuidedDocumentsCreateResponse:
        """Generate a document.

        Generates a structured document from a context (or an interaction's facts and transcripts, by
        `interactionId`) and one of three template forms: a stored template (`templateRef`, optionally
        with overrides), an assembly of stored sections (`assemblyTemplate`) or an inline template
        (`dynamicTemplate`). The request is one of six forms (template form times context or
        interaction); fields that fit none or several are refused before sending. Saved (201, the
        document has an `id`) unless `X-Corti-Retention-Policy: none`, which answers 200 with a document
        that is not stored. Not idempotent: sending it twice makes two documents.

        Args:
            output_language: The document's language (BCP 47, e.g. `en`).
            context: What to write from, in order.
            template_ref: A stored template, optionally with overrides for this call.
            labels: Labels to filter documents by.
            interaction_id: The interaction whose facts (not discarded ones) and transcripts are the context.
            assembly_template: Stored sections, in order, assembled for this call.
            dynamic_template: A template written inline (its sections and itself are saved as auto-generated
                ones).
            x_corti_retention_policy: `none`: generate and return the document without saving it (200, no `id`). Left out,
                the document is saved (201). Corti's docs and an earlier SDK snapshot
                (`cortiRetentionPolicy`) type it; SDK 5 dropped the parameter, not the header.

        `POST /documents/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _documents_generate.OPERATION,
            (),
            {
                "x_corti_retention_policy": x_corti_retention_policy,
            },
            {
                "output_language": output_language,
                "context": context,
                "template_ref": template_ref,
                "labels": labels,
                "interaction_id": interaction_id,
                "assembly_template": assembly_template,
                "dynamic_template": dynamic_template,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedDocument:
        """Get a document.

        One saved guided document.

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.

        `GET /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_get.OPERATION,
            (document_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a document.

        Deletes the document; this cannot be undone. 204 is inferred (Corti's SDKs take any 2xx).

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.

        `DELETE /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_delete.OPERATION,
            (document_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        document_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        string_document: GuidedDocumentsUpdateRequestStringDocument | Mapping[str, Any] | Unset = UNSET,
        structured_document: GuidedDocumentsUpdateRequestStructuredDocument | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> GuidedDocument:
        """Update a document.

        Updates the document's `name`, `labels` or rendered output (`stringDocument`,
        `structuredDocument`, keyed by section id); `{}` is a no-op. Sending it twice gives the same
        document (`x-idempotent`).

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.
            name: The new name.
            string_document: Rendered text to store, by section id.
            structured_document: Structured output to store, by section id.
            labels: Replaces the labels (`[]` clears them; left out, they stay).

        `PATCH /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_update.OPERATION,
            (document_id,),
            {},
            {
                "name": name,
                "string_document": string_document,
                "structured_document": structured_document,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncDocumentsWithRawResponse:
    """`client.documents.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        template_id: UUID | str | None | Unset = UNSET,
        interaction_id: UUID | str | None | Unset = UNSET,
        label: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[list[GuidedDocument]]:
        """List documents: the raw answer (headers, attempts, `.parse()`).

        The saved guided documents (Corti's top-level `/documents/` API, beta), filtered by template,
        interaction or label; a bare array, not paged.

        Args:
            template_id: Only documents made from this template.
            interaction_id: Only documents of this interaction.
            label: Only those with any of these labels, each written `key:value` (repeat for several).

        `GET /documents/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_list.OPERATION,
            (),
            {
                "template_id": template_id,
                "interaction_id": interaction_id,
                "label": label,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def generate(
        self,
        *,
        output_language: str,
        context: Sequence[CommonTextContext | Mapping[str, Any] | CommonTranscriptContext | CommonFactsContext]
        | Unset = UNSET,
        template_ref: GuidedTemplateRef | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        interaction_id: UUID | str | Unset = UNSET,
        assembly_template: GuidedAssemblyRequest | Mapping[str, Any] | Unset = UNSET,
        dynamic_template: GuidedDynamicRequest | Mapping[str, Any] | Unset = UNSET,
        x_corti_retention_policy: GenerateDocumentsRequestXCortiRetentionPolicy | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedDocumentsCreateEphemeralResponse | GuidedDocumentsCreateResponse]:
        """Generate a document: the raw answer (headers, attempts, `.parse()`).

        Generates a structured document from a context (or an interaction's facts and transcripts, by
        `interactionId`) and one of three template forms: a stored template (`templateRef`, optionally
        with overrides), an assembly of stored sections (`assemblyTemplate`) or an inline template
        (`dynamicTemplate`). The request is one of six forms (template form times context or
        interaction); fields that fit none or several are refused before sending. Saved (201, the
        document has an `id`) unless `X-Corti-Retention-Policy: none`, which answers 200 with a document
        that is not stored. Not idempotent: sending it twice makes two documents.

        Args:
            output_language: The document's language (BCP 47, e.g. `en`).
            context: What to write from, in order.
            template_ref: A stored template, optionally with overrides for this call.
            labels: Labels to filter documents by.
            interaction_id: The interaction whose facts (not discarded ones) and transcripts are the context.
            assembly_template: Stored sections, in order, assembled for this call.
            dynamic_template: A template written inline (its sections and itself are saved as auto-generated
                ones).
            x_corti_retention_policy: `none`: generate and return the document without saving it (200, no `id`). Left out,
                the document is saved (201). Corti's docs and an earlier SDK snapshot
                (`cortiRetentionPolicy`) type it; SDK 5 dropped the parameter, not the header.

        `POST /documents/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _documents_generate.OPERATION,
            (),
            {
                "x_corti_retention_policy": x_corti_retention_policy,
            },
            {
                "output_language": output_language,
                "context": context,
                "template_ref": template_ref,
                "labels": labels,
                "interaction_id": interaction_id,
                "assembly_template": assembly_template,
                "dynamic_template": dynamic_template,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedDocument]:
        """Get a document: the raw answer (headers, attempts, `.parse()`).

        One saved guided document.

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.

        `GET /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_get.OPERATION,
            (document_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a document: the raw answer (headers, attempts, `.parse()`).

        Deletes the document; this cannot be undone. 204 is inferred (Corti's SDKs take any 2xx).

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.

        `DELETE /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_delete.OPERATION,
            (document_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        document_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        string_document: GuidedDocumentsUpdateRequestStringDocument | Mapping[str, Any] | Unset = UNSET,
        structured_document: GuidedDocumentsUpdateRequestStructuredDocument | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[GuidedLabel | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[GuidedDocument]:
        """Update a document: the raw answer (headers, attempts, `.parse()`).

        Updates the document's `name`, `labels` or rendered output (`stringDocument`,
        `structuredDocument`, keyed by section id); `{}` is a no-op. Sending it twice gives the same
        document (`x-idempotent`).

        Args:
            document_id: The unique identifier of the document. Must be a valid UUID.
            name: The new name.
            string_document: Rendered text to store, by section id.
            structured_document: Structured output to store, by section id.
            labels: Replaces the labels (`[]` clears them; left out, they stay).

        `PATCH /documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_update.OPERATION,
            (document_id,),
            {},
            {
                "name": name,
                "string_document": string_document,
                "structured_document": structured_document,
                "labels": labels,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
