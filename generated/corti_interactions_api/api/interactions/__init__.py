"""`client.interactions`: the `interactions` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ...models import (
    CommonSortingDirectionEnum,
    InteractionsCreateRequest,
    InteractionsCreateResponse,
    InteractionsEncounterCreateRequest,
    InteractionsEncounterStatusEnum,
    InteractionsEncounterUpdateRequest,
    InteractionsGetResponse,
    InteractionsListRequestSort,
    InteractionsListResponse,
    InteractionsPatient,
    InteractionsUpdateRequest,
)
from ...types import (
    NOT_GIVEN,
    UNSET,
    AsyncPaginator,
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
from . import interactions_create as _interactions_create
from . import interactions_delete as _interactions_delete
from . import interactions_get as _interactions_get
from . import interactions_list as _interactions_list
from . import interactions_update as _interactions_update

__all__ = ["AsyncInteractions", "AsyncInteractionsWithRawResponse", "Interactions", "InteractionsWithRawResponse"]


class Interactions:
    """`client.interactions` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = InteractionsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "interactions", name, {})

    def list(
        self,
        *,
        sort: InteractionsListRequestSort | str | None | Unset = UNSET,
        direction: CommonSortingDirectionEnum | str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        index: int | None | Unset = UNSET,
        encounter_status: Sequence[InteractionsEncounterStatusEnum | str]
        | InteractionsEncounterStatusEnum
        | str
        | None
        | Unset = UNSET,
        patient: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> _interactions_list.InteractionsListPage:
        """List interactions.

        One page of the tenant's interactions, sorted and filtered. There is no total and no cursor: the
        next page is `index + 1`, and a page shorter than `pageSize` is the last.

        Args:
            sort: The field to sort by; `patient` sorts by the patient's identifier. Default: 'createdAt'.
            direction: The sort direction. Default: 'desc'.
            page_size: How many interactions per page. Default: 10.
            index: The 1-based page number (`index=2` with `pageSize=10` is items 11-20). Default: 1.
            encounter_status: Only interactions whose encounter has one of these statuses.
            patient: Only interactions of the patient with this identifier.

        `GET /interactions/`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "_interactions_list.InteractionsListPage",
            self._runtime.paginate(
                _interactions_list.OPERATION,
                (),
                {
                    "sort": sort,
                    "direction": direction,
                    "page_size": page_size,
                    "index": index,
                    "encounter_status": encounter_status,
                    "patient": patient,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    def create(
        self,
        *,
        encounter: InteractionsEncounterCreateRequest | Mapping[str, Any],
        assigned_user_id: UUID | str | None | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> InteractionsCreateResponse:
        """Create an interaction.

        Creates an interaction for an encounter and answers its id and the websocket URL to stream to.
        Left out or null, `assignedUserId` is set by the service. Not idempotent: sending it twice
        creates two interactions.

        Args:
            encounter: The encounter the interaction is for.
            assigned_user_id: The unique identifier of the medical professional responsible for this interaction.
                If nulled or left out, automatically set to a uuid.
            patient: Patient-related updates.

        `POST /interactions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _interactions_create.OPERATION,
            (),
            {},
            {
                "encounter": encounter,
                "assigned_user_id": assigned_user_id,
                "patient": patient,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> InteractionsGetResponse:
        """Get an interaction.

        The whole interaction.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _interactions_get.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def delete(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete an interaction.

        Deletes the interaction; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _interactions_delete.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update(
        self,
        interaction_id: UUID | str,
        *,
        assigned_user_id: UUID | str | None | Unset = UNSET,
        encounter: InteractionsEncounterUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> InteractionsGetResponse:
        """Update an interaction.

        Merges the given fields into the interaction. Fields left out are unchanged; nullable fields
        sent as `null` are cleared, and `assignedUserId: null` makes the service assign a new UUID. An
        empty object is a valid no-op update. Sending the same update twice gives the same result
        (`x-idempotent`), which is why clients may retry it.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            assigned_user_id: The unique identifier of the medical professional responsible for this interaction.
                If nulled, automatically set to a uuid.
            encounter: Details of the encounter being updated.
            patient: Patient-related updates.

        `PATCH /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _interactions_update.OPERATION,
            (interaction_id,),
            {},
            {
                "assigned_user_id": assigned_user_id,
                "encounter": encounter,
                "patient": patient,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def update_many(
        self,
        items: Iterable[BulkItem],
        *,
        concurrency: int | NotGiven = NOT_GIVEN,
        on_result: Callable[[BulkResult[InteractionsGetResponse]], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> BulkSummary:
        """Update an interaction, for many: one `update()` per item.

        Args:
            items: `(interaction_id, fields)` pairs, or mappings with `id` (or `interaction_id`) and the
                fields (the keyword arguments of `update()`, or their JSON names); read lazily.
            concurrency: how many calls at once (default 16). Items for the same id are sent
                one at a time, in input order.
            on_result: called with each item's `BulkResult` (its input `index`, and the
                answer or the typed error), in completion order, in the calling thread.

        One failed item never stops the rest; a 429 with `Retry-After` makes every call wait.
        Each call is retried as `update()` is (idempotent). After an item for an id
        fails in a way a later run could fix (5xx, 429, a timeout), the later items for that id
        are not sent: they report `HeldBackError`, so their order holds. Returns the counts.
        """
        return self._runtime.bulk(
            _interactions_update.OPERATION,
            items,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, None),
            concurrency=concurrency,
            on_result=on_result,
        )


class InteractionsWithRawResponse:
    """`client.interactions.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        sort: InteractionsListRequestSort | str | None | Unset = UNSET,
        direction: CommonSortingDirectionEnum | str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        index: int | None | Unset = UNSET,
        encounter_status: Sequence[InteractionsEncounterStatusEnum | str]
        | InteractionsEncounterStatusEnum
        | str
        | None
        | Unset = UNSET,
        patient: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[InteractionsListResponse]:
        """List interactions: the raw answer (headers, attempts, `.parse()`).

        One page of the tenant's interactions, sorted and filtered. There is no total and no cursor: the
        next page is `index + 1`, and a page shorter than `pageSize` is the last.

        Args:
            sort: The field to sort by; `patient` sorts by the patient's identifier. Default: 'createdAt'.
            direction: The sort direction. Default: 'desc'.
            page_size: How many interactions per page. Default: 10.
            index: The 1-based page number (`index=2` with `pageSize=10` is items 11-20). Default: 1.
            encounter_status: Only interactions whose encounter has one of these statuses.
            patient: Only interactions of the patient with this identifier.

        `GET /interactions/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _interactions_list.OPERATION,
            (),
            {
                "sort": sort,
                "direction": direction,
                "page_size": page_size,
                "index": index,
                "encounter_status": encounter_status,
                "patient": patient,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        encounter: InteractionsEncounterCreateRequest | Mapping[str, Any],
        assigned_user_id: UUID | str | None | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[InteractionsCreateResponse]:
        """Create an interaction: the raw answer (headers, attempts, `.parse()`).

        Creates an interaction for an encounter and answers its id and the websocket URL to stream to.
        Left out or null, `assignedUserId` is set by the service. Not idempotent: sending it twice
        creates two interactions.

        Args:
            encounter: The encounter the interaction is for.
            assigned_user_id: The unique identifier of the medical professional responsible for this interaction.
                If nulled or left out, automatically set to a uuid.
            patient: Patient-related updates.

        `POST /interactions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return self._runtime.request(
            _interactions_create.OPERATION,
            (),
            {},
            {
                "encounter": encounter,
                "assigned_user_id": assigned_user_id,
                "patient": patient,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[InteractionsGetResponse]:
        """Get an interaction: the raw answer (headers, attempts, `.parse()`).

        The whole interaction.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _interactions_get.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete an interaction: the raw answer (headers, attempts, `.parse()`).

        Deletes the interaction; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _interactions_delete.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        interaction_id: UUID | str,
        *,
        assigned_user_id: UUID | str | None | Unset = UNSET,
        encounter: InteractionsEncounterUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[InteractionsGetResponse]:
        """Update an interaction: the raw answer (headers, attempts, `.parse()`).

        Merges the given fields into the interaction. Fields left out are unchanged; nullable fields
        sent as `null` are cleared, and `assignedUserId: null` makes the service assign a new UUID. An
        empty object is a valid no-op update. Sending the same update twice gives the same result
        (`x-idempotent`), which is why clients may retry it.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            assigned_user_id: The unique identifier of the medical professional responsible for this interaction.
                If nulled, automatically set to a uuid.
            encounter: Details of the encounter being updated.
            patient: Patient-related updates.

        `PATCH /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _interactions_update.OPERATION,
            (interaction_id,),
            {},
            {
                "assigned_user_id": assigned_user_id,
                "encounter": encounter,
                "patient": patient,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncInteractions:
    """`client.interactions` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncInteractionsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "interactions", name, {})

    def list(
        self,
        *,
        sort: InteractionsListRequestSort | str | None | Unset = UNSET,
        direction: CommonSortingDirectionEnum | str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        index: int | None | Unset = UNSET,
        encounter_status: Sequence[InteractionsEncounterStatusEnum | str]
        | InteractionsEncounterStatusEnum
        | str
        | None
        | Unset = UNSET,
        patient: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[_interactions_list.AsyncInteractionsListPage, InteractionsGetResponse]:
        """List interactions.

        One page of the tenant's interactions, sorted and filtered. There is no total and no cursor: the
        next page is `index + 1`, and a page shorter than `pageSize` is the last.

        Args:
            sort: The field to sort by; `patient` sorts by the patient's identifier. Default: 'createdAt'.
            direction: The sort direction. Default: 'desc'.
            page_size: How many interactions per page. Default: 10.
            index: The 1-based page number (`index=2` with `pageSize=10` is items 11-20). Default: 1.
            encounter_status: Only interactions whose encounter has one of these statuses.
            patient: Only interactions of the patient with this identifier.

        `GET /interactions/`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "AsyncPaginator[_interactions_list.AsyncInteractionsListPage, InteractionsGetResponse]",
            self._runtime.paginate(
                _interactions_list.OPERATION,
                (),
                {
                    "sort": sort,
                    "direction": direction,
                    "page_size": page_size,
                    "index": index,
                    "encounter_status": encounter_status,
                    "patient": patient,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    async def create(
        self,
        *,
        encounter: InteractionsEncounterCreateRequest | Mapping[str, Any],
        assigned_user_id: UUID | str | None | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> InteractionsCreateResponse:
        """Create an interaction.

        Creates an interaction for an encounter and answers its id and the websocket URL to stream to.
        Left out or null, `assignedUserId` is set by the service. Not idempotent: sending it twice
        creates two interactions.

        Args:
            encounter: The encounter the interaction is for.
            assigned_user_id: The unique identifier of the medical professional responsible for this interaction.
                If nulled or left out, automatically set to a uuid.
            patient: Patient-related updates.

        `POST /interactions/`; retried only where it surely did not reach the service (not idempotent).
        """
        raw = await self._runtime.request(
            _interactions_create.OPERATION,
            (),
            {},
            {
                "encounter": encounter,
                "assigned_user_id": assigned_user_id,
                "patient": patient,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> InteractionsGetResponse:
        """Get an interaction.

        The whole interaction.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _interactions_get.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def delete(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete an interaction.

        Deletes the interaction; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _interactions_delete.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update(
        self,
        interaction_id: UUID | str,
        *,
        assigned_user_id: UUID | str | None | Unset = UNSET,
        encounter: InteractionsEncounterUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> InteractionsGetResponse:
        """Update an interaction.

        Merges the given fields into the interaction. Fields left out are unchanged; nullable fields
        sent as `null` are cleared, and `assignedUserId: null` makes the service assign a new UUID. An
        empty object is a valid no-op update. Sending the same update twice gives the same result
        (`x-idempotent`), which is why clients may retry it.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            assigned_user_id: The unique identifier of the medical professional responsible for this interaction.
                If nulled, automatically set to a uuid.
            encounter: Details of the encounter being updated.
            patient: Patient-related updates.

        `PATCH /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _interactions_update.OPERATION,
            (interaction_id,),
            {},
            {
                "assigned_user_id": assigned_user_id,
                "encounter": encounter,
                "patient": patient,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def update_many(
        self,
        items: Iterable[BulkItem],
        *,
        concurrency: int | NotGiven = NOT_GIVEN,
        on_result: Callable[[BulkResult[InteractionsGetResponse]], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> BulkSummary:
        """Update an interaction, for many: one `update()` per item.

        Args:
            items: `(interaction_id, fields)` pairs, or mappings with `id` (or `interaction_id`) and the
                fields (the keyword arguments of `update()`, or their JSON names); read lazily.
            concurrency: how many calls at once (default 16). Items for the same id are sent
                one at a time, in input order.
            on_result: called with each item's `BulkResult` (its input `index`, and the
                answer or the typed error), in completion order.

        One failed item never stops the rest; a 429 with `Retry-After` makes every call wait.
        Each call is retried as `update()` is (idempotent). After an item for an id
        fails in a way a later run could fix (5xx, 429, a timeout), the later items for that id
        are not sent: they report `HeldBackError`, so their order holds. Returns the counts.
        """
        return await self._runtime.bulk(
            _interactions_update.OPERATION,
            items,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, None),
            concurrency=concurrency,
            on_result=on_result,
        )


class AsyncInteractionsWithRawResponse:
    """`client.interactions.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        sort: InteractionsListRequestSort | str | None | Unset = UNSET,
        direction: CommonSortingDirectionEnum | str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        index: int | None | Unset = UNSET,
        encounter_status: Sequence[InteractionsEncounterStatusEnum | str]
        | InteractionsEncounterStatusEnum
        | str
        | None
        | Unset = UNSET,
        patient: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[InteractionsListResponse]:
        """List interactions: the raw answer (headers, attempts, `.parse()`).

        One page of the tenant's interactions, sorted and filtered. There is no total and no cursor: the
        next page is `index + 1`, and a page shorter than `pageSize` is the last.

        Args:
            sort: The field to sort by; `patient` sorts by the patient's identifier. Default: 'createdAt'.
            direction: The sort direction. Default: 'desc'.
            page_size: How many interactions per page. Default: 10.
            index: The 1-based page number (`index=2` with `pageSize=10` is items 11-20). Default: 1.
            encounter_status: Only interactions whose encounter has one of these statuses.
            patient: Only interactions of the patient with this identifier.

        `GET /interactions/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _interactions_list.OPERATION,
            (),
            {
                "sort": sort,
                "direction": direction,
                "page_size": page_size,
                "index": index,
                "encounter_status": encounter_status,
                "patient": patient,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        encounter: InteractionsEncounterCreateRequest | Mapping[str, Any],
        assigned_user_id: UUID | str | None | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[InteractionsCreateResponse]:
        """Create an interaction: the raw answer (headers, attempts, `.parse()`).

        Creates an interaction for an encounter and answers its id and the websocket URL to stream to.
        Left out or null, `assignedUserId` is set by the service. Not idempotent: sending it twice
        creates two interactions.

        Args:
            encounter: The encounter the interaction is for.
            assigned_user_id: The unique identifier of the medical professional responsible for this interaction.
                If nulled or left out, automatically set to a uuid.
            patient: Patient-related updates.

        `POST /interactions/`; retried only where it surely did not reach the service (not idempotent).
        """
        return await self._runtime.request(
            _interactions_create.OPERATION,
            (),
            {},
            {
                "encounter": encounter,
                "assigned_user_id": assigned_user_id,
                "patient": patient,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[InteractionsGetResponse]:
        """Get an interaction: the raw answer (headers, attempts, `.parse()`).

        The whole interaction.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `GET /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _interactions_get.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        interaction_id: UUID | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete an interaction: the raw answer (headers, attempts, `.parse()`).

        Deletes the interaction; a later get answers 404.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.

        `DELETE /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _interactions_delete.OPERATION,
            (interaction_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        interaction_id: UUID | str,
        *,
        assigned_user_id: UUID | str | None | Unset = UNSET,
        encounter: InteractionsEncounterUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[InteractionsGetResponse]:
        """Update an interaction: the raw answer (headers, attempts, `.parse()`).

        Merges the given fields into the interaction. Fields left out are unchanged; nullable fields
        sent as `null` are cleared, and `assignedUserId: null` makes the service assign a new UUID. An
        empty object is a valid no-op update. Sending the same update twice gives the same result
        (`x-idempotent`), which is why clients may retry it.

        Args:
            interaction_id: The unique identifier of the interaction. Must be a valid UUID.
            assigned_user_id: The unique identifier of the medical professional responsible for this interaction.
                If nulled, automatically set to a uuid.
            encounter: Details of the encounter being updated.
            patient: Patient-related updates.

        `PATCH /interactions/{interaction_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _interactions_update.OPERATION,
            (interaction_id,),
            {},
            {
                "assigned_user_id": assigned_user_id,
                "encounter": encounter,
                "patient": patient,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
