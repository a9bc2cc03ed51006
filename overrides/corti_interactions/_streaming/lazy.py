"""The socket runtimes a client hands its socket attributes, loading the real ones
(`runtime`, and with it the session machinery) when the first session opens: a client that
never opens a socket does not pay for them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corti_interactions_api.socket_types import (
        AsyncSocketSession,
        SocketOptions,
        SyncSocketSession,
        WebSocket,
    )

    from corti_interactions._config import ClientConfig
    from corti_interactions._types import NotGiven

    from .raw import AsyncRawSession, RawSession
    from .runtime import AsyncSocketRuntime, SyncSocketRuntime

__all__ = ["LazyAsyncSocketRuntime", "LazySyncSocketRuntime"]


class LazySyncSocketRuntime:
    """`runtime.SyncSocketRuntime`, made on the first `connect`."""

    def __init__(self, config: ClientConfig, token: Callable[[], str]) -> None:
        self._config = config
        self._token = token
        self._runtime: SyncSocketRuntime | None = None

    def connect(
        self, socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
    ) -> AbstractContextManager[SyncSocketSession[Any]]:
        """As `runtime.SyncSocketRuntime.connect`."""
        return self._real().connect(socket, path, configuration, options)

    def connect_raw(
        self,
        socket: WebSocket,
        path: tuple[object, ...],
        *,
        ping_interval: float | NotGiven | None,
        max_frame: int | NotGiven,
    ) -> AbstractContextManager[RawSession]:
        """As `runtime.SyncSocketRuntime.connect_raw`."""
        return self._real().connect_raw(socket, path, ping_interval=ping_interval, max_frame=max_frame)

    def _real(self) -> SyncSocketRuntime:
        if self._runtime is None:
            from .runtime import SyncSocketRuntime

            self._runtime = SyncSocketRuntime(self._config, self._token)
        return self._runtime


class LazyAsyncSocketRuntime:
    """`runtime.AsyncSocketRuntime`, made on the first `connect`."""

    def __init__(self, config: ClientConfig, token: Callable[[], Awaitable[str]]) -> None:
        self._config = config
        self._token = token
        self._runtime: AsyncSocketRuntime | None = None

    def connect(
        self, socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
    ) -> AbstractAsyncContextManager[AsyncSocketSession[Any]]:
        """As `runtime.AsyncSocketRuntime.connect`."""
        return self._real().connect(socket, path, configuration, options)

    def connect_raw(
        self,
        socket: WebSocket,
        path: tuple[object, ...],
        *,
        ping_interval: float | NotGiven | None,
        max_frame: int | NotGiven,
    ) -> AbstractAsyncContextManager[AsyncRawSession]:
        """As `runtime.AsyncSocketRuntime.connect_raw`."""
        return self._real().connect_raw(socket, path, ping_interval=ping_interval, max_frame=max_frame)

    def _real(self) -> AsyncSocketRuntime:
        if self._runtime is None:
            from .runtime import AsyncSocketRuntime

            self._runtime = AsyncSocketRuntime(self._config, self._token)
        return self._runtime
