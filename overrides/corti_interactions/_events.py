"""Server-sent events: the answer of an operation whose success is `text/event-stream`.

One generic path for every such operation (`Operation.events`, from the spec): the events are
parsed by `httpx-sse` (the `sse` extra), each `data:` read as one JSON value and typed by the
key it holds (`{"task": ...}` is the operation's `task` event model); anything else, or data
that does not fit its model, is an `UnknownEvent`, never an error. The body is read as the
events are iterated, so memory stays bounded however long the stream runs; leaving the `with`
block (or `close()`) releases the connection. A stream that breaks off raises
`APIConnectionError` saying how many events had come and the last event id (which a caller
can send back as `Last-Event-ID`). Nothing of an event's content is logged or put into an
exception: events carry patient data.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Self

import httpx
from corti_interactions_api.types import Operation, UnknownEvent

from ._exceptions import APIConnectionError, APIResponseValidationError

if TYPE_CHECKING:
    from httpx_sse import ServerSentEvent

__all__ = ["AsyncEventStream", "EventStream", "require_sse"]

_NETWORK_ERRORS = (httpx.TransportError,)


def require_sse() -> None:
    """`ImportError` naming the extra, before anything is sent, if `httpx-sse` is missing."""
    try:
        import httpx_sse  # noqa: F401
    except ImportError:
        raise ImportError(
            "streamed answers (server-sent events) need httpx-sse: pip install 'corti-interactions[sse]'"
        ) from None


def _typed(sse: ServerSentEvent, kinds: dict[str, type]) -> Any:
    """One event as its model, by the single key its JSON data holds; else an `UnknownEvent`."""
    try:
        data: Any = json.loads(sse.data)
    except ValueError:
        data = sse.data
    event_id = sse.id or None
    if isinstance(data, dict) and len(data) == 1:
        (key,) = data
        model = kinds.get(key)
        if model is not None:
            try:
                return model.from_dict(data)  # type: ignore[attr-defined]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # it does not fit: kept as unknown, as an unknown kind is
    return UnknownEvent(event=sse.event or "message", data=data, id=event_id)


def _check_media_type(response: httpx.Response) -> None:
    media = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media != "text/event-stream":
        raise APIResponseValidationError(
            response, reason=f"expected text/event-stream, got {media or 'no content type'}", body=None
        )


class _Counter:
    """What both stream kinds share: the operation, the count, the last id, the drop error."""

    def __init__(self, operation: Operation[Any]) -> None:
        self._kinds = dict(operation.events or {})
        self._name = operation.name
        self.events_received = 0
        """How many events have arrived so far."""
        self.last_event_id: str | None = None
        """The last SSE `id:` seen, if any (send it as `Last-Event-ID` to resume)."""

    def _next(self, sse: ServerSentEvent) -> Any | None:
        if sse.id:
            self.last_event_id = sse.id
        if not sse.data and sse.event in ("", "message"):
            return None  # an empty event (a keep-alive): nothing to hand over
        self.events_received += 1
        return _typed(sse, self._kinds)

    def _dropped(self, exc: BaseException, request: httpx.Request) -> APIConnectionError:
        last = f", the last with id {self.last_event_id!r}" if self.last_event_id else ""
        return APIConnectionError(
            f"the event stream of {self._name} broke off after {self.events_received} events{last} "
            f"({type(exc).__name__})",
            request=request,
        )


class EventStream(_Counter):
    """The typed events of a sync streamed answer; a context manager that releases the connection."""

    def __init__(self, response: httpx.Response, operation: Operation[Any]) -> None:
        super().__init__(operation)
        self._response = response
        try:
            _check_media_type(response)
        except APIResponseValidationError:
            response.close()
            raise

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self._response.headers

    def __iter__(self) -> Iterator[Any]:
        from httpx_sse import EventSource

        try:
            for sse in EventSource(self._response).iter_sse():
                event = self._next(sse)
                if event is not None:
                    yield event
        except _NETWORK_ERRORS as exc:
            raise self._dropped(exc, self._response.request) from None
        finally:
            self._response.close()

    def close(self) -> None:
        """Release the connection (leaving the `with` block does)."""
        self._response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<EventStream {self._name} events_received={self.events_received}>"


class AsyncEventStream(_Counter):
    """The typed events of an async streamed answer: sent when entered or first iterated."""

    def __init__(
        self, open_stream: Callable[[], Awaitable[httpx.Response]], operation: Operation[Any]
    ) -> None:
        super().__init__(operation)
        self._open = open_stream
        self._response: httpx.Response | None = None

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers (once it is entered or iterated)."""
        if self._response is None:
            raise RuntimeError("the stream is not open yet: use `async with` or `async for` first")
        return self._response.headers

    async def _start(self) -> httpx.Response:
        if self._response is None:
            response = await self._open()
            try:
                _check_media_type(response)
            except APIResponseValidationError:
                await response.aclose()
                raise
            self._response = response
        return self._response

    async def __aiter__(self) -> AsyncIterator[Any]:
        from httpx_sse import EventSource

        response = await self._start()
        try:
            async for sse in EventSource(response).aiter_sse():
                event = self._next(sse)
                if event is not None:
                    yield event
        except _NETWORK_ERRORS as exc:
            raise self._dropped(exc, response.request) from None
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        """Release the connection (leaving the `async with` block does)."""
        if self._response is not None:
            await self._response.aclose()

    async def __aenter__(self) -> Self:
        await self._start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncEventStream {self._name} events_received={self.events_received}>"
