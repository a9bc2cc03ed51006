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
from functools import cached_property
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Final,
    Generic,
    Literal,
    NamedTuple,
    Protocol,
    Self,
    TypeVar,
    dataclass_transform,
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


_C = TypeVar("_C", bound=type)


@dataclass_transform(frozen_default=True)
def _frozen(cls: _C) -> _C:
    """Marks a `_Frozen` class for type checkers: a frozen dataclass (read-only fields, its
    own `__init__`). At run time it returns the class as it is: `_Frozen` does the work."""
    return cls


class _Frozen:
    """The behaviour of a frozen, slotted dataclass (`__eq__`, `__hash__`, `__repr__`,
    `__match_args__`, assignment refused, `replace`) for classes that list their fields in
    `__slots__` and set them in an explicit `__init__`: the operations' descriptions, built by
    the hundred when the resources load. `@dataclass` costs about 1 ms a class at import (it
    compiles each method); these are written once, here. They are not dataclasses to
    `dataclasses.fields()`: use `.replace()` where `dataclasses.replace()` was."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()  # the field names, in `__init__`'s order
    _hidden: ClassVar[tuple[str, ...]] = ()  # fields left out of the repr

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._fields = tuple(cls.__dict__.get("__slots__", ()))
        setattr(cls, "__match_args__", cls._fields)  # noqa: B010  # as a dataclass's

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, _Frozen):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = (f"{n}={getattr(self, n)!r}" for n in self._fields if n not in self._hidden)
        return f"{self.__class__.__qualname__}({', '.join(shown)})"

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError  # what a frozen dataclass raises

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def replace(self, **changes: Any) -> Self:
        """A copy with `changes` (field name -> value), as `dataclasses.replace` makes one."""
        return self.__class__(**{**dict(zip(self._fields, self._values(), strict=True)), **changes})

    def __copy__(self) -> Self:
        return self  # immutable: a copy is the object itself

    def __deepcopy__(self, memo: object) -> Self:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.__class__, self._values()))


def _rebuild(cls: type[_Frozen], values: tuple[object, ...]) -> _Frozen:
    """Unpickles a `_Frozen` (its fields set as `__init__` sets them)."""
    new = object.__new__(cls)
    for name, value in zip(cls._fields, values, strict=True):
        _set(new, name, value)
    return new


_set = object.__setattr__  # how `__init__` sets a field of a `_Frozen`

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads"""

    __slots__ = ("payload", "file_name", "mime_type")
    __match_args__ = ("payload", "file_name", "mime_type")
    payload: BinaryIO
    file_name: str | None
    mime_type: str | None

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.payload, self.file_name, self.mime_type) == (other.payload, other.file_name, other.mime_type)

    __hash__ = None  # type: ignore[assignment]  # mutable, as a plain dataclass

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


@_frozen
class Param(_Frozen):
    """A path, query or header parameter of an operation (header ones sit with the query ones)."""

    __slots__ = (
        "name",
        "wire_name",
        "kind",
        "is_array",
        "default",
        "minimum",
        "maximum",
        "min_length",
        "max_length",
        "pattern",
        "in_header",
    )
    name: str  # the Python argument
    wire_name: str  # the name in the path template or the query string
    kind: type  # the value's type (an array's item type)
    is_array: bool  # sent as repeated keys: `a=1&a=2`
    default: object  # the spec's default (a pager sends it for the page index and size)
    minimum: float | None
    maximum: float | None
    min_length: int | None
    max_length: int | None
    pattern: str | None  # a regular expression the value must contain a match of
    in_header: bool  # sent as the request header `wire_name`, not in the query string

    def __init__(
        self,
        name: str,
        wire_name: str,
        kind: type,
        is_array: bool = False,
        default: object = UNSET,
        minimum: float | None = None,
        maximum: float | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
        in_header: bool = False,
    ) -> None:
        _set(self, "name", name)
        _set(self, "wire_name", wire_name)
        _set(self, "kind", kind)
        _set(self, "is_array", is_array)
        _set(self, "default", default)
        _set(self, "minimum", minimum)
        _set(self, "maximum", maximum)
        _set(self, "min_length", min_length)
        _set(self, "max_length", max_length)
        _set(self, "pattern", pattern)
        _set(self, "in_header", in_header)


@_frozen
class Pagination(_Frozen):
    """How an operation pages: 1-based `page` index and `size` arguments, `items` attribute,
    and `id`, the items' attribute that identifies one (a walk yields each id once). A cursor
    instead: `token`, the argument the answer's `next` attribute (a token, empty or null on the
    last page) is sent back in; `page` is then empty."""

    __slots__ = ("page", "size", "items", "id", "token", "next")
    page: str
    size: str
    items: str
    id: str | None
    token: str | None
    next: str | None

    def __init__(
        self,
        page: str,
        size: str,
        items: str,
        id: str | None = None,
        token: str | None = None,
        next: str | None = None,
    ) -> None:
        _set(self, "page", page)
        _set(self, "size", size)
        _set(self, "items", items)
        _set(self, "id", id)
        _set(self, "token", token)
        _set(self, "next", next)


@_frozen
class ArrayOf(_Frozen):
    """Marks a success answer that is a JSON array of `item` models in `Operation.responses`."""

    __slots__ = ("item",)
    item: type

    def __init__(self, item: type) -> None:
        _set(self, "item", item)


class EventContent:
    """Marks a success answer of server-sent events in `Operation.responses` (`Operation.events`)."""


@_frozen
class Server(_Frozen):
    """An operation's own `servers` (same host, another path): the client's base URL with its
    ending `replaces` (the document server's path, e.g. `/v2`) swapped for `path`."""

    __slots__ = ("replaces", "path")
    replaces: str
    path: str

    def __init__(self, replaces: str, path: str) -> None:
        _set(self, "replaces", replaces)
        _set(self, "path", path)


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


@_frozen
class BinaryBody(_Frozen):
    """A raw-bytes request body: its media type and size bounds in bytes (`x-max-bytes`, `x-min-bytes`).

    Here, not in `binary_types`, so that the operations that take one are built without it."""

    __slots__ = ("content_type", "max_bytes", "min_bytes")
    content_type: str
    max_bytes: int | None
    min_bytes: int | None

    def __init__(self, content_type: str, max_bytes: int | None = None, min_bytes: int | None = None) -> None:
        _set(self, "content_type", content_type)
        _set(self, "max_bytes", max_bytes)
        _set(self, "min_bytes", min_bytes)


class BinaryContent:
    """Marks a success answer of raw bytes in `Operation.responses`: it parses to a `BinaryResponse`."""


@_frozen
class ContextSource(_Frozen):
    """`x-context-from`: one item of a body field made from another operation's listing
    (the command line's `--context-from NAME`)."""

    __slots__ = ("name", "field", "operation", "items", "skip", "keep")
    name: str  # the flag's value and the item's `type`
    field: str  # the body field (JSON name) the item goes into
    operation: str  # the listing's operationId; called with the same leading path parameters
    items: str  # the listing answer's array (JSON name)
    skip: str | None  # items whose field of this name is true are left out
    keep: tuple[str, ...]  # the fields of each item that are kept

    def __init__(
        self,
        name: str,
        field: str,
        operation: str,
        items: str,
        skip: str | None,
        keep: tuple[str, ...],
    ) -> None:
        _set(self, "name", name)
        _set(self, "field", field)
        _set(self, "operation", operation)
        _set(self, "items", items)
        _set(self, "skip", skip)
        _set(self, "keep", keep)


@_frozen
class Operation(_Frozen, Generic[T]):
    """One operation of the spec, as data: everything a runtime needs to call it.

    `T` is the type of the parsed success answer (`None` for an answer without a body).
    """

    __slots__ = (
        "name",
        "summary",
        "method",
        "path",
        "path_params",
        "query_params",
        "body",
        "responses",
        "idempotent",
        "pagination",
        "bulk",
        "body_forms",
        "binary_body",
        "binary_response",
        "context_from",
        "server",
        "headers",
        "body_content_type",
        "events",
        "deprecated",
    )
    name: str  # the operationId
    summary: str
    method: str
    path: str  # with `{name}` placeholders (the Python names of `path_params`)
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]  # and the per-call header parameters (`in_header`)
    body: type | None  # the request body's model
    responses: Mapping[int, type | ArrayOf | None]  # success status -> model (None: no body)
    idempotent: bool  # safe to send again after a timeout or a 5xx
    pagination: Pagination | None
    bulk: bool  # `x-bulk`: also offered as `<method>_many()` and `--from FILE`
    body_forms: tuple[type, ...]  # a `oneOf` body's models: the one the fields fit is sent
    binary_body: BinaryBody | None  # a raw-bytes body instead of JSON
    binary_response: bool  # a success answer is raw bytes (`BinaryContent`): Accept it
    context_from: tuple[ContextSource, ...]  # `x-context-from`, for the command line
    server: Server | None  # its own `servers`: another path on the API's host
    headers: tuple[tuple[str, str], ...]  # fixed headers (one-value enum header parameters)
    body_content_type: str  # e.g. `application/merge-patch+json`
    events: Mapping[str, type] | None  # an event stream's kinds: data key -> model
    deprecated: str  # the `DeprecationWarning` a call gives (empty: not deprecated)

    def __init__(
        self,
        name: str,
        summary: str,
        method: str,
        path: str,
        path_params: tuple[Param, ...],
        query_params: tuple[Param, ...],
        body: type | None,
        responses: Mapping[int, type | ArrayOf | None],
        idempotent: bool,
        pagination: Pagination | None = None,
        bulk: bool = False,
        body_forms: tuple[type, ...] = (),
        binary_body: BinaryBody | None = None,
        binary_response: bool = False,
        context_from: tuple[ContextSource, ...] = (),
        server: Server | None = None,
        headers: tuple[tuple[str, str], ...] = (),
        body_content_type: str = "application/json",
        events: Mapping[str, type] | None = None,
        deprecated: str = "",
    ) -> None:
        _set(self, "name", name)
        _set(self, "summary", summary)
        _set(self, "method", method)
        _set(self, "path", path)
        _set(self, "path_params", path_params)
        _set(self, "query_params", query_params)
        _set(self, "body", body)
        _set(self, "responses", responses)
        _set(self, "idempotent", idempotent)
        _set(self, "pagination", pagination)
        _set(self, "bulk", bulk)
        _set(self, "body_forms", body_forms)
        _set(self, "binary_body", binary_body)
        _set(self, "binary_response", binary_response)
        _set(self, "context_from", context_from)
        _set(self, "server", server)
        _set(self, "headers", headers)
        _set(self, "body_content_type", body_content_type)
        _set(self, "events", events)
        _set(self, "deprecated", deprecated)


@_frozen
class Poll(_Frozen, Generic[T]):
    """`x-poll`: ask `status` until its answer's `field` is in `done` (then fetch `result`) or
    in `failed` (an error)."""

    __slots__ = ("status", "result", "field", "done", "failed")
    status: Operation[Any]
    result: Operation[T]
    field: str  # the Python name of the status answer's field
    done: tuple[str, ...]
    failed: tuple[str, ...]

    def __init__(
        self,
        status: Operation[Any],
        result: Operation[T],
        field: str,
        done: tuple[str, ...],
        failed: tuple[str, ...],
    ) -> None:
        _set(self, "status", status)
        _set(self, "result", result)
        _set(self, "field", field)
        _set(self, "done", done)
        _set(self, "failed", failed)


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
    """Whether `resource` has the attribute chain `dotted` (without calling `__getattr__`; a
    resource built on first use is built)."""
    node = resource
    for part in dotted.split("."):
        try:
            found = inspect.getattr_static(node, part)
        except AttributeError:
            return False
        node = getattr(node, part) if isinstance(found, cached_property) else found
    return True


def _children(resource: object) -> list[str]:
    """The attributes of `resource`, those built on first use included."""
    lazy = (n for kind in type(resource).__mro__ for n, v in vars(kind).items() if isinstance(v, cached_property))
    return list(dict.fromkeys([*vars(resource), *lazy]))


def missing_name(resource: object, path: str, name: str, sdk_names: Mapping[str, tuple[str, ...]]) -> AttributeError:
    """The `AttributeError` for `client.<path>.<name>`, naming where that work is here: the
    spec's `x-sdk-names` (Corti's SDK's names) that exist, else the snake_case of a camelCase
    name (`getStatus`) or the same name one resource down."""
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    listed = [c for c in sdk_names.get(name, ()) if _present(resource, c)]
    # The spec's own list, when one of its names exists, says it all; else the generic rules.
    candidates = listed or [
        snake,
        *(f"{child}.{name}" for child in _children(resource) if not child.startswith(("_", "with_"))),
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
