"""`client.documents_classic`: the `documents_classic` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import (
    DocumentsContextWithFacts,
    DocumentsContextWithString,
    DocumentsContextWithTranscript,
    DocumentsCreateRequestWithTemplate,
    DocumentsCreateRequestWithTemplateKey,
    DocumentsGetResponse,
    DocumentsListResponse,
    DocumentsSectionInput,
    DocumentsTemplateWithSectionKeys,
    DocumentsTemplateWithSections,
    DocumentsUpdateRequest,
    TemplatesDocumentationModeEnum,
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
from . import documents_classic_create as _documents_classic_create
from . import documents_classic_delete as _documents_classic_delete
from . import documents_classic_get as _documents_classic_get
from . import documents_classic_list as _documents_classic_list
from . import documents_classic_update as _documents_classic_update

__all__ = [
    "AsyncDocumentsClassic",
    "AsyncDocumentsClassicWithRawResponse",
    "DocumentsClassic",
    "DocumentsClassicWithRawResponse",
]


class DocumentsClassic:
    """`client.documents.classic` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = DocumentsClassicWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.classic", name, {})

    def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DocumentsListResponse:
        """List documents.

        The interaction's documents (Corti's classic, interaction-scoped documents).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/documents/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_classic_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        interaction_id: UUID | str,
        *,
        context: Sequence[
            DocumentsContextWithFacts | Mapping[str, Any] | DocumentsContextWithTranscript | DocumentsContextWithString
        ],
        output_language: str,
        template_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        disable_guardrails: bool | Unset = UNSET,
        documentation_mode: TemplatesDocumentationModeEnum | str | Unset = UNSET,
        template: DocumentsTemplateWithSections | Mapping[str, Any] | DocumentsTemplateWithSectionKeys | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DocumentsGetResponse:
        """Generate a document.

        Generates a document from a context (the interaction's facts, a transcript or a text) and a
        template: either a catalog template by `templateKey`, or a `template` built in the request. The
        request is one of the two forms. Not idempotent: sending it twice makes two documents.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            context: What to write from; several items only when they are transcripts.
            output_language: The document's language, e.g. `en`.
            template_key: The key of a catalog template (see templates.list).
            name: The document's name.
            disable_guardrails: Turn off the guardrails; default false.
            documentation_mode: How the sections are written.
            template: A template built in the request; one of two forms.

        `POST /interactions/{interaction_id}/documents/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_classic_create.OPERATION,
            (interaction_id,),
            {},
            {
                "context": context,
                "output_language": output_language,
                "template_key": template_key,
                "name": name,
                "disable_guardrails": disable_guardrails,
                "documentation_mode": documentation_mode,
                "template": template,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DocumentsGetResponse:
        """Get a document.

        The document with its sections.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.

        `GET /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_classic_get.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a document.

        Deletes the document; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_classic_delete.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        sections: Sequence[DocumentsSectionInput | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DocumentsGetResponse:
        """Update a document.

        Renames the document or replaces sections' text (by section `key`); `{}` is a no-op. Sending it
        twice gives the same document (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.
            name: The new name.
            sections: Sections to replace, by key.

        `PATCH /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_classic_update.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            {
                "name": name,
                "sections": sections,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class DocumentsClassicWithRawResponse:
    """`client.documents_classic.with_raw_response` of a sync client."""

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
    ) -> RawResponse[DocumentsListResponse]:
        """List documents: the raw answer (headers, attempts, `.parse()`).

        The interaction's documents (Corti's classic, interaction-scoped documents).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/documents/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_classic_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        interaction_id: UUID | str,
        *,
        context: Sequence[
            DocumentsContextWithFacts | Mapping[str, Any] | DocumentsContextWithTranscript | DocumentsContextWithString
        ],
        output_language: str,
        template_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        disable_guardrails: bool | Unset = UNSET,
        documentation_mode: TemplatesDocumentationModeEnum | str | Unset = UNSET,
        template: DocumentsTemplateWithSections | Mapping[str, Any] | DocumentsTemplateWithSectionKeys | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DocumentsGetResponse]:
        """Generate a document: the raw answer (headers, attempts, `.parse()`).

        Generates a document from a context (the interaction's facts, a transcript or a text) and a
        template: either a catalog template by `templateKey`, or a `template` built in the request. The
        request is one of the two forms. Not idempotent: sending it twice makes two documents.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            context: What to write from; several items only when they are transcripts.
            output_language: The document's language, e.g. `en`.
            template_key: The key of a catalog template (see templates.list).
            name: The document's name.
            disable_guardrails: Turn off the guardrails; default false.
            documentation_mode: How the sections are written.
            template: A template built in the request; one of two forms.

        `POST /interactions/{interaction_id}/documents/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _documents_classic_create.OPERATION,
            (interaction_id,),
            {},
            {
                "context": context,
                "output_language": output_language,
                "template_key": template_key,
                "name": name,
                "disable_guardrails": disable_guardrails,
                "documentation_mode": documentation_mode,
                "template": template,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DocumentsGetResponse]:
        """Get a document: the raw answer (headers, attempts, `.parse()`).

        The document with its sections.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.

        `GET /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_classic_get.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a document: the raw answer (headers, attempts, `.parse()`).

        Deletes the document; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_classic_delete.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        sections: Sequence[DocumentsSectionInput | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DocumentsGetResponse]:
        """Update a document: the raw answer (headers, attempts, `.parse()`).

        Renames the document or replaces sections' text (by section `key`); `{}` is a no-op. Sending it
        twice gives the same document (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.
            name: The new name.
            sections: Sections to replace, by key.

        `PATCH /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _documents_classic_update.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            {
                "name": name,
                "sections": sections,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncDocumentsClassic:
    """`client.documents.classic` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncDocumentsClassicWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "documents.classic", name, {})

    async def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DocumentsListResponse:
        """List documents.

        The interaction's documents (Corti's classic, interaction-scoped documents).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/documents/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_classic_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def create(
        self,
        interaction_id: UUID | str,
        *,
        context: Sequence[
            DocumentsContextWithFacts | Mapping[str, Any] | DocumentsContextWithTranscript | DocumentsContextWithString
        ],
        output_language: str,
        template_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        disable_guardrails: bool | Unset = UNSET,
        documentation_mode: TemplatesDocumentationModeEnum | str | Unset = UNSET,
        template: DocumentsTemplateWithSections | Mapping[str, Any] | DocumentsTemplateWithSectionKeys | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DocumentsGetResponse:
        """Generate a document.

        Generates a document from a context (the interaction's facts, a transcript or a text) and a
        template: either a catalog template by `templateKey`, or a `template` built in the request. The
        request is one of the two forms. Not idempotent: sending it twice makes two documents.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            context: What to write from; several items only when they are transcripts.
            output_language: The document's language, e.g. `en`.
            template_key: The key of a catalog template (see templates.list).
            name: The document's name.
            disable_guardrails: Turn off the guardrails; default false.
            documentation_mode: How the sections are written.
            template: A template built in the request; one of two forms.

        `POST /interactions/{interaction_id}/documents/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _documents_classic_create.OPERATION,
            (interaction_id,),
            {},
            {
                "context": context,
                "output_language": output_language,
                "template_key": template_key,
                "name": name,
                "disable_guardrails": disable_guardrails,
                "documentation_mode": documentation_mode,
                "template": template,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DocumentsGetResponse:
        """Get a document.

        The document with its sections.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.

        `GET /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_classic_get.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a document.

        Deletes the document; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_classic_delete.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        sections: Sequence[DocumentsSectionInput | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DocumentsGetResponse:
        """Update a document.

        Renames the document or replaces sections' text (by section `key`); `{}` is a no-op. Sending it
        twice gives the same document (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.
            name: The new name.
            sections: Sections to replace, by key.

        `PATCH /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _documents_classic_update.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            {
                "name": name,
                "sections": sections,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncDocumentsClassicWithRawResponse:
    """`client.documents_classic.with_raw_response` of an async client."""

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
    ) -> RawResponse[DocumentsListResponse]:
        """List documents: the raw answer (headers, attempts, `.parse()`).

        The interaction's documents (Corti's classic, interaction-scoped documents).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/documents/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_classic_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        interaction_id: UUID | str,
        *,
        context: Sequence[
            DocumentsContextWithFacts | Mapping[str, Any] | DocumentsContextWithTranscript | DocumentsContextWithString
        ],
        output_language: str,
        template_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        disable_guardrails: bool | Unset = UNSET,
        documentation_mode: TemplatesDocumentationModeEnum | str | Unset = UNSET,
        template: DocumentsTemplateWithSections | Mapping[str, Any] | DocumentsTemplateWithSectionKeys | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DocumentsGetResponse]:
        """Generate a document: the raw answer (headers, attempts, `.parse()`).

        Generates a document from a context (the interaction's facts, a transcript or a text) and a
        template: either a catalog template by `templateKey`, or a `template` built in the request. The
        request is one of the two forms. Not idempotent: sending it twice makes two documents.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            context: What to write from; several items only when they are transcripts.
            output_language: The document's language, e.g. `en`.
            template_key: The key of a catalog template (see templates.list).
            name: The document's name.
            disable_guardrails: Turn off the guardrails; default false.
            documentation_mode: How the sections are written.
            template: A template built in the request; one of two forms.

        `POST /interactions/{interaction_id}/documents/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _documents_classic_create.OPERATION,
            (interaction_id,),
            {},
            {
                "context": context,
                "output_language": output_language,
                "template_key": template_key,
                "name": name,
                "disable_guardrails": disable_guardrails,
                "documentation_mode": documentation_mode,
                "template": template,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DocumentsGetResponse]:
        """Get a document: the raw answer (headers, attempts, `.parse()`).

        The document with its sections.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.

        `GET /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_classic_get.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete a document: the raw answer (headers, attempts, `.parse()`).

        Deletes the document; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_classic_delete.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        interaction_id: UUID | str,
        document_id: UUID | str,
        *,
        name: str | Unset = UNSET,
        sections: Sequence[DocumentsSectionInput | Mapping[str, Any]] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DocumentsGetResponse]:
        """Update a document: the raw answer (headers, attempts, `.parse()`).

        Renames the document or replaces sections' text (by section `key`); `{}` is a no-op. Sending it
        twice gives the same document (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            document_id: The unique identifier of the document. Must be a valid UUID.
            name: The new name.
            sections: Sections to replace, by key.

        `PATCH /interactions/{interaction_id}/documents/{document_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _documents_classic_update.OPERATION,
            (
                interaction_id,
                document_id,
            ),
            {},
            {
                "name": name,
                "sections": sections,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
