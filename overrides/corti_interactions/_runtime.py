"""The runtime the generated resource classes call: one generic path for every operation.

`request()`: check the arguments and build the request (nothing is sent if that raises),
send it with auth, timeouts and the operation's retry policy, and hand back the
`RawResponse` that parses into the operation's model. `paginate()`: the same for the first
page of a listing, wrapped in a page object that fetches the next ones. `bulk()`: one call
per item of an `x-bulk` operation, scheduled by `_bulk.scheduler`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from corti_interactions_api.types import NotGiven, Operation, Poll, RequestOptions, Unset

from ._base_client import as_timeout
from ._config import ClientConfig, check_header, check_max_retries
from ._constants import RESENDABLE
from ._payload import FieldError, build_body, build_union_body, path_value, query_values
from ._types import PreparedRequest

if TYPE_CHECKING:
    from corti_interactions_api.bulk_types import BulkItem, BulkResult, BulkSummary

    from ._base_client import AsyncSender, SyncSender
    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._bulk.rate_gate import RateGate
    from ._events import AsyncEventStream, EventStream
    from ._pagination import AsyncPaginator, SyncPage
    from ._response import RawResponse

__all__ = ["AsyncRuntime", "SyncRuntime"]

T = TypeVar("T")

_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


class _Builder:
    """Checks a call's arguments and builds its request; shared by both runtimes."""

    def __init__(self, config: ClientConfig, pool_headers: httpx.Headers) -> None:
        self._config = config
        # The pool's default headers with ours on top, merged once rather than per request,
        # `Host` first as httpx puts it (every operation lives on the base URL's host).
        headers = httpx.Headers(pool_headers)
        headers.update(config.headers)
        if "Host" not in headers:
            headers = httpx.Headers([(b"Host", httpx.URL(config.base_url).netloc), *headers.raw])
        self._headers_with_body = headers
        self._headers = httpx.Headers([(k, v) for k, v in headers.raw if k.lower() != b"content-type"])

    def build(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> PreparedRequest:
        """The request for one call; `ValueError` naming the argument if one is bad."""
        config = self._config
        url = _operation_base(config.base_url, operation) + (
            operation.path.format_map(
                {
                    param.name: path_value(param, value)
                    for param, value in zip(operation.path_params, path, strict=True)
                }
            )
        )
        params: list[tuple[str, Any]] = []
        header_params: dict[str, str] = {}
        for param in operation.query_params:
            value = query.get(param.name)
            if value is None or isinstance(value, Unset):  # a query has no null: left out
                continue
            checked = query_values(param, value)
            if param.in_header:  # a per-call header (the generator allows no array here)
                check_header(param.wire_name, str(checked), name=param.name)
                header_params[param.wire_name] = str(checked)
            elif isinstance(checked, list):
                params.extend((param.wire_name, item) for item in checked)
            else:
                params.append((param.wire_name, checked))
        if options.extra_query:
            params.extend(_extra_query(_mapping(options.extra_query, "extra_query")))
        content = None
        stream = None
        if operation.binary_body is not None:
            if options.extra_body:
                raise FieldError("extra_body", f"cannot be sent: {operation.name} takes raw bytes")
            from ._binary import binary_stream  # raw bytes load on first use

            given = body or {}
            stream, binary_headers, resendable = binary_stream(
                operation.binary_body, given.get("file"), given.get("content_type")
            )
        elif operation.body is not None:
            forms = operation.body_forms
            data = build_union_body(forms, body or {}) if forms else build_body(operation.body, body or {})
            if options.extra_body:
                data.update(_mapping(options.extra_body, "extra_body"))
            content = _json(data)
        elif options.extra_body:
            raise FieldError("extra_body", f"cannot be sent: {operation.name} takes no request body")
        headers = self._headers_with_body if content is not None else self._headers
        # What this call adds to the client's headers, in order (a later one wins), copied
        # into one `httpx.Headers` only when there is any: most calls add nothing.
        special: dict[str, str] = {}
        if operation.binary_response:  # raw bytes, or a JSON error
            special["Accept"] = "application/octet-stream, */*"
        if operation.events is not None:  # server-sent events, or a JSON error
            special["Accept"] = "text/event-stream, application/json"
        special.update(operation.headers)  # fixed by the spec (e.g. `A2A-Version`)
        if content is not None and operation.body_content_type != "application/json":
            special["Content-Type"] = operation.body_content_type
        special.update(header_params)
        if options.extra_headers:
            for key, value in _mapping(options.extra_headers, "extra_headers").items():
                check_header(key, value, name="extra_headers")
                special[key] = value
        if special:
            headers = httpx.Headers(headers)
            headers.update(special)
        timeout = options.timeout
        timeouts = config.timeout_dict if isinstance(timeout, NotGiven) else as_timeout(timeout).as_dict()
        retries = options.max_retries
        request = httpx.Request(
            operation.method,
            url,
            params=params or None,
            stream=httpx.ByteStream(content or b"") if stream is None else stream,
            headers=headers,
            extensions={"timeout": timeouts},
        )
        if stream is None:
            # What `httpx.Request(content=...)` would add to the headers (which already hold
            # `Host`): the body's length, unless they set one; without a body, 0 for a POST,
            # PUT or PATCH whose headers set neither a length nor chunks. Building the request
            # from its stream skips httpx re-deriving and re-copying every header per call.
            sent = request.headers
            if content:
                if "Content-Length" not in sent:
                    sent["Content-Length"] = str(len(content))
            elif operation.method in _LENGTH_WHEN_EMPTY and not (
                "Content-Length" in sent or "Transfer-Encoding" in sent
            ):
                sent["Content-Length"] = "0"
            request.read()
        else:
            request.headers.update(binary_headers)
            request.extensions[RESENDABLE] = resendable
        return PreparedRequest(
            request, config.max_retries if isinstance(retries, NotGiven) else check_max_retries(retries)
        )


_LENGTH_WHEN_EMPTY = ("POST", "PUT", "PATCH")  # httpx's `Content-Length: 0` without a body


def _operation_base(base_url: str, operation: Operation[Any]) -> str:
    """The base URL of `operation`: the client's, or, for an operation with its own `servers`
    (another path on the same host, e.g. agents v1 without `/v2`), the client's with its
    ending swapped. A base URL without that ending cannot say where the operation lives."""
    server = operation.server
    if server is None:
        return base_url
    if not base_url.endswith(server.replaces):
        raise ValueError(
            f"{operation.name} lives at {server.path or '/'} on the API's host, not under "
            f"{server.replaces}: the client's base URL must end with {server.replaces!r} to derive it "
            f"(got a base URL ending {base_url.rsplit('/', 1)[-1]!r})"
        )
    return base_url[: len(base_url) - len(server.replaces)] + server.path


def _mapping(value: object, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise FieldError(name, f"must be a mapping; got {type(value).__name__}")
    return value


def _json(data: object) -> bytes:
    try:
        return _dumps(data).encode()
    except (TypeError, ValueError) as exc:  # only extra_body can hold what JSON cannot
        raise FieldError("extra_body", f"is not JSON-serialisable ({exc})") from None


def _extra_query(extra: Mapping[str, object]) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = []
    for key, value in extra.items():
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if not isinstance(key, str) or not isinstance(item, str | int | float):
                raise FieldError(
                    "extra_query", f"must map names to strings or numbers; got {key!r}: {item!r}"
                )
            pairs.append((key, "true" if item is True else "false" if item is False else item))
    return pairs


class SyncRuntime(_Builder):
    """`corti_interactions_api.types.SyncRuntime` over a `SyncSender`."""

    def __init__(self, config: ClientConfig, pool_headers: httpx.Headers, sender: SyncSender) -> None:
        super().__init__(config, pool_headers)
        self._sender = sender

    def send(
        self,
        operation: Operation[T],
        prepared: PreparedRequest,
        gate: RateGate | None = None,
        *,
        stream: bool = False,
    ) -> RawResponse[T]:
        """Send a prepared request of `operation` (waiting on `gate`, a bulk run's, if given;
        `stream`: the answer's body is left unread)."""
        raw: RawResponse[T] = self._sender.send(  # type: ignore[assignment]
            prepared.request,
            max_retries=prepared.max_retries,
            idempotent=operation.idempotent,
            responses=operation.responses,
            gate=gate,
            stream=stream,
        )
        return raw

    def request(
        self,
        operation: Operation[T],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> RawResponse[T]:
        """Check, build and send one request of `operation`."""
        return self.send(operation, self.build(operation, path, query, body, options))

    @contextmanager
    def stream(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> Iterator[BinaryResponse]:
        """The answer of a raw-bytes operation, its body read as iterated, released on exit."""
        from ._binary import BinaryResponse

        raw = self.send(operation, self.build(operation, path, query, body, options), stream=True)
        try:
            yield BinaryResponse(raw.http_response)
        finally:
            raw.http_response.close()

    def events(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> EventStream:
        """The server-sent events of an event-stream operation, read as iterated (see `_events`)."""
        from ._events import EventStream, require_sse  # with the first event stream

        require_sse()
        raw = self.send(operation, self.build(operation, path, query, body, options), stream=True)
        return EventStream(raw.http_response, operation)

    def poll(
        self,
        poll: Poll[T],
        path: tuple[object, ...],
        *,
        timeout: float,
        interval: float,
        options: RequestOptions,
    ) -> T:
        """Ask `poll.status` until done, then fetch `poll.result`; see `_polling`."""
        from ._polling import sync_poll  # with the first poll

        return sync_poll(
            self.request, self._sender.sleep, poll, path, timeout=timeout, interval=interval, options=options
        )

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
        """Call `start`, then poll for its result; see `_polling`."""
        from ._polling import sync_start_and_poll

        return sync_start_and_poll(
            self.request,
            self._sender.sleep,
            poll,
            start=start,
            path=path,
            body=body,
            start_id=start_id,
            timeout=timeout,
            interval=interval,
            options=options,
        )

    def paginate(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> SyncPage[Any]:
        """The first page of a listing; the page fetches the next ones."""
        from ._pagination import Call, SyncPage  # with the first listing

        return SyncPage(self, Call(operation, path, query, body, options).first())

    def bulk(
        self,
        operation: Operation[T],
        items: Iterable[BulkItem],
        options: RequestOptions,
        *,
        concurrency: int | NotGiven,
        on_result: Callable[[BulkResult[T]], object] | None,
    ) -> BulkSummary:
        """One call of `operation` per item; see `_bulk.scheduler`."""
        from ._bulk.scheduler import (  # loads asyncio: not at import
            check_concurrency,
            jobs_from_items,
            run_sync,
        )

        workers = check_concurrency(concurrency)
        jobs = jobs_from_items(self, operation, items, options)
        return run_sync(self, operation, jobs, workers, on_result)


class AsyncRuntime(_Builder):
    """`corti_interactions_api.types.AsyncRuntime` over an `AsyncSender`."""

    def __init__(self, config: ClientConfig, pool_headers: httpx.Headers, sender: AsyncSender) -> None:
        super().__init__(config, pool_headers)
        self._sender = sender

    async def send(
        self,
        operation: Operation[T],
        prepared: PreparedRequest,
        gate: RateGate | None = None,
        *,
        stream: bool = False,
    ) -> RawResponse[T]:
        """Send a prepared request of `operation` (waiting on `gate`, a bulk run's, if given;
        `stream`: the answer's body is left unread)."""
        raw: RawResponse[T] = await self._sender.send(  # type: ignore[assignment]
            prepared.request,
            max_retries=prepared.max_retries,
            idempotent=operation.idempotent,
            responses=operation.responses,
            gate=gate,
            stream=stream,
        )
        return raw

    async def request(
        self,
        operation: Operation[T],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> RawResponse[T]:
        """Check, build and send one request of `operation`."""
        if operation.binary_body:
            from ._binary import prime_async_body

            body = await prime_async_body(body)
        return await self.send(operation, self.build(operation, path, query, body, options))

    @asynccontextmanager
    async def stream(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> AsyncIterator[AsyncBinaryResponse]:
        """The answer of a raw-bytes operation, its body read as iterated, released on exit."""
        from ._binary import AsyncBinaryResponse

        raw = await self.send(operation, self.build(operation, path, query, body, options), stream=True)
        try:
            yield AsyncBinaryResponse(raw.http_response)
        finally:
            await raw.http_response.aclose()

    def events(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> AsyncEventStream:
        """The server-sent events of an event-stream operation: sent when entered or iterated
        (the arguments are checked now, before anything is sent); see `_events`."""
        from ._events import AsyncEventStream, require_sse  # with the first event stream

        require_sse()
        prepared = self.build(operation, path, query, body, options)

        async def open_stream() -> httpx.Response:
            raw = await self.send(operation, prepared, stream=True)
            return raw.http_response

        return AsyncEventStream(open_stream, operation)

    async def poll(
        self,
        poll: Poll[T],
        path: tuple[object, ...],
        *,
        timeout: float,
        interval: float,
        options: RequestOptions,
    ) -> T:
        """Ask `poll.status` until done, then fetch `poll.result`; see `_polling`."""
        from ._polling import async_poll  # with the first poll

        return await async_poll(
            self.request, self._sender.sleep, poll, path, timeout=timeout, interval=interval, options=options
        )

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
        """Call `start`, then poll for its result; see `_polling`."""
        from ._polling import async_start_and_poll

        return await async_start_and_poll(
            self.request,
            self._sender.sleep,
            poll,
            start=start,
            path=path,
            body=body,
            start_id=start_id,
            timeout=timeout,
            interval=interval,
            options=options,
        )

    def paginate(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> AsyncPaginator[Any]:
        """A listing: awaited, its first page (which fetches the next ones); `async for`, every
        item. The arguments are checked when it is awaited or iterated."""
        from ._pagination import AsyncPaginator, Call  # with the first listing

        return AsyncPaginator(self, Call(operation, path, query, body, options).first())

    async def bulk(
        self,
        operation: Operation[T],
        items: Iterable[BulkItem],
        options: RequestOptions,
        *,
        concurrency: int | NotGiven,
        on_result: Callable[[BulkResult[T]], object] | None,
    ) -> BulkSummary:
        """One call of `operation` per item; see `_bulk.scheduler`."""
        from ._bulk.scheduler import check_concurrency, jobs_from_items, run_async

        if hasattr(items, "__aiter__") and not hasattr(items, "__iter__"):
            # An async walk cannot be read while the run sends; read it first (see _pagination).
            raise TypeError(
                "items must be a plain iterable; read an async listing to its end first: "
                "rows = [row async for row in client.<resource>.list(...)]"
            )
        workers = check_concurrency(concurrency)
        jobs = jobs_from_items(self, operation, items, options)
        return await run_async(self, operation, jobs, workers, on_result)
