"""`client.agentic_registry_connectors`: the `agentic_registry_connectors` operations of the spec, sync and async, plain and raw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models import AgenticRegistryConnector, AgenticRegistryConnectorsListResponse
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
from . import agentic_registry_connectors_get as _agentic_registry_connectors_get
from . import agentic_registry_connectors_list as _agentic_registry_connectors_list

__all__ = [
    "AsyncAgenticRegistryConnectors",
    "AsyncAgenticRegistryConnectorsWithRawResponse",
    "AgenticRegistryConnectors",
    "AgenticRegistryConnectorsWithRawResponse",
]


class AgenticRegistryConnectors:
    """`client.agentic.registry.connectors` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AgenticRegistryConnectorsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.registry.connectors", name, {})

    def list(
        self,
        *,
        q: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> _agentic_registry_connectors_list.AgenticRegistryConnectorsListPage:
        """List registry connectors.

        B30; `q` is not yet implemented.

        Args:
            q: A search text.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/registry/connectors`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "_agentic_registry_connectors_list.AgenticRegistryConnectorsListPage",
            self._runtime.paginate(
                _agentic_registry_connectors_list.OPERATION,
                (),
                {
                    "q": q,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    def get(
        self,
        connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticRegistryConnector:
        """Get a registry connector.

        B31.

        Args:
            connector_id: A registry connector's id, a slug such as `pubmed-expert`.

        `GET /agentic/registry/connectors/{connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_registry_connectors_get.OPERATION,
            (connector_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        ).parse()


class AgenticRegistryConnectorsWithRawResponse:
    """`client.agentic_registry_connectors.with_raw_response` of a sync client."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        q: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticRegistryConnectorsListResponse]:
        """List registry connectors: the raw answer (headers, attempts, `.parse()`).

        B30; `q` is not yet implemented.

        Args:
            q: A search text.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/registry/connectors`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_registry_connectors_list.OPERATION,
            (),
            {
                "q": q,
                "page_size": page_size,
                "page_token": page_token,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticRegistryConnector]:
        """Get a registry connector: the raw answer (headers, attempts, `.parse()`).

        B31.

        Args:
            connector_id: A registry connector's id, a slug such as `pubmed-expert`.

        `GET /agentic/registry/connectors/{connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return self._runtime.request(
            _agentic_registry_connectors_get.OPERATION,
            (connector_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncAgenticRegistryConnectors:
    """`client.agentic.registry.connectors` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.with_raw_response = AsyncAgenticRegistryConnectorsWithRawResponse(runtime)
        """The same methods, returning the raw answer (`RawResponse`)."""

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.registry.connectors", name, {})

    def list(
        self,
        *,
        q: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[
        _agentic_registry_connectors_list.AsyncAgenticRegistryConnectorsListPage, AgenticRegistryConnector
    ]:
        """List registry connectors.

        B30; `q` is not yet implemented.

        Args:
            q: A search text.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/registry/connectors`; retried after timeouts and 5xx (idempotent).
        """
        return cast(
            "AsyncPaginator[_agentic_registry_connectors_list.AsyncAgenticRegistryConnectorsListPage, AgenticRegistryConnector]",
            self._runtime.paginate(
                _agentic_registry_connectors_list.OPERATION,
                (),
                {
                    "q": q,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                None,
                RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
        )

    async def get(
        self,
        connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AgenticRegistryConnector:
        """Get a registry connector.

        B31.

        Args:
            connector_id: A registry connector's id, a slug such as `pubmed-expert`.

        `GET /agentic/registry/connectors/{connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        raw = await self._runtime.request(
            _agentic_registry_connectors_get.OPERATION,
            (connector_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return raw.parse()


class AsyncAgenticRegistryConnectorsWithRawResponse:
    """`client.agentic_registry_connectors.with_raw_response` of an async client."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        q: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_token: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticRegistryConnectorsListResponse]:
        """List registry connectors: the raw answer (headers, attempts, `.parse()`).

        B30; `q` is not yet implemented.

        Args:
            q: A search text.
            page_size: How many per page (the server's default when left out).
            page_token: The `nextPageToken` of the previous page.

        `GET /agentic/registry/connectors`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_registry_connectors_list.OPERATION,
            (),
            {
                "q": q,
                "page_size": page_size,
                "page_token": page_token,
            },
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        connector_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[AgenticRegistryConnector]:
        """Get a registry connector: the raw answer (headers, attempts, `.parse()`).

        B31.

        Args:
            connector_id: A registry connector's id, a slug such as `pubmed-expert`.

        `GET /agentic/registry/connectors/{connector_id}`; retried after timeouts and 5xx (idempotent).
        """
        return await self._runtime.request(
            _agentic_registry_connectors_get.OPERATION,
            (connector_id,),
            {},
            None,
            RequestOptions(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
