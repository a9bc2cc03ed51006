"""`client.codes`: the `codes` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models import (
    CodesFilter,
    CodesGeneralPredictRequest,
    CodesGeneralResponse,
    CommonCodingSystemEnum,
    CommonDocumentIdContext,
    CommonTextContext,
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
from . import codes_predict as _codes_predict

__all__ = ["AsyncCodes", "AsyncCodesWithRawResponse", "Codes", "CodesWithRawResponse"]


class Codes:
    """`client.codes` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = CodesWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "codes", name, {})

    def predict(
        self,
        *,
        system: Sequence[CommonCodingSystemEnum | str],
        context: Sequence[CommonTextContext | Mapping[str, Any] | CommonDocumentIdContext],
        filter_: CodesFilter | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CodesGeneralResponse:
        """Predict codes.

        Predicts medical codes (ICD-10-CM inpatient or outpatient, ICD-10-PCS, CPT, SNOMED CT and the
        other systems of `CommonCodingSystemEnum`) from a context of texts or a document id; several
        systems in one request. Stateless: nothing is stored, but each call is billed (`usageInfo`).
        `codes` holds the confident predictions, `candidates` lower-confidence ones; each evidence's
        `contextIndex` points into the request's `context`. Treated as idempotent (inferred: it stores
        nothing, so sending it again only costs credits).

        Args:
            system: The coding systems to predict in; at least one (the service refuses an empty list;
                the docs' upper bounds disagree, so none is checked here).
            context: Texts or document ids to predict from; evidence `contextIndex` values point into
                this list.
            filter_: Restricts the predicted codes: the `include` set (all codes when empty) minus the
                `exclude` set. Corti's next release (unmerged) turns the items into condition
                objects and drops `expand`; this is the released (SDK 5) form.

        `POST /tools/coding/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _codes_predict.OPERATION,
            (),
            {},
            {
                "system": system,
                "context": context,
                "filter_": filter_,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class CodesWithRawResponse:
    """`client.codes.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def predict(
        self,
        *,
        system: Sequence[CommonCodingSystemEnum | str],
        context: Sequence[CommonTextContext | Mapping[str, Any] | CommonDocumentIdContext],
        filter_: CodesFilter | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CodesGeneralResponse]:
        """Predict codes: the raw answer (headers, attempts, `.parse()`).

        Predicts medical codes (ICD-10-CM inpatient or outpatient, ICD-10-PCS, CPT, SNOMED CT and the
        other systems of `CommonCodingSystemEnum`) from a context of texts or a document id; several
        systems in one request. Stateless: nothing is stored, but each call is billed (`usageInfo`).
        `codes` holds the confident predictions, `candidates` lower-confidence ones; each evidence's
        `contextIndex` points into the request's `context`. Treated as idempotent (inferred: it stores
        nothing, so sending it again only costs credits).

        Args:
            system: The coding systems to predict in; at least one (the service refuses an empty list;
                the docs' upper bounds disagree, so none is checked here).
            context: Texts or document ids to predict from; evidence `contextIndex` values point into
                this list.
            filter_: Restricts the predicted codes: the `include` set (all codes when empty) minus the
                `exclude` set. Corti's next release (unmerged) turns the items into condition
                objects and drops `expand`; this is the released (SDK 5) form.

        `POST /tools/coding/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _codes_predict.OPERATION,
            (),
            {},
            {
                "system": system,
                "context": context,
                "filter_": filter_,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncCodes:
    """`client.codes` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncCodesWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "codes", name, {})

    async def predict(
        self,
        *,
        system: Sequence[CommonCodingSystemEnum | str],
        context: Sequence[CommonTextContext | Mapping[str, Any] | CommonDocumentIdContext],
        filter_: CodesFilter | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CodesGeneralResponse:
        """Predict codes.

        Predicts medical codes (ICD-10-CM inpatient or outpatient, ICD-10-PCS, CPT, SNOMED CT and the
        other systems of `CommonCodingSystemEnum`) from a context of texts or a document id; several
        systems in one request. Stateless: nothing is stored, but each call is billed (`usageInfo`).
        `codes` holds the confident predictions, `candidates` lower-confidence ones; each evidence's
        `contextIndex` points into the request's `context`. Treated as idempotent (inferred: it stores
        nothing, so sending it again only costs credits).

        Args:
            system: The coding systems to predict in; at least one (the service refuses an empty list;
                the docs' upper bounds disagree, so none is checked here).
            context: Texts or document ids to predict from; evidence `contextIndex` values point into
                this list.
            filter_: Restricts the predicted codes: the `include` set (all codes when empty) minus the
                `exclude` set. Corti's next release (unmerged) turns the items into condition
                objects and drops `expand`; this is the released (SDK 5) form.

        `POST /tools/coding/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _codes_predict.OPERATION,
            (),
            {},
            {
                "system": system,
                "context": context,
                "filter_": filter_,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncCodesWithRawResponse:
    """`client.codes.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def predict(
        self,
        *,
        system: Sequence[CommonCodingSystemEnum | str],
        context: Sequence[CommonTextContext | Mapping[str, Any] | CommonDocumentIdContext],
        filter_: CodesFilter | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[CodesGeneralResponse]:
        """Predict codes: the raw answer (headers, attempts, `.parse()`).

        Predicts medical codes (ICD-10-CM inpatient or outpatient, ICD-10-PCS, CPT, SNOMED CT and the
        other systems of `CommonCodingSystemEnum`) from a context of texts or a document id; several
        systems in one request. Stateless: nothing is stored, but each call is billed (`usageInfo`).
        `codes` holds the confident predictions, `candidates` lower-confidence ones; each evidence's
        `contextIndex` points into the request's `context`. Treated as idempotent (inferred: it stores
        nothing, so sending it again only costs credits).

        Args:
            system: The coding systems to predict in; at least one (the service refuses an empty list;
                the docs' upper bounds disagree, so none is checked here).
            context: Texts or document ids to predict from; evidence `contextIndex` values point into
                this list.
            filter_: Restricts the predicted codes: the `include` set (all codes when empty) minus the
                `exclude` set. Corti's next release (unmerged) turns the items into condition
                objects and drops `expand`; this is the released (SDK 5) form.

        `POST /tools/coding/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _codes_predict.OPERATION,
            (),
            {},
            {
                "system": system,
                "context": context,
                "filter_": filter_,
            },
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
