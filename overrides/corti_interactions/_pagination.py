"""Pages of a listing (`Operation.pagination`): this page's items, and the walk to the next.

The walk advances the 1-based page index. The client always sends the page size (the
spec's default when the caller gives none), so it knows the size every page was asked
for: a page shorter than that is the last, and no request is spent on an empty page after
it. (Corti's own SDKs stop only after an empty page.)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from corti_interactions_api.types import UNSET, Operation, Pagination, RequestOptions, Unset

if TYPE_CHECKING:
    from ._response import RawResponse
    from ._runtime import AsyncRuntime, SyncRuntime

__all__ = ["AsyncPage", "SyncPage"]

ItemT = TypeVar("ItemT")


class _Page(Generic[ItemT]):
    """What both page kinds share: the parsed page, the position, the next page's query."""

    __slots__ = ("_body", "_index", "_operation", "_options", "_path", "_query", "_response", "_size", "raw")

    def __init__(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: dict[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
        raw: RawResponse[Any],
    ) -> None:
        self._operation, self._path, self._query, self._body, self._options = (
            operation,
            path,
            query,
            body,
            options,
        )
        paging = self._paging
        self._index = int(query[paging.page])  # type: ignore[call-overload]
        self._size = int(query[paging.size])  # type: ignore[call-overload]
        self.raw = raw
        """This page's HTTP answer."""
        self._response = raw.parse()

    @property
    def _paging(self) -> Pagination:
        paging = self._operation.pagination
        assert paging is not None  # noqa: S101 - only paginated operations make pages
        return paging

    @staticmethod
    def _first_query(operation: Operation[Any], query: Mapping[str, object]) -> dict[str, object]:
        """The caller's query with the page index and size filled in (the spec's defaults)."""
        paging = operation.pagination
        if paging is None:
            raise TypeError(f"{operation.name} is not a paginated operation")
        filled = dict(query)
        for param in operation.query_params:
            if param.name in (paging.page, paging.size) and isinstance(filled.get(param.name, UNSET), Unset):
                filled[param.name] = 1 if isinstance(param.default, Unset) else param.default
        return filled

    @property
    def items(self) -> list[ItemT]:
        """The items on this page."""
        items: list[ItemT] = getattr(self._response, self._paging.items)
        return items

    def has_next_page(self) -> bool:
        """False once a page is shorter than the page size (or empty): the last one."""
        more: bool = len(self.items) >= self._size > 0
        return more

    def _next_query(self) -> dict[str, object]:
        if not self.has_next_page():
            raise RuntimeError("no next page: this page is the last (see has_next_page())")
        return {**self._query, self._paging.page: self._index + 1}

    def __getattr__(self, name: str) -> Any:
        # The response's own fields (`page.interactions`), as the generated page types declare.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._response, name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._operation.name} index={self._index} items={len(self.items)}>"


class SyncPage(_Page[ItemT]):
    """A page of a sync listing; iterating it walks every item of this and the later pages."""

    __slots__ = ("_runtime",)

    def __init__(self, runtime: SyncRuntime, *args: Any) -> None:
        super().__init__(*args)
        self._runtime = runtime

    @classmethod
    def first(
        cls,
        runtime: SyncRuntime,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> SyncPage[Any]:
        """Fetch the first page (the caller's `index`, or 1)."""
        filled = cls._first_query(operation, query)
        raw = runtime.request(operation, path, filled, body, options)
        return cls(runtime, operation, path, filled, body, options, raw)

    def get_next_page(self) -> Self:
        """Fetch the next page (`RuntimeError` if this one is the last)."""
        query = self._next_query()
        raw = self._runtime.request(self._operation, self._path, query, self._body, self._options)
        return type(self)(self._runtime, self._operation, self._path, query, self._body, self._options, raw)

    def iter_pages(self) -> Iterator[Self]:
        """This page and every later one."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[ItemT]):
    """A page of an async listing; `async for` walks every item of this and the later pages."""

    __slots__ = ("_runtime",)

    def __init__(self, runtime: AsyncRuntime, *args: Any) -> None:
        super().__init__(*args)
        self._runtime = runtime

    @classmethod
    async def first(
        cls,
        runtime: AsyncRuntime,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> AsyncPage[Any]:
        """Fetch the first page (the caller's `index`, or 1)."""
        filled = cls._first_query(operation, query)
        raw = await runtime.request(operation, path, filled, body, options)
        return cls(runtime, operation, path, filled, body, options, raw)

    async def get_next_page(self) -> Self:
        """Fetch the next page (`RuntimeError` if this one is the last)."""
        query = self._next_query()
        raw = await self._runtime.request(self._operation, self._path, query, self._body, self._options)
        return type(self)(self._runtime, self._operation, self._path, query, self._body, self._options, raw)

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every later one."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
