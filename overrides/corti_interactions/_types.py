"""Sentinels, and the protocols the lower modules need of the runtime.

`UNSET` for request fields, `NOT_GIVEN` for client options. Two sentinels because `None`
already means something in both places: for a request field `None` is an explicit JSON
`null` (clear the field, or let the service assign a new `assignedUserId`), and for
`timeout=` it means "no timeout". So "not passed" needs a value of its own. Both are the
generated package's own sentinels, so models built by hand, the generated resource methods
and this client agree.

`PreparedRequest` and the `*Requester` protocols let pagination (`_pagination`) and bulk
runs (`_bulk/`) call the runtime without importing it: the runtime depends on them, never
the other way round.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx
from corti_interactions_api.types import NOT_GIVEN, UNSET, NotGiven, Operation, RequestOptions, Unset

if TYPE_CHECKING:
    from ._bulk.rate_gate import RateGate
    from ._response import RawResponse

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "AsyncRequester",
    "NotGiven",
    "PreparedRequest",
    "RequestBuilder",
    "SyncRequester",
    "Unset",
]

T = TypeVar("T")


class PreparedRequest:
    """A checked request, ready to send: the `httpx.Request` and its retry budget."""

    __slots__ = ("max_retries", "request")

    def __init__(self, request: httpx.Request, max_retries: int) -> None:
        self.request = request
        self.max_retries = max_retries


class RequestBuilder(Protocol):
    """Checks a call's arguments and builds its request (the runtime's `build`)."""

    def build(
        self,
        operation: Operation[Any],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> PreparedRequest: ...


class SyncRequester(RequestBuilder, Protocol):
    """What a sync page or bulk run calls: build, send, or both at once."""

    def send(
        self, operation: Operation[T], prepared: PreparedRequest, gate: RateGate | None = None
    ) -> RawResponse[T]: ...

    def request(
        self,
        operation: Operation[T],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> RawResponse[T]: ...


class AsyncRequester(RequestBuilder, Protocol):
    """What an async page or bulk run calls: build, send, or both at once."""

    async def send(
        self, operation: Operation[T], prepared: PreparedRequest, gate: RateGate | None = None
    ) -> RawResponse[T]: ...

    async def request(
        self,
        operation: Operation[T],
        path: tuple[object, ...],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> RawResponse[T]: ...
