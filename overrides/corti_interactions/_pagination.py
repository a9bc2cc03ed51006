"""Pages of a listing (`Operation.pagination`): this page's items, and the walk to the next.

The walk advances the 1-based page index. The client always sends the page size (the
spec's default when the caller gives none), so it knows the size every page was asked
for: a page shorter than that is the last, and no request is spent on an empty page after
it. (Corti's own SDKs stop only after an empty page.) A service that silently capped the
page size below the one asked for would end the walk early; Corti documents no cap.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Self, TypeVar

from corti_interactions_api.types import UNSET, Operation, Pagination, RequestOptions, Unset

if TYPE_CHECKING:
    from ._response import RawResponse
    from ._types import AsyncRequester, SyncRequester

__all__ = ["AsyncPage", "Call", "SyncPage"]

ItemT = TypeVar("ItemT")


class Call(NamedTuple):
    """A listing call: the operation and the arguments a page is fetched with."""

    operation: Operation[Any]
    path: tuple[object, ...]
    query: Mapping[str, object]
    body: Mapping[str, object] | None
    options: RequestOptions

    def first(self) -> Call:
        """The call for the first page: the caller's page index and size, else the spec's
        defaults (the size is always sent, so that a short page is known to be the last)."""
        paging = self.operation.pagination
        if paging is None:
            raise TypeError(f"{self.operation.name} is not a paginated operation")
        filled = dict(self.query)
        for param in self.operation.query_params:
            if param.name in (paging.page, paging.size) and isinstance(filled.get(param.name, UNSET), Unset):
                filled[param.name] = 1 if isinstance(param.default, Unset) else param.default
        return self._replace(query=filled)


class _Page(Generic[ItemT]):
    """What both page kinds share: the parsed page, its position, the next page's call."""

    __slots__ = ("_call", "_index", "_response", "_size", "raw")

    def __init__(self, call: Call, raw: RawResponse[Any]) -> None:
        self._call = call
        paging = self._paging
        self._index = int(call.query[paging.page])  # type: ignore[call-overload]
        self._size = int(call.query[paging.size])  # type: ignore[call-overload]
        self.raw = raw
        """This page's HTTP answer."""
        self._response = raw.parse()

    @property
    def _paging(self) -> Pagination:
        paging = self._call.operation.pagination
        assert paging is not None  # noqa: S101 - only paginated operations make pages
        return paging

    @property
    def items(self) -> list[ItemT]:
        """The items on this page."""
        items: list[ItemT] = getattr(self._response, self._paging.items)
        return items

    def has_next_page(self) -> bool:
        """False once a page is shorter than the page size (or empty): the last one."""
        more: bool = len(self.items) >= self._size > 0
        return more

    def _next_call(self) -> Call:
        if not self.has_next_page():
            raise RuntimeError("no next page: this page is the last (see has_next_page())")
        return self._call._replace(query={**self._call.query, self._paging.page: self._index + 1})

    def __getattr__(self, name: str) -> Any:
        # The response's own fields (`page.interactions`), as the generated page types declare.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._response, name)

    def __repr__(self) -> str:
        name = self._call.operation.name
        return f"<{type(self).__name__} {name} index={self._index} items={len(self.items)}>"


class SyncPage(_Page[ItemT]):
    """A page of a sync listing; iterating it walks every item of this and the later pages."""

    __slots__ = ("_runtime",)

    def __init__(self, runtime: SyncRequester, call: Call) -> None:
        super().__init__(call, runtime.request(*call))
        self._runtime = runtime

    def get_next_page(self) -> Self:
        """Fetch the next page (`RuntimeError` if this one is the last)."""
        return type(self)(self._runtime, self._next_call())

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

    def __init__(self, runtime: AsyncRequester, call: Call, raw: RawResponse[Any]) -> None:
        super().__init__(call, raw)
        self._runtime = runtime

    @classmethod
    async def fetch(cls, runtime: AsyncRequester, call: Call) -> Self:
        """Fetch the page `call` asks for."""
        return cls(runtime, call, await runtime.request(*call))

    async def get_next_page(self) -> Self:
        """Fetch the next page (`RuntimeError` if this one is the last)."""
        return await self.fetch(self._runtime, self._next_call())

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
