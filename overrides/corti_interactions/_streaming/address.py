"""Where a socket opens, and with which token: one path for every session (managed and raw,
sync and async), so a token the service refuses is handled alike everywhere.

An address is called with `fresh=False` for the URL with the current token, and with
`fresh=True` after the service refused that token (a 401 at the handshake): a renewed one
(a cached token renewed once for every caller refused alike; a token callable asked again),
or None when no other token can be had (a fixed token string), so the 401 stands. A client
made with `no_auth=True` sends no token at all: no `token` query parameter, no
`Authorization` header (a proxy of the caller's adds credentials).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from corti_interactions_api.socket_types import WebSocket

from corti_interactions._auth import NoAuth, RenewingToken, StaticToken
from corti_interactions._config import ClientConfig

from .urls import socket_url

__all__ = ["AsyncAddress", "SyncAddress"]

_NONE_SENT = -1  # no token generation is -1: a refresh before any send renews nothing


def _asks_again(auth: object) -> bool:
    """Whether asking for the token again may give another one: a token callable does."""
    return isinstance(auth, StaticToken) and auth.renewable


class _Address:
    """What both twins share: the socket's route, and which cached token went out last."""

    def __init__(self, config: ClientConfig, socket: WebSocket, route: str) -> None:
        self._config = config
        self._socket = socket
        self._route = route
        self._sent = _NONE_SENT  # the generation of the cached token last put in a URL

    def _url(self, token: str | None) -> str:
        auth = self._config.auth
        if isinstance(auth, RenewingToken):
            self._sent = auth.generation  # read after the token: at worst one renewal too many
        return socket_url(self._config, self._socket, self._route, token)


class SyncAddress(_Address):
    """The address for a sync client; `token` is its current-token function (it may send a
    token request: call this on a worker thread from an event loop)."""

    def __init__(self, config: ClientConfig, socket: WebSocket, route: str, token: Callable[[], str]) -> None:
        super().__init__(config, socket, route)
        self._token = token

    def __call__(self, fresh: bool) -> str | None:
        auth = self._config.auth
        if isinstance(auth, NoAuth):
            return None if fresh else self._url(None)
        if fresh and isinstance(auth, RenewingToken):
            auth.sync_refresh(timeout=self._config.timeout_dict, refused=self._sent)
        elif fresh and not _asks_again(auth):
            return None
        return self._url(self._token())


class AsyncAddress(_Address):
    """The address for an async client; `token` is its current-token coroutine function."""

    def __init__(
        self, config: ClientConfig, socket: WebSocket, route: str, token: Callable[[], Awaitable[str]]
    ) -> None:
        super().__init__(config, socket, route)
        self._token = token

    async def __call__(self, fresh: bool) -> str | None:
        auth = self._config.auth
        if isinstance(auth, NoAuth):
            return None if fresh else self._url(None)
        if fresh and isinstance(auth, RenewingToken):
            await auth.async_refresh(timeout=self._config.timeout_dict, refused=self._sent)
        elif fresh and not _asks_again(auth):
            return None
        return self._url(await self._token())
