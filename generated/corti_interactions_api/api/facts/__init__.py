"""`client.facts`: the `facts` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ...models import (
    CommonSourceEnum,
    CommonTextContext,
    FactsBatchUpdateInput,
    FactsBatchUpdateRequest,
    FactsBatchUpdateResponse,
    FactsCreateInput,
    FactsCreateRequest,
    FactsCreateResponse,
    FactsExtractRequest,
    FactsExtractResponse,
    FactsFactGroupsListResponse,
    FactsListResponse,
    FactsUpdateRequest,
    FactsUpdateResponse,
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
from . import facts_batch_update as _facts_batch_update
from . import facts_create as _facts_create
from . import facts_extract as _facts_extract
from . import facts_fact_groups_list as _facts_fact_groups_list
from . import facts_list as _facts_list
from . import facts_update as _facts_update

__all__ = ["AsyncFacts", "AsyncFactsWithRawResponse", "Facts", "FactsWithRawResponse"]


class Facts:
    """`client.facts` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = FactsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "facts", name, {})

    def fact_groups_list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsFactGroupsListResponse:
        """List fact groups.

        The groups a fact can belong to, with their translations.

        `GET /factgroups/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_fact_groups_list.OPERATION,
            (),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsListResponse:
        """List facts.

        The interaction's facts, discarded ones included (`isDiscarded`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/facts/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def create(
        self,
        interaction_id: UUID | str,
        *,
        facts: Sequence[FactsCreateInput | Mapping[str, Any]],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsCreateResponse:
        """Add facts.

        Adds facts to the interaction. Answers 200 (not 201), as Corti documents. Not idempotent.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            facts: The facts.

        `POST /interactions/{interaction_id}/facts/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _facts_create.OPERATION,
            (interaction_id,),
            {},
            {
                "facts": facts,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def batch_update(
        self,
        interaction_id: UUID | str,
        *,
        facts: Sequence[FactsBatchUpdateInput | Mapping[str, Any]],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsBatchUpdateResponse:
        """Update several facts.

        Updates several facts at once (text, group, discarded), each named by `factId`. Plain JSON, not
        merge-patch. Sending it twice gives the same facts (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            facts: The updates.

        `PATCH /interactions/{interaction_id}/facts/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_batch_update.OPERATION,
            (interaction_id,),
            {},
            {
                "facts": facts,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        interaction_id: UUID | str,
        fact_id: str,
        *,
        text: str | Unset = UNSET,
        group: str | Unset = UNSET,
        source: CommonSourceEnum | str | Unset = UNSET,
        is_discarded: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsUpdateResponse:
        """Update a fact.

        Updates one fact; fields left out are unchanged, `{}` is a no-op. Sending it twice gives the
        same fact (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            fact_id: The unique identifier of the fact to update. Corti's SDKs type it as a plain string
                (though described as a UUID), so any non-empty string is sent.
            text: The new text.
            group: The new group key.
            source: Where a fact comes from.
            is_discarded: Discard (or restore) the fact.

        `PATCH /interactions/{interaction_id}/facts/{fact_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_update.OPERATION,
            (
                interaction_id,
                fact_id,
            ),
            {},
            {
                "text": text,
                "group": group,
                "source": source,
                "is_discarded": is_discarded,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def extract(
        self,
        *,
        context: Sequence[CommonTextContext | Mapping[str, Any]],
        output_language: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsExtractResponse:
        """Extract facts from text.

        Derives facts from free text, without an interaction (nothing is stored). Treated as idempotent
        (inferred: it stores nothing, so sending it again only costs credits).

        Args:
            context: The texts.
            output_language: The language of the facts, e.g. `en`.

        `POST /tools/extract-facts`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_extract.OPERATION,
            (),
            {},
            {
                "context": context,
                "output_language": output_language,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class FactsWithRawResponse:
    """`client.facts.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def fact_groups_list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsFactGroupsListResponse]:
        """List fact groups: the raw answer (headers, attempts, `.parse()`).

        The groups a fact can belong to, with their translations.

        `GET /factgroups/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_fact_groups_list.OPERATION,
            (),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsListResponse]:
        """List facts: the raw answer (headers, attempts, `.parse()`).

        The interaction's facts, discarded ones included (`isDiscarded`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/facts/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        interaction_id: UUID | str,
        *,
        facts: Sequence[FactsCreateInput | Mapping[str, Any]],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsCreateResponse]:
        """Add facts: the raw answer (headers, attempts, `.parse()`).

        Adds facts to the interaction. Answers 200 (not 201), as Corti documents. Not idempotent.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            facts: The facts.

        `POST /interactions/{interaction_id}/facts/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _facts_create.OPERATION,
            (interaction_id,),
            {},
            {
                "facts": facts,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def batch_update(
        self,
        interaction_id: UUID | str,
        *,
        facts: Sequence[FactsBatchUpdateInput | Mapping[str, Any]],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsBatchUpdateResponse]:
        """Update several facts: the raw answer (headers, attempts, `.parse()`).

        Updates several facts at once (text, group, discarded), each named by `factId`. Plain JSON, not
        merge-patch. Sending it twice gives the same facts (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            facts: The updates.

        `PATCH /interactions/{interaction_id}/facts/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_batch_update.OPERATION,
            (interaction_id,),
            {},
            {
                "facts": facts,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        interaction_id: UUID | str,
        fact_id: str,
        *,
        text: str | Unset = UNSET,
        group: str | Unset = UNSET,
        source: CommonSourceEnum | str | Unset = UNSET,
        is_discarded: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsUpdateResponse]:
        """Update a fact: the raw answer (headers, attempts, `.parse()`).

        Updates one fact; fields left out are unchanged, `{}` is a no-op. Sending it twice gives the
        same fact (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            fact_id: The unique identifier of the fact to update. Corti's SDKs type it as a plain string
                (though described as a UUID), so any non-empty string is sent.
            text: The new text.
            group: The new group key.
            source: Where a fact comes from.
            is_discarded: Discard (or restore) the fact.

        `PATCH /interactions/{interaction_id}/facts/{fact_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_update.OPERATION,
            (
                interaction_id,
                fact_id,
            ),
            {},
            {
                "text": text,
                "group": group,
                "source": source,
                "is_discarded": is_discarded,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def extract(
        self,
        *,
        context: Sequence[CommonTextContext | Mapping[str, Any]],
        output_language: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsExtractResponse]:
        """Extract facts from text: the raw answer (headers, attempts, `.parse()`).

        Derives facts from free text, without an interaction (nothing is stored). Treated as idempotent
        (inferred: it stores nothing, so sending it again only costs credits).

        Args:
            context: The texts.
            output_language: The language of the facts, e.g. `en`.

        `POST /tools/extract-facts`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _facts_extract.OPERATION,
            (),
            {},
            {
                "context": context,
                "output_language": output_language,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncFacts:
    """`client.facts` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncFactsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "facts", name, {})

    async def fact_groups_list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsFactGroupsListResponse:
        """List fact groups.

        The groups a fact can belong to, with their translations.

        `GET /factgroups/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _facts_fact_groups_list.OPERATION,
            (),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsListResponse:
        """List facts.

        The interaction's facts, discarded ones included (`isDiscarded`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/facts/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _facts_list.OPERATION,
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
        facts: Sequence[FactsCreateInput | Mapping[str, Any]],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsCreateResponse:
        """Add facts.

        Adds facts to the interaction. Answers 200 (not 201), as Corti documents. Not idempotent.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            facts: The facts.

        `POST /interactions/{interaction_id}/facts/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _facts_create.OPERATION,
            (interaction_id,),
            {},
            {
                "facts": facts,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def batch_update(
        self,
        interaction_id: UUID | str,
        *,
        facts: Sequence[FactsBatchUpdateInput | Mapping[str, Any]],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsBatchUpdateResponse:
        """Update several facts.

        Updates several facts at once (text, group, discarded), each named by `factId`. Plain JSON, not
        merge-patch. Sending it twice gives the same facts (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            facts: The updates.

        `PATCH /interactions/{interaction_id}/facts/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _facts_batch_update.OPERATION,
            (interaction_id,),
            {},
            {
                "facts": facts,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        interaction_id: UUID | str,
        fact_id: str,
        *,
        text: str | Unset = UNSET,
        group: str | Unset = UNSET,
        source: CommonSourceEnum | str | Unset = UNSET,
        is_discarded: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsUpdateResponse:
        """Update a fact.

        Updates one fact; fields left out are unchanged, `{}` is a no-op. Sending it twice gives the
        same fact (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            fact_id: The unique identifier of the fact to update. Corti's SDKs type it as a plain string
                (though described as a UUID), so any non-empty string is sent.
            text: The new text.
            group: The new group key.
            source: Where a fact comes from.
            is_discarded: Discard (or restore) the fact.

        `PATCH /interactions/{interaction_id}/facts/{fact_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _facts_update.OPERATION,
            (
                interaction_id,
                fact_id,
            ),
            {},
            {
                "text": text,
                "group": group,
                "source": source,
                "is_discarded": is_discarded,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def extract(
        self,
        *,
        context: Sequence[CommonTextContext | Mapping[str, Any]],
        output_language: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> FactsExtractResponse:
        """Extract facts from text.

        Derives facts from free text, without an interaction (nothing is stored). Treated as idempotent
        (inferred: it stores nothing, so sending it again only costs credits).

        Args:
            context: The texts.
            output_language: The language of the facts, e.g. `en`.

        `POST /tools/extract-facts`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _facts_extract.OPERATION,
            (),
            {},
            {
                "context": context,
                "output_language": output_language,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncFactsWithRawResponse:
    """`client.facts.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def fact_groups_list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsFactGroupsListResponse]:
        """List fact groups: the raw answer (headers, attempts, `.parse()`).

        The groups a fact can belong to, with their translations.

        `GET /factgroups/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _facts_fact_groups_list.OPERATION,
            (),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def list(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsListResponse]:
        """List facts: the raw answer (headers, attempts, `.parse()`).

        The interaction's facts, discarded ones included (`isDiscarded`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}/facts/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _facts_list.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        interaction_id: UUID | str,
        *,
        facts: Sequence[FactsCreateInput | Mapping[str, Any]],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsCreateResponse]:
        """Add facts: the raw answer (headers, attempts, `.parse()`).

        Adds facts to the interaction. Answers 200 (not 201), as Corti documents. Not idempotent.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            facts: The facts.

        `POST /interactions/{interaction_id}/facts/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _facts_create.OPERATION,
            (interaction_id,),
            {},
            {
                "facts": facts,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def batch_update(
        self,
        interaction_id: UUID | str,
        *,
        facts: Sequence[FactsBatchUpdateInput | Mapping[str, Any]],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsBatchUpdateResponse]:
        """Update several facts: the raw answer (headers, attempts, `.parse()`).

        Updates several facts at once (text, group, discarded), each named by `factId`. Plain JSON, not
        merge-patch. Sending it twice gives the same facts (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            facts: The updates.

        `PATCH /interactions/{interaction_id}/facts/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _facts_batch_update.OPERATION,
            (interaction_id,),
            {},
            {
                "facts": facts,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        interaction_id: UUID | str,
        fact_id: str,
        *,
        text: str | Unset = UNSET,
        group: str | Unset = UNSET,
        source: CommonSourceEnum | str | Unset = UNSET,
        is_discarded: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsUpdateResponse]:
        """Update a fact: the raw answer (headers, attempts, `.parse()`).

        Updates one fact; fields left out are unchanged, `{}` is a no-op. Sending it twice gives the
        same fact (`x-idempotent`).

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            fact_id: The unique identifier of the fact to update. Corti's SDKs type it as a plain string
                (though described as a UUID), so any non-empty string is sent.
            text: The new text.
            group: The new group key.
            source: Where a fact comes from.
            is_discarded: Discard (or restore) the fact.

        `PATCH /interactions/{interaction_id}/facts/{fact_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _facts_update.OPERATION,
            (
                interaction_id,
                fact_id,
            ),
            {},
            {
                "text": text,
                "group": group,
                "source": source,
                "is_discarded": is_discarded,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def extract(
        self,
        *,
        context: Sequence[CommonTextContext | Mapping[str, Any]],
        output_language: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[FactsExtractResponse]:
        """Extract facts from text: the raw answer (headers, attempts, `.parse()`).

        Derives facts from free text, without an interaction (nothing is stored). Treated as idempotent
        (inferred: it stores nothing, so sending it again only costs credits).

        Args:
            context: The texts.
            output_language: The language of the facts, e.g. `en`.

        `POST /tools/extract-facts`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _facts_extract.OPERATION,
            (),
            {},
            {
                "context": context,
                "output_language": output_language,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
