"""`client.templates`: the `templates` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...models import TemplatesItem, TemplatesListResponse, TemplatesSectionListResponse
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
from . import templates_get as _templates_get
from . import templates_list as _templates_list
from . import templates_section_list as _templates_section_list

__all__ = ["AsyncTemplates", "AsyncTemplatesWithRawResponse", "Templates", "TemplatesWithRawResponse"]


class Templates:
    """`client.templates` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = TemplatesWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "templates", name, {})

    def list(
        self,
        *,
        org: Sequence[str] | str | None | Unset = UNSET,
        lang: Sequence[str] | str | None | Unset = UNSET,
        status: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemplatesListResponse:
        """List templates.

        The document templates of the catalog, filtered by organisation, language and status.

        Args:
            org: Only those of these organisations (repeat for several).
            lang: Only those in these languages, e.g. `en` (repeat for several).
            status: Only templates with one of these statuses (e.g. `published`, `draft`).

        `GET /templates/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _templates_list.OPERATION,
            (),
            {
                "org": org,
                "lang": lang,
                "status": status,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def get(
        self,
        key: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemplatesItem:
        """Get a template.

        One template of the catalog, by key, with its sections in order.

        Args:
            key: The key of the template.

        `GET /templates/{key}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _templates_get.OPERATION,
            (key,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()

    def section_list(
        self,
        *,
        org: Sequence[str] | str | None | Unset = UNSET,
        lang: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemplatesSectionListResponse:
        """List template sections.

        The sections templates are made of, filtered by organisation and language.

        Args:
            org: Only those of these organisations (repeat for several).
            lang: Only those in these languages, e.g. `en` (repeat for several).

        `GET /templateSections/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _templates_section_list.OPERATION,
            (),
            {
                "org": org,
                "lang": lang,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class TemplatesWithRawResponse:
    """`client.templates.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        org: Sequence[str] | str | None | Unset = UNSET,
        lang: Sequence[str] | str | None | Unset = UNSET,
        status: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TemplatesListResponse]:
        """List templates: the raw answer (headers, attempts, `.parse()`).

        The document templates of the catalog, filtered by organisation, language and status.

        Args:
            org: Only those of these organisations (repeat for several).
            lang: Only those in these languages, e.g. `en` (repeat for several).
            status: Only templates with one of these statuses (e.g. `published`, `draft`).

        `GET /templates/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _templates_list.OPERATION,
            (),
            {
                "org": org,
                "lang": lang,
                "status": status,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        key: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TemplatesItem]:
        """Get a template: the raw answer (headers, attempts, `.parse()`).

        One template of the catalog, by key, with its sections in order.

        Args:
            key: The key of the template.

        `GET /templates/{key}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _templates_get.OPERATION,
            (key,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def section_list(
        self,
        *,
        org: Sequence[str] | str | None | Unset = UNSET,
        lang: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TemplatesSectionListResponse]:
        """List template sections: the raw answer (headers, attempts, `.parse()`).

        The sections templates are made of, filtered by organisation and language.

        Args:
            org: Only those of these organisations (repeat for several).
            lang: Only those in these languages, e.g. `en` (repeat for several).

        `GET /templateSections/`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _templates_section_list.OPERATION,
            (),
            {
                "org": org,
                "lang": lang,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncTemplates:
    """`client.templates` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncTemplatesWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "templates", name, {})

    async def list(
        self,
        *,
        org: Sequence[str] | str | None | Unset = UNSET,
        lang: Sequence[str] | str | None | Unset = UNSET,
        status: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemplatesListResponse:
        """List templates.

        The document templates of the catalog, filtered by organisation, language and status.

        Args:
            org: Only those of these organisations (repeat for several).
            lang: Only those in these languages, e.g. `en` (repeat for several).
            status: Only templates with one of these statuses (e.g. `published`, `draft`).

        `GET /templates/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _templates_list.OPERATION,
            (),
            {
                "org": org,
                "lang": lang,
                "status": status,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def get(
        self,
        key: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemplatesItem:
        """Get a template.

        One template of the catalog, by key, with its sections in order.

        Args:
            key: The key of the template.

        `GET /templates/{key}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _templates_get.OPERATION,
            (key,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()

    async def section_list(
        self,
        *,
        org: Sequence[str] | str | None | Unset = UNSET,
        lang: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemplatesSectionListResponse:
        """List template sections.

        The sections templates are made of, filtered by organisation and language.

        Args:
            org: Only those of these organisations (repeat for several).
            lang: Only those in these languages, e.g. `en` (repeat for several).

        `GET /templateSections/`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _templates_section_list.OPERATION,
            (),
            {
                "org": org,
                "lang": lang,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncTemplatesWithRawResponse:
    """`client.templates.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        org: Sequence[str] | str | None | Unset = UNSET,
        lang: Sequence[str] | str | None | Unset = UNSET,
        status: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TemplatesListResponse]:
        """List templates: the raw answer (headers, attempts, `.parse()`).

        The document templates of the catalog, filtered by organisation, language and status.

        Args:
            org: Only those of these organisations (repeat for several).
            lang: Only those in these languages, e.g. `en` (repeat for several).
            status: Only templates with one of these statuses (e.g. `published`, `draft`).

        `GET /templates/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _templates_list.OPERATION,
            (),
            {
                "org": org,
                "lang": lang,
                "status": status,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        key: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TemplatesItem]:
        """Get a template: the raw answer (headers, attempts, `.parse()`).

        One template of the catalog, by key, with its sections in order.

        Args:
            key: The key of the template.

        `GET /templates/{key}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _templates_get.OPERATION,
            (key,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def section_list(
        self,
        *,
        org: Sequence[str] | str | None | Unset = UNSET,
        lang: Sequence[str] | str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[TemplatesSectionListResponse]:
        """List template sections: the raw answer (headers, attempts, `.parse()`).

        The sections templates are made of, filtered by organisation and language.

        Args:
            org: Only those of these organisations (repeat for several).
            lang: Only those in these languages, e.g. `en` (repeat for several).

        `GET /templateSections/`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _templates_section_list.OPERATION,
            (),
            {
                "org": org,
                "lang": lang,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
