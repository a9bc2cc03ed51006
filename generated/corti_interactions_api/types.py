"""Types the generated package shares, and its contract with the runtime that runs it.

The resource classes (`api/<tag>/__init__.py`) describe each operation as data
(`Operation`) and hand it, with the caller's arguments, to a runtime: an object with the
methods of `SyncRuntime` or `AsyncRuntime`. The runtime checks the arguments, sends the
request, retries and parses the answer; this package never imports it.

What only raw-bytes bodies, bulk runs or real-time sockets need lives in `binary_types`,
`bulk_types` and `socket_types`, imported on first use of one of their names here (PEP 562),
so that importing the package does not pay for them.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Final,
    Generic,
    Literal,
    NamedTuple,
    Protocol,
    Self,
    TypeVar,
    runtime_checkable,
)

import httpx

if TYPE_CHECKING:
    from .binary_types import (
        AsyncBinaryInput as AsyncBinaryInput,
    )
    from .binary_types import (
        AsyncBinaryResponse as AsyncBinaryResponse,
    )
    from .binary_types import (
        BinaryBody as BinaryBody,
    )
    from .binary_types import (
        BinaryInput as BinaryInput,
    )
    from .binary_types import (
        BinaryResponse as BinaryResponse,
    )
    from .bulk_types import (
        BulkItem as BulkItem,
    )
    from .bulk_types import (
        BulkResult as BulkResult,
    )
    from .bulk_types import (
        BulkSummary as BulkSummary,
    )
    from .socket_types import (
        AsyncSocketRuntime as AsyncSocketRuntime,
    )
    from .socket_types import (
        AsyncSocketSession as AsyncSocketSession,
    )
    from .socket_types import (
        Reconnected as Reconnected,
    )
    from .socket_types import (
        SocketOptions as SocketOptions,
    )
    from .socket_types import (
        SyncSocketRuntime as SyncSocketRuntime,
    )
    from .socket_types import (
        SyncSocketSession as SyncSocketSession,
    )
    from .socket_types import (
        UnknownMessage as UnknownMessage,
    )
    from .socket_types import (
        WebSocket as WebSocket,
    )


class Unset:
    """The type of `UNSET`: a field or argument left out (not sent), unlike `None` (null)."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class NotGiven:
    """Marks an option left out, so the client's default applies (unlike `None`).

    >>> client.interactions.update(id, timeout=None)  # no timeout at all
    >>> client.interactions.update(id)                # the client's timeout
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
PageT_co = TypeVar("PageT_co", covariant=True)

Timeout = float | httpx.Timeout | None
"""Seconds, an `httpx.Timeout`, or `None` for no timeout at all."""


@dataclass(frozen=True, slots=True)
class Param:
    """A path or query parameter of an operation."""

    name: str  # the Python argument
    wire_name: str  # the name in the path template or the query string
    kind: type  # the value's type (an array's item type)
    is_array: bool = False  # sent as repeated keys: `a=1&a=2`
    default: object = UNSET  # the spec's default (a pager sends it for the page index and size)
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None  # a regular expression the value must contain a match of


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation pages: 1-based `page` index and `size` arguments, `items` attribute,
    and `id`, the items' attribute that identifies one (a walk yields each id once)."""

    page: str
    size: str
    items: str
    id: str | None = None


class BinaryContent:
    """Marks a success answer of raw bytes in `Operation.responses`: it parses to a `BinaryResponse`."""


@dataclass(frozen=True, slots=True)
class ContextSource:
    """`x-context-from`: one item of a body field made from another operation's listing
    (the command line's `--context-from NAME`)."""

    name: str  # the flag's value and the item's `type`
    field: str  # the body field (JSON name) the item goes into
    operation: str  # the listing's operationId; called with the same leading path parameters
    items: str  # the listing answer's array (JSON name)
    skip: str | None  # items whose field of this name is true are left out
    keep: tuple[str, ...]  # the fields of each item that are kept


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One operation of the spec, as data: everything a runtime needs to call it.

    `T` is the type of the parsed success answer (`None` for an answer without a body).
    """

    name: str  # the operationId
    summary: str
    method: str
    path: str  # with `{name}` placeholders (the Python names of `path_params`)
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body: type | None  # the request body's model
    responses: Mapping[int, type | None]  # success status -> model (None: no body)
    idempotent: bool  # safe to send again after a timeout or a 5xx
    pagination: Pagination | None = None
    bulk: bool = False  # `x-bulk`: also offered as `<method>_many()` and `--from FILE`
    body_forms: tuple[type, ...] = ()  # a `oneOf` body's models: the one the fields fit is sent
    binary_body: BinaryBody | None = None  # a raw-bytes body instead of JSON
    binary_response: bool = False  # a success answer is raw bytes (`BinaryContent`): Accept it
    context_from: tuple[ContextSource, ...] = ()  # `x-context-from`, for the command line


@dataclass(frozen=True, slots=True)
class Poll(Generic[T]):
    """`x-poll`: ask `status` until its answer's `field` is in `done` (then fetch `result`) or
    in `failed` (an error)."""

    status: Operation[Any]
    result: Operation[T]
    field: str  # the Python name of the status answer's field
    done: tuple[str, ...]
    failed: tuple[str, ...]


class RequestOptions(NamedTuple):
    """Per-call options every method takes."""

    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None | NotGiven = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None


@runtime_checkable
class RawResponse(Protocol[T_co]):
    """The HTTP answer of a call, with its typed result one `.parse()` away.

    >>> raw = client.interactions.with_raw_response.get(id)
    >>> raw.headers.get("x-ratelimit-remaining"), raw.request_id, raw.attempts
    >>> interaction = raw.parse()
    """

    @property
    def http_response(self) -> httpx.Response:
        """The final `httpx.Response`."""

    @property
    def status_code(self) -> int:
        """The final answer's HTTP status."""

    @property
    def headers(self) -> httpx.Headers:
        """The final answer's headers (rate-limit headers, request ids, ...)."""

    @property
    def request_id(self) -> str | None:
        """The service's `x-request-id` for this answer, for support."""

    @property
    def attempts(self) -> int:
        """How many times the request was sent (1 when it succeeded at once)."""

    @property
    def elapsed(self) -> float:
        """Seconds from the first attempt to the final answer, retries and waits included."""

    def parse(self) -> T_co:
        """The answer as the operation's model (`None` for an answer without a body)."""


@runtime_checkable
class SyncPage(Protocol[ItemT]):
    """One page of a listing; iterating it walks every item of this and the later pages."""

    @property
    def items(self) -> list[ItemT]:
        """The items on this page."""

    @property
    def raw(self) -> RawResponse[Any]:
        """This page's HTTP answer."""

    def has_next_page(self) -> bool:
        """False once a page is shorter than the page size (or empty): the last one."""

    def get_next_page(self) -> Self:
        """Fetch the next page (`RuntimeError` if this one is the last)."""

    def iter_pages(self) -> Iterator[Self]:
        """This page and every later one."""

    def __iter__(self) -> Iterator[ItemT]:
        """Every item of this page and the later ones, fetched as needed."""


@runtime_checkable
class AsyncPage(Protocol[ItemT]):
    """One page of a listing; `async for` walks every item of this and the later pages."""

    @property
    def items(self) -> list[ItemT]:
        """The items on this page."""

    @property
    def raw(self) -> RawResponse[Any]:
        """This page's HTTP answer."""

    def has_next_page(self) -> bool:
        """False once a page is shorter than the page size (or empty): the last one."""

    async def get_next_page(self) -> Self:
        """Fetch the next page (`RuntimeError` if this one is the last)."""

    def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every later one."""

    def __aiter__(self) -> AsyncIterator[ItemT]:
        """Every item of this page and the later ones, fetched as needed."""


@runtime_checkable
class AsyncPaginator(Protocol[PageT_co, ItemT_co]):
    """What an async listing call returns: `await` it for the first page, or `async for` over
    it for every item of every page.

    >>> page = await client.interactions.list()            # the first page
    >>> async for interaction in client.interactions.list():  # every item
    """

    def __await__(self) -> Generator[Any, None, PageT_co]:
        """Fetch the first page."""

    def __aiter__(self) -> AsyncIterator[ItemT_co]:
        """Every item of every page, fetched as needed."""


class SyncRuntime(Protocol):
    """What the sync resource classes call: check, send, retry, parse."""

    def request(
        self,
        operation: Operation[T],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> RawResponse[T]:
        """Send one request for `operation`; raise if it does not succeed."""

    def paginate(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> SyncPage[Any]:
        """Fetch the first page of a paginated `operation`."""

    def bulk(
        self,
        operation: Operation[T],
        items: Iterable[BulkItem],
        options: RequestOptions,
        *,
        concurrency: int | NotGiven,
        on_result: Callable[[BulkResult[T]], object] | None,
    ) -> BulkSummary:
        """Call a bulk `operation` once per item: bounded concurrency, one id at a time in input
        order, every item reported to `on_result` (in completion order, with its position)."""

    def stream(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> AbstractContextManager[BinaryResponse]:
        """Send a request of a raw-bytes `operation`; its body is read as iterated."""

    def poll(
        self, poll: Poll[T], path: tuple[object, ...], *, timeout: float, interval: float, options: RequestOptions
    ) -> T:
        """Ask `poll.status` until done (then fetch `poll.result`), failed or `timeout` seconds."""

    def start_and_poll(
        self,
        poll: Poll[T],
        start: Operation[Any],
        path: tuple[object, ...],
        body: Mapping[str, object] | None,
        *,
        start_id: str,
        timeout: float,
        interval: float,
        options: RequestOptions,
    ) -> T:
        """Call `start`, then poll with its answer's `start_id` field as the last path value."""


class AsyncRuntime(Protocol):
    """What the async resource classes call: check, send, retry, parse."""

    async def request(
        self,
        operation: Operation[T],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> RawResponse[T]:
        """Send one request for `operation`; raise if it does not succeed."""

    def paginate(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> AsyncPaginator[AsyncPage[Any], Any]:
        """A paginated `operation`'s listing: awaited, its first page; iterated, every item."""

    async def bulk(
        self,
        operation: Operation[T],
        items: Iterable[BulkItem],
        options: RequestOptions,
        *,
        concurrency: int | NotGiven,
        on_result: Callable[[BulkResult[T]], object] | None,
    ) -> BulkSummary:
        """Call a bulk `operation` once per item: bounded concurrency, one id at a time in input
        order, every item reported to `on_result` (in completion order, with its position)."""

    def stream(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> AbstractAsyncContextManager[AsyncBinaryResponse]:
        """Send a request of a raw-bytes `operation`; its body is read as iterated."""

    async def poll(
        self, poll: Poll[T], path: tuple[object, ...], *, timeout: float, interval: float, options: RequestOptions
    ) -> T:
        """Ask `poll.status` until done (then fetch `poll.result`), failed or `timeout` seconds."""

    async def start_and_poll(
        self,
        poll: Poll[T],
        start: Operation[Any],
        path: tuple[object, ...],
        body: Mapping[str, object] | None,
        *,
        start_id: str,
        timeout: float,
        interval: float,
        options: RequestOptions,
    ) -> T:
        """Call `start`, then poll with its answer's `start_id` field as the last path value."""


# Name -> the module of this package that defines it, imported when the name is first asked for.
_LAZY: Final[Mapping[str, str]] = {
    "AsyncBinaryInput": "binary_types",
    "AsyncBinaryResponse": "binary_types",
    "BinaryBody": "binary_types",
    "BinaryInput": "binary_types",
    "BinaryResponse": "binary_types",
    "BulkItem": "bulk_types",
    "BulkResult": "bulk_types",
    "BulkSummary": "bulk_types",
    "AsyncSocketRuntime": "socket_types",
    "AsyncSocketSession": "socket_types",
    "Reconnected": "socket_types",
    "SocketOptions": "socket_types",
    "SyncSocketRuntime": "socket_types",
    "SyncSocketSession": "socket_types",
    "UnknownMessage": "socket_types",
    "WebSocket": "socket_types",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    globals()[name] = value  # the next lookup is a plain global
    return value


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "AsyncBinaryInput",
    "AsyncBinaryResponse",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncRuntime",
    "AsyncSocketRuntime",
    "AsyncSocketSession",
    "BinaryBody",
    "BinaryContent",
    "BinaryInput",
    "BinaryResponse",
    "BulkItem",
    "BulkResult",
    "BulkSummary",
    "ContextSource",
    "File",
    "FileTypes",
    "NotGiven",
    "Operation",
    "Pagination",
    "Param",
    "Poll",
    "RawResponse",
    "Reconnected",
    "RequestFiles",
    "RequestOptions",
    "SocketOptions",
    "SyncPage",
    "SyncRuntime",
    "SyncSocketRuntime",
    "SyncSocketSession",
    "Timeout",
    "UnknownMessage",
    "Unset",
    "WebSocket",
]
