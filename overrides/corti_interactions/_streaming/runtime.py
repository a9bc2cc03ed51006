"""The socket runtimes the generated socket resources call (`client.stream.connect(...)`).

Generic over sockets: `connect` checks the path arguments and the configuration (a
`ValueError` naming the field, before anything is sent), then opens a session that fetches
a fresh token for every (re)connect (a new one from the token endpoint after a 401);
`connect_raw` opens the socket alone, through the same `address` and the same one retry
after a 401.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

from corti_interactions_api.socket_types import SocketOptions, WebSocket

from corti_interactions._config import ClientConfig
from corti_interactions._types import NotGiven

from .address import AsyncAddress, SyncAddress
from .connection import require_websockets
from .protocol import SessionProtocol
from .raw import AsyncRawSession, RawSession, open_async_raw, open_sync_raw, raw_options
from .settings import SessionSettings
from .urls import socket_path

if TYPE_CHECKING:  # asyncio loads with the first session, not with a sync client
    from .session import AsyncSession
    from .sync import SyncSession

__all__ = ["AsyncSocketRuntime", "SyncSocketRuntime", "resolve_settings"]

CONFIG_MARGIN = 5.0  # seconds beyond the service's config deadline before the client gives up
DEFAULT_MAX_RECONNECTS = 5  # attempts per outage
DEFAULT_PING_INTERVAL = 2.0  # with a 4 s pong timeout: a dead path noticed within 6 s


def _number(value: object, name: str, *, whole: bool = False) -> float:
    kinds = (int,) if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or value < 0 or value != value:  # noqa: PLR0124
        raise ValueError(f"{name} must be a {'whole ' if whole else ''}number >= 0; got {value!r}")
    return float(value)


def resolve_settings(socket: WebSocket, options: SocketOptions) -> SessionSettings:
    """The session's settings: the caller's options, else the defaults (`ValueError` if bad)."""
    timeout = options.config_timeout
    reconnects = options.max_reconnects
    ping = options.ping_interval
    resend = getattr(options, "resend_unconfirmed", NotGiven())
    if not isinstance(resend, NotGiven) and resend is not None and not isinstance(resend, bool):
        raise ValueError(f"resend_unconfirmed must be True, False or None; got {resend!r}")
    return SessionSettings(
        resend=None if isinstance(resend, NotGiven) else resend,
        config_timeout=socket.config_deadline + CONFIG_MARGIN
        if isinstance(timeout, NotGiven)
        else _number(timeout, "config_timeout") or 0.001,
        max_reconnects=DEFAULT_MAX_RECONNECTS
        if isinstance(reconnects, NotGiven)
        else int(_number(reconnects, "max_reconnects", whole=True)),
        ping_interval=DEFAULT_PING_INTERVAL
        if isinstance(ping, NotGiven)
        else (None if ping is None else _number(ping, "ping_interval") or None),
    )


def _prepare(
    socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
) -> tuple[SessionProtocol, str, SessionSettings]:
    require_websockets()
    return (
        SessionProtocol(socket, configuration, options.extra_configuration),
        socket_path(socket, path),
        resolve_settings(socket, options),
    )


class AsyncSocketRuntime:
    """Opens sessions for an async client; `token` returns the current bearer token."""

    def __init__(self, config: ClientConfig, token: Callable[[], Awaitable[str]]) -> None:
        self._config = config
        self._token = token

    def _url(self, socket: WebSocket, route: str) -> Callable[[bool], Awaitable[str | None]]:
        return AsyncAddress(self._config, socket, route, self._token)

    def connect(
        self, socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
    ) -> contextlib.AbstractAsyncContextManager[AsyncSession]:
        """`async with` a session whose config the service accepted."""
        protocol, route, settings = _prepare(socket, path, configuration, options)

        from .session import AsyncSession

        @contextlib.asynccontextmanager
        async def session() -> AsyncIterator[AsyncSession]:
            opened = AsyncSession(protocol, self._url(socket, route), settings)
            await opened.start()
            try:
                yield opened
            finally:
                await opened.close()

        return session()

    def connect_raw(
        self,
        socket: WebSocket,
        path: tuple[object, ...],
        *,
        ping_interval: float | NotGiven | None,
        max_frame: int | NotGiven,
    ) -> contextlib.AbstractAsyncContextManager[AsyncRawSession]:
        """`async with` a raw session (`raw.AsyncRawSession`): nothing sent for you."""
        options = raw_options(ping_interval, max_frame)
        return open_async_raw(socket, self._url(socket, socket_path(socket, path)), options)


class SyncSocketRuntime:
    """Opens sessions for a sync client; `token` returns the current bearer token (it is
    called on a worker thread, so a token request does not stall the session's loop)."""

    def __init__(self, config: ClientConfig, token: Callable[[], str]) -> None:
        self._config = config
        self._token = token

    def _url(self, socket: WebSocket, route: str) -> Callable[[bool], Awaitable[str | None]]:
        import asyncio

        address = SyncAddress(self._config, socket, route, self._token)

        async def url(fresh: bool) -> str | None:  # a token request may block: not on the loop
            return await asyncio.to_thread(address, fresh)

        return url

    def connect(
        self, socket: WebSocket, path: tuple[object, ...], configuration: object, options: SocketOptions
    ) -> contextlib.AbstractContextManager[SyncSession]:
        """`with` a session whose config the service accepted."""
        protocol, route, settings = _prepare(socket, path, configuration, options)

        from .sync import Portal, SyncSession

        @contextlib.contextmanager
        def session() -> Iterator[SyncSession]:
            portal = Portal(f"corti-{socket.name}")
            try:
                opened = portal.call(_started(protocol, self._url(socket, route), settings))
                try:
                    yield SyncSession(portal, opened)
                finally:
                    portal.call(opened.close())
            finally:
                portal.stop()

        return session()

    def connect_raw(
        self,
        socket: WebSocket,
        path: tuple[object, ...],
        *,
        ping_interval: float | NotGiven | None,
        max_frame: int | NotGiven,
    ) -> contextlib.AbstractContextManager[RawSession]:
        """`with` a raw session (`raw.RawSession`): nothing sent for you."""
        options = raw_options(ping_interval, max_frame)
        address = SyncAddress(self._config, socket, socket_path(socket, path), self._token)
        return open_sync_raw(socket, address, options)


async def _started(
    protocol: SessionProtocol, url: Callable[[bool], Awaitable[str | None]], settings: SessionSettings
) -> Any:
    from .session import AsyncSession

    session = AsyncSession(protocol, url, settings)
    await session.start()
    return session
