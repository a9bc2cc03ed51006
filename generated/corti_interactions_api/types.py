"""Types the generated package shares, and its contract with the runtime that runs it.

The resource classes (`api/<tag>/__init__.py`) describe each operation as data
(`Operation`) and hand it, with the caller's arguments, to a runtime: an object with the
methods of `SyncRuntime` or `AsyncRuntime`. The runtime checks the arguments, sends the
request, retries and parses the answer; this package never imports it.
"""

from __future__ import annotations

import inspect
import os
import re
import warnings
from collections.abc import AsyncIterable, AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from os import PathLike
from typing import IO, Any, BinaryIO, Final, Generic, Literal, NamedTuple, Protocol, Self, TypeVar, runtime_checkable

import httpx


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


@dataclass(frozen=True, slots=True)
class BinaryBody:
    """A raw-bytes request body: its media type and size bounds in bytes (`x-max-bytes`, `x-min-bytes`)."""

    content_type: str
    max_bytes: int | None = None
    min_bytes: int | None = None


class BinaryContent:
    """Marks a success answer of raw bytes in `Operation.responses`: it parses to a `BinaryResponse`."""


BinaryInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | Iterable[bytes]
"""What a raw-bytes body takes: a path, bytes, a binary file object or an iterable of bytes."""

AsyncBinaryInput = BinaryInput | AsyncIterable[bytes]
"""What a raw-bytes body takes in an async client: also an async iterable of bytes."""


@runtime_checkable
class BinaryResponse(Protocol):
    """A raw-bytes answer (a recording): `.read()`, `.iter_bytes()`, `.write_to_file(path)`.

    >>> client.recordings.get(interaction_id, recording_id).write_to_file("visit.webm")
    >>> with client.recordings.with_streaming_response.get(interaction_id, recording_id) as audio:
    ...     for chunk in audio.iter_bytes():  # read as iterated: constant memory
    ...         sink.write(chunk)
    """

    @property
    def content_type(self) -> str | None:
        """The answer's media type (`Content-Type`), if it has one."""

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""

    def read(self) -> bytes:
        """The whole body."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks."""

    def write_to_file(self, file: str | os.PathLike[str]) -> int:
        """Write the body to `file` chunk by chunk; returns the number of bytes written."""

    def close(self) -> None:
        """Release the connection (the context manager does this)."""


@runtime_checkable
class AsyncBinaryResponse(Protocol):
    """The async twin of `BinaryResponse`, from `with_streaming_response` of an async client."""

    @property
    def content_type(self) -> str | None:
        """The answer's media type (`Content-Type`), if it has one."""

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""

    async def read(self) -> bytes:
        """The whole body."""

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks."""

    async def write_to_file(self, file: str | os.PathLike[str]) -> int:
        """Write the body to `file` chunk by chunk; returns the number of bytes written."""

    async def close(self) -> None:
        """Release the connection (the context manager does this)."""


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


BulkItem = tuple[object, Mapping[str, Any]] | Mapping[str, Any]
"""One call of a bulk run: `(id, fields)`, or a mapping with `id` and the fields."""


@dataclass(frozen=True, slots=True)
class BulkResult(Generic[T]):
    """The outcome of one item of a bulk run (`<method>_many()`), tagged with its position.

    >>> def report(result):
    ...     print(result.index, result.id, "ok" if result.ok else type(result.error).__name__)
    """

    index: int  # the item's 0-based position in the input
    id: str  # the resource's id, as sent in the path
    value: T | None = None  # the parsed answer, when the call succeeded
    error: Exception | None = None  # the typed error, when it did not (or the item was invalid)

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.error is None


@dataclass(frozen=True, slots=True)
class BulkSummary:
    """What a bulk run did: how many items succeeded and failed, and how long it took."""

    succeeded: int
    failed: int
    elapsed: float  # seconds

    @property
    def total(self) -> int:
        """How many items were reported."""
        return self.succeeded + self.failed


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


# -- real-time sockets (`x-websockets`): the socket resources (`websockets.py`) describe each
# endpoint as data (`WebSocket`) and hand it to a socket runtime, which runs the session.

MessageT_co = TypeVar("MessageT_co", covariant=True)


@dataclass(frozen=True, slots=True)
class WebSocket:
    """One real-time socket of the spec, as data: everything a session runtime needs.

    Model names (`config`, `messages`, ...) are resolved from the `models` package when a
    session needs them, so describing a socket imports no model.
    """

    name: str  # the client attribute, e.g. `stream`
    summary: str
    path: str  # below the socket base, with `{name}` placeholders (the Python names of `path_params`)
    path_params: tuple[Param, ...]
    query: tuple[str, ...]  # the query parameters the client sets (`tenant-name`, `token`)
    config: str  # the client's config message (its `configuration` is the caller's)
    configuration: str
    flush: str
    end: str
    messages: Mapping[str, str]  # message type -> model, from the spec's discriminator
    accept: frozenset[str]  # types that accept the config
    already_configured: frozenset[str]  # a second config: the session goes on
    refuse: frozenset[str]  # types that refuse the config (or say none came in time)
    flushed: str
    usage: str
    end_types: frozenset[str]
    error: str
    config_deadline: float  # seconds the service waits for the config
    cli_default: Mapping[str, Any]  # the configuration the command line starts from
    cli_flags: Mapping[str, tuple[str, ...]]  # flag -> the configuration fields it sets (dotted)
    audio_formats: Mapping[str, AudioFormat]  # MIME type (lower case) -> what it is; others refused


@dataclass(frozen=True, slots=True)
class AudioFormat:
    """One audio MIME type the sockets take (the spec's `x-websockets.audio-formats`)."""

    mime: str  # lower case, without parameters, e.g. `audio/ogg`
    container: str  # how a file's timing is read: ogg, webm, mp3, flac, mp4 or pcm
    parameters: tuple[str, ...]  # the parameters the type requires (raw PCM: rate, channels, bits)
    inferred: bool  # the spelling is a guess, not a documented fact


def _renamed(old: str, new: str) -> None:
    warnings.warn(f"{old} is deprecated; use .{new}", DeprecationWarning, stacklevel=3)


@dataclass(frozen=True, slots=True)
class UnknownMessage:
    """A message of a type this client does not know (or that does not fit its model): kept
    whole, never an error. `type_` is its `type` field (None if it has none), the name every
    socket message gives its type."""

    type_: str | None
    data: Mapping[str, Any]

    @property
    def type(self) -> str | None:
        """Deprecated: `type_`, as on every other socket message."""
        _renamed("UnknownMessage.type", "type_")
        return self.type_


@dataclass(frozen=True, slots=True)
class Reconnected:
    """Yielded among a session's messages after the socket dropped and was opened again (a
    fresh token, the config accepted again). Corti does not acknowledge audio: what the client
    sent since the service last confirmed it (a final transcript's end time, `flushed`) may
    be gone with the old connection. That unconfirmed audio was either re-sent on the new one
    (`audio_resent`, at-least-once: its span may be transcribed twice) or may be lost
    (`audio_lost`, an upper bound). Bytes, and seconds (None when the duration is unknown).
    The service's times start again from 0 on the new connection; an encoder's stream must
    start again with its header (`stream_file` does this itself)."""

    attempt: int  # 1 for the first attempt of this outage
    reason: str  # why the socket dropped (a close code, a network error), without secrets
    audio_lost: int
    audio_lost_seconds: float | None = None
    audio_resent: int = 0
    audio_resent_seconds: float | None = 0.0
    type_: Literal["reconnected"] = "reconnected"  # named as every socket message's type

    @property
    def type(self) -> Literal["reconnected"]:
        """Deprecated: `type_`, as on every other socket message."""
        _renamed("Reconnected.type", "type_")
        return self.type_


class SocketOptions(NamedTuple):
    """Per-session options of `connect()`."""

    config_timeout: float | NotGiven = NOT_GIVEN
    max_reconnects: int | NotGiven = NOT_GIVEN
    ping_interval: float | None | NotGiven = NOT_GIVEN
    extra_configuration: Mapping[str, object] | None = None  # merged after the check
    resend_unconfirmed: bool | None | NotGiven = NOT_GIVEN


class SyncSocketSession(Protocol[MessageT_co]):
    """An open, configured socket session (sync); iterate it for the service's messages."""

    @property
    def accepted(self) -> Any:
        """The message that accepted the config (with the configuration in effect)."""

    @property
    def audio_sent(self) -> int:
        """Audio bytes handed over so far (`send_audio`, `stream_file`)."""

    @property
    def audio_lost(self) -> int:
        """Audio bytes that may not have reached the service (an upper bound): what reconnects
        reported, and what the service has not confirmed yet unless it ended the session."""

    @property
    def audio_lost_seconds(self) -> float | None:
        """`audio_lost` in seconds (None when a lost chunk's duration is unknown)."""

    def send_audio(self, chunk: bytes | bytearray | memoryview) -> None:
        """Send one chunk of audio; waits while the socket's buffer is full."""

    def flush(self, *, timeout: float | None = None) -> None:
        """Ask for the results so far; returns when `flushed` arrives (the session stays open)."""

    def end(self, *, timeout: float | None = None) -> Any:
        """End the session: returns the usage summed over every connection (None if none
        came) once the service ended it, read or not; then closes."""

    def stream_file(self, path: str | PathLike[str], *, chunk_ms: int = 250, realtime: bool = True) -> float:
        """Send a file's audio in about `chunk_ms` chunks cut at frame boundaries, at real-time
        speed (from the file's own timing) unless `realtime=False`; after a reconnect the
        container's header goes again first, then the audio from a frame a decoder can start
        at. Returns the seconds of audio handed over less what reconnects reported lost
        meanwhile (the rest is confirmed by `end()`)."""

    def close(self) -> None:
        """Close the socket without ending the session."""

    def __iter__(self) -> Iterator[MessageT_co]:
        """Every message until the session ends or closes."""


class AsyncSocketSession(Protocol[MessageT_co]):
    """An open, configured socket session (async); `async for` it for the service's messages."""

    @property
    def accepted(self) -> Any:
        """The message that accepted the config (with the configuration in effect)."""

    @property
    def audio_sent(self) -> int:
        """Audio bytes handed over so far (`send_audio`, `stream_file`)."""

    @property
    def audio_lost(self) -> int:
        """Audio bytes that may not have reached the service (an upper bound): what reconnects
        reported, and what the service has not confirmed yet unless it ended the session."""

    @property
    def audio_lost_seconds(self) -> float | None:
        """`audio_lost` in seconds (None when a lost chunk's duration is unknown)."""

    async def send_audio(self, chunk: bytes | bytearray | memoryview) -> None:
        """Send one chunk of audio; waits while the socket's buffer is full."""

    async def flush(self, *, timeout: float | None = None) -> None:
        """Ask for the results so far; returns when `flushed` arrives (the session stays open)."""

    async def end(self, *, timeout: float | None = None) -> Any:
        """End the session: returns the usage summed over every connection (None if none
        came) once the service ended it, read or not; then closes."""

    async def stream_file(self, path: str | PathLike[str], *, chunk_ms: int = 250, realtime: bool = True) -> float:
        """Send a file's audio in about `chunk_ms` chunks cut at frame boundaries, at real-time
        speed (from the file's own timing) unless `realtime=False`; after a reconnect the
        container's header goes again first, then the audio from a frame a decoder can start
        at. Returns the seconds of audio handed over less what reconnects reported lost
        meanwhile (the rest is confirmed by `end()`)."""

    async def close(self) -> None:
        """Close the socket without ending the session."""

    def __aiter__(self) -> AsyncIterator[MessageT_co]:
        """Every message until the session ends or closes."""


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
    spec's `x-sdk-names` (Corti's SDK's names), the snake_case of a camelCase name
    (`getStatus`), or the same name one resource down (`documents.create`)."""
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    candidates = [
        *sdk_names.get(name, ()),
        snake,
        *(f"{child}.{name}" for child in vars(resource) if not child.startswith(("_", "with_"))),
    ]
    found = [c for c in dict.fromkeys(candidates) if c != name and not c.startswith("_") and _present(resource, c)]
    message = f"{type(resource).__name__!r} object has no attribute {name!r}"
    if found and not name.startswith("_"):
        where = " or ".join(f"client.{path}.{c}" for c in found)
        message += f"; Corti's SDK's {path}.{name} is {where} here"
    return AttributeError(message, name=name, obj=resource)


class SyncSocketRuntime(Protocol):
    """What the sync socket resources call: open, configure and run a session."""

    def connect(
        self, socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
    ) -> AbstractContextManager[SyncSocketSession[Any]]:
        """A context manager that opens `socket` and returns once the config is accepted."""


class AsyncSocketRuntime(Protocol):
    """What the async socket resources call: open, configure and run a session."""

    def connect(
        self, socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
    ) -> AbstractAsyncContextManager[AsyncSocketSession[Any]]:
        """An async context manager that opens `socket` and returns once the config is accepted."""


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
