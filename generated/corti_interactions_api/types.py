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
import inspect
import re
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass, field
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
        AudioFormat as AudioFormat,
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

    def __repr__(self) -> str:  # as `help()` and signatures show a default
        return "UNSET"


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
    """A path, query or header parameter of an operation (header ones sit with the query ones)."""

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
    in_header: bool = False  # sent as the request header `wire_name`, not in the query string


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation pages: 1-based `page` index and `size` arguments, `items` attribute,
    and `id`, the items' attribute that identifies one (a walk yields each id once). A cursor
    instead: `token`, the argument the answer's `next` attribute (a token, empty or null on the
    last page) is sent back in; `page` is then empty."""

    page: str
    size: str
    items: str
    id: str | None = None
    token: str | None = None
    next: str | None = None


@dataclass(frozen=True, slots=True)
class ArrayOf:
    """Marks a success answer that is a JSON array of `item` models in `Operation.responses`."""

    item: type


class EventContent:
    """Marks a success answer of server-sent events in `Operation.responses` (`Operation.events`)."""


@dataclass(frozen=True, slots=True)
class Server:
    """An operation's own `servers` (same host, another path): the client's base URL with its
    ending `replaces` (the document server's path, e.g. `/v2`) swapped for `path`."""

    replaces: str
    path: str


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """A server-sent event of a kind this client does not know (or whose data does not fit its
    model): kept, never an error. Its repr shows the kind, not the content."""

    event: str  # the SSE `event:` name (`message` when the stream gives none)
    data: Any = field(repr=False)  # the parsed JSON of `data:` (the text if it is not JSON)
    id: str | None = None  # the SSE `id:` (send it as `Last-Event-ID` to resume)


@runtime_checkable
class EventStream(Protocol[T_co]):
    """The server-sent events of a streamed answer, typed: iterate it (`for event in stream`),
    and leave it with `with` (or `close()`) to release the connection early. An event of an
    unknown kind is an `UnknownEvent`; a stream that drops raises a `CortiError` saying how many
    events came. Nothing of an event's content is logged.

    >>> with client.agentic.agents.stream_message(agent_id, message=message) as events:
    ...     for event in events:
    ...         print(type(event).__name__)
    """

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""

    @property
    def events_received(self) -> int:
        """How many events have arrived so far."""

    @property
    def last_event_id(self) -> str | None:
        """The last SSE `id:` seen (for `Last-Event-ID`), if any."""

    def __iter__(self) -> Iterator[T_co]:
        """The events, as they arrive."""

    def __enter__(self) -> Self:
        """The stream itself."""

    def __exit__(self, *exc_info: object) -> None:
        """Release the connection."""

    def close(self) -> None:
        """Release the connection."""


@runtime_checkable
class AsyncEventStream(Protocol[T_co]):
    """The async twin of `EventStream`: `async for`, `async with`. Nothing is sent until it is
    entered or iterated.

    >>> async with client.agentic.agents.stream_message(agent_id, message=message) as events:
    ...     async for event in events:
    ...         print(type(event).__name__)
    """

    @property
    def events_received(self) -> int:
        """How many events have arrived so far."""

    @property
    def last_event_id(self) -> str | None:
        """The last SSE `id:` seen, if any."""

    def __aiter__(self) -> AsyncIterator[T_co]:
        """The events, as they arrive (the request is sent first if it was not yet)."""

    async def __aenter__(self) -> Self:
        """Send the request (raising its error, if any); the stream itself."""

    async def __aexit__(self, *exc_info: object) -> None:
        """Release the connection."""

    async def aclose(self) -> None:
        """Release the connection."""


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
    query_params: tuple[Param, ...]  # and the per-call header parameters (`in_header`)
    body: type | None  # the request body's model
    responses: Mapping[int, type | ArrayOf | None]  # success status -> model (None: no body)
    idempotent: bool  # safe to send again after a timeout or a 5xx
    pagination: Pagination | None = None
    bulk: bool = False  # `x-bulk`: also offered as `<method>_many()` and `--from FILE`
    body_forms: tuple[type, ...] = ()  # a `oneOf` body's models: the one the fields fit is sent
    binary_body: BinaryBody | None = None  # a raw-bytes body instead of JSON
    binary_response: bool = False  # a success answer is raw bytes (`BinaryContent`): Accept it
    context_from: tuple[ContextSource, ...] = ()  # `x-context-from`, for the command line
    server: Server | None = None  # its own `servers`: another path on the API's host
    headers: tuple[tuple[str, str], ...] = ()  # fixed headers (one-value enum header parameters)
    body_content_type: str = "application/json"  # e.g. `application/merge-patch+json`
    events: Mapping[str, type] | None = None  # an event stream's kinds: data key -> model
    deprecated: str = ""  # the `DeprecationWarning` a call gives (empty: not deprecated)


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

    def events(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> EventStream[Any]:
        """Send a request of an event-stream `operation`; its events are read as iterated."""

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

    def events(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> AsyncEventStream[Any]:
        """An event-stream `operation`'s answer, sent when entered or iterated."""

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
    "AudioFormat": "socket_types",
    "Reconnected": "socket_types",
    "SocketOptions": "socket_types",
    "SyncSocketRuntime": "socket_types",
    "SyncSocketSession": "socket_types",
    "UnknownMessage": "socket_types",
    "WebSocket": "socket_types",
}


def _present(resource: object, dotted: str) -> bool:
    """Whether `resource` has the attribute chain `dotted` (without calling `__getattr__`)."""
    node = resource
    for part in dotted.split("."):
        try:
            node = inspect.getattr_static(node, part)
        except AttributeError:
            return False
    return True


def missing_name(resource: object, path: str, name: str, sdk_names: Mapping[str, tuple[str, ...]]) -> AttributeError:
    """The `AttributeError` for `client.<path>.<name>`, naming where that work is here: the
    spec's `x-sdk-names` (Corti's SDK's names) that exist, else the snake_case of a camelCase
    name (`getStatus`) or the same name one resource down."""
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    listed = [c for c in sdk_names.get(name, ()) if _present(resource, c)]
    # The spec's own list, when one of its names exists, says it all; else the generic rules.
    candidates = listed or [
        snake,
        *(f"{child}.{name}" for child in vars(resource) if not child.startswith(("_", "with_"))),
    ]
    found = [c for c in dict.fromkeys(candidates) if c != name and not c.startswith("_") and _present(resource, c)]
    message = f"{type(resource).__name__!r} object has no attribute {name!r}"
    if found and not name.startswith("_"):
        where = " or ".join(f"client.{path}.{c}" for c in found)
        message += f"; Corti's SDK's {path}.{name} is {where} here"
    return AttributeError(message, name=name, obj=resource)


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
    "ArrayOf",
    "AsyncEventStream",
    "EventContent",
    "EventStream",
    "Server",
    "UnknownEvent",
    "AsyncBinaryInput",
    "AsyncBinaryResponse",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncRuntime",
    "AsyncSocketRuntime",
    "AsyncSocketSession",
    "AudioFormat",
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
    "missing_name",
    "WebSocket",
]
