"""Pages of a listing (`Operation.pagination`): this page's items, and the walk to the next.

The walk advances the 1-based page index. The client always sends the page size (the
spec's default when the caller gives none), so it knows the size every page was asked
for: a page shorter than that is the last, and no request is spent on an empty page after
it. (Corti's own SDKs stop only after an empty page.) A service that silently capped the
page size below the one asked for would end the walk early; Corti documents no cap.

A walk over a set that changes while it runs. Pages are offsets (`index` times the size)
into the set as it is when each page is asked for, so:

- an item created meanwhile (default order `createdAt desc`) shifts the later pages by
  one: the walk would meet an item a second time. It yields each id once (the id field is
  `x-pagination.id` in the spec), at the cost of one set entry per id for the walk's life;
- an item deleted meanwhile, or one that leaves the filter (a run that changes what it
  lists by), shifts them the other way: an item that existed all along can be missed, and
  nothing can tell. A walk is a view, not a snapshot. To change what a listing filters
  on, read the listing to the end first (`list(page)`); a bulk run (`<method>_many()`)
  given a walk, or a generator over one, reads it to the end before it sends anything;
- a page with the same items as the one before (a service or a cache that ignores the
  index) stops the walk with `APIResponseValidationError` instead of looping forever.

A cursor instead (`x-pagination.token`, the agentic API's `pageToken`): the answer's `next`
field (`nextPageToken`) is sent back as the token, until it is null or empty. A cursor does
not shift, so the page size is sent only when the caller gives one; a token that repeats the
one it was answered for stops the walk as a repeated page does.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import AsyncIterator, Generator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Self, TypeVar

from corti_interactions_api.types import UNSET, Operation, Pagination, RequestOptions, Unset

if TYPE_CHECKING:
    from ._response import RawResponse
    from ._types import AsyncRequester, SyncRequester

__all__ = ["AsyncPage", "AsyncPaginator", "Call", "SyncPage", "reading_bulk_input"]

ItemT = TypeVar("ItemT")

# Set while a bulk run reads its next item: a walk iterated then reads to its end first.
_BULK_INPUT: contextvars.ContextVar[bool] = contextvars.ContextVar("corti_bulk_input", default=False)


@contextlib.contextmanager
def reading_bulk_input() -> Iterator[None]:
    """While a bulk run reads its input: a walk read in here fetches every page before it
    yields its first item, so the run's changes cannot shift the pages still to come."""
    token = _BULK_INPUT.set(True)
    try:
        yield
    finally:
        _BULK_INPUT.reset(token)


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
        if paging.token:  # a cursor: the caller's token and size, if any, as given
            return self._replace(query=filled)
        for param in self.operation.query_params:
            given = filled.get(param.name, UNSET)
            if param.name in (paging.page, paging.size) and (given is None or isinstance(given, Unset)):
                filled[param.name] = 1 if isinstance(param.default, Unset) else param.default
        return self._replace(query=filled)


class _Page(Generic[ItemT]):
    """What both page kinds share: the parsed page, its position, the next page's call."""

    __slots__ = ("_call", "_index", "_response", "_size", "raw")

    def __init__(self, call: Call, raw: RawResponse[Any]) -> None:
        self._call = call
        paging = self._paging
        if paging.token:  # a cursor: the index only counts pages, for messages
            self._index = int(call.query.get("__page", 1))  # type: ignore[call-overload]
            self._size = 0
        else:
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

    def _next_token(self) -> str | None:
        paging = self._paging
        token = getattr(self._response, paging.next or "", None) if paging.token else None
        return token if isinstance(token, str) and token else None

    def has_next_page(self) -> bool:
        """False once a page is shorter than the page size (or empty): the last one; for a
        cursor, once the answer has no next token."""
        if self._paging.token:
            return self._next_token() is not None
        more: bool = len(self.items) >= self._size > 0
        return more

    def _keys(self) -> list[object]:
        """Each item's id (`x-pagination.id`), or the item itself where the spec names none."""
        field = self._paging.id
        return [str(getattr(item, field)) if field else item for item in self.items]

    def _next_call(self) -> Call:
        if not self.has_next_page():
            raise RuntimeError("no next page: this page is the last (see has_next_page())")
        paging = self._paging
        if paging.token:
            token = self._next_token()
            if token == self._call.query.get(paging.token):
                from ._exceptions import APIResponseValidationError

                raise APIResponseValidationError(
                    self.raw.http_response,
                    reason=f"page {self._index} answered the token it was asked with: the walk stopped",
                    body=None,
                )
            query = {**self._call.query, paging.token: token, "__page": self._index + 1}
            return self._call._replace(query=query)
        return self._call._replace(query={**self._call.query, paging.page: self._index + 1})

    def _check_follows(self, previous: _Page[Any]) -> None:
        """Refuse a page that repeats the one before it: the index was ignored, and walking
        on would ask for the same page forever."""
        keys = self._keys()
        if keys and keys == previous._keys():
            from ._exceptions import APIResponseValidationError

            raise APIResponseValidationError(
                self.raw.http_response,
                reason=(
                    f"page {self._index} has the same {len(keys)} items as page {previous._index}: "
                    "the service (or a cache before it) ignored the page index; the walk stopped"
                ),
                body=None,
            )

    def _unseen(self, seen: set[object]) -> list[ItemT]:
        """This page's items whose id is not in `seen` (a page shifted by a creation repeats
        one), adding theirs; every item where the spec names no id field."""
        if self._paging.id is None:
            return self.items
        fresh = []
        for item, key in zip(self.items, self._keys(), strict=True):
            if key not in seen:
                seen.add(key)
                fresh.append(item)
        return fresh

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
        """Fetch the next page (`RuntimeError` if this one is the last; `APIResponseValidationError`
        if it has the same items as this one)."""
        page = type(self)(self._runtime, self._next_call())
        page._check_follows(self)
        return page

    def iter_pages(self) -> Iterator[Self]:
        """This page and every later one."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        """Every item of this page and the later ones, each id once, fetched as needed (all of
        them before the first item when a bulk run reads the walk: see the module)."""
        pages: Iterable[SyncPage[ItemT]] = self.iter_pages()
        if _BULK_INPUT.get():
            pages = list(pages)
        seen: set[object] = set()
        for page in pages:
            yield from page._unseen(seen)


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
        """Fetch the next page (`RuntimeError` if this one is the last; `APIResponseValidationError`
        if it has the same items as this one)."""
        page = await self.fetch(self._runtime, self._next_call())
        page._check_follows(self)
        return page

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every later one."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        """Every item of this page and the later ones, each id once, fetched as needed."""
        seen: set[object] = set()
        async for page in self.iter_pages():
            for item in page._unseen(seen):
                yield item

    async def all(self) -> list[ItemT]:
        """Every item of the walk, read to its end (each id once)."""
        return [item async for item in self]


class AsyncPaginator(Generic[ItemT]):
    """What an async listing call returns: `await` it for the first page, or `async for`
    over it for every item of every page (as openai-python's and anthropic's do).

    Nothing is sent until it is awaited or iterated; each of those sends afresh.
    """

    __slots__ = ("_call", "_runtime")

    def __init__(self, runtime: AsyncRequester, call: Call) -> None:
        self._runtime = runtime
        self._call = call

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return AsyncPage[ItemT].fetch(self._runtime, self._call).__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page: AsyncPage[ItemT] = await self
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return f"<AsyncPaginator {self._call.operation.name}: await for the first page, async for the items>"
