"""Where a socket session connects: the socket base from the client's REST base, the path,
the tenant and the token, with the token only on the API's own host."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

import httpx
from corti_interactions_api.types import WebSocket
from corti_interactions_api.websockets import REST_SERVER, SOCKET_SERVER

from corti_interactions._config import ClientConfig
from corti_interactions._environment import stream_url_with_token
from corti_interactions._payload import path_value

__all__ = ["socket_base", "socket_path", "socket_scope", "socket_url"]

_SCHEMES = {"https": "wss", "http": "ws"}


def _server_path(template: str) -> str:
    return httpx.URL(template.replace("{environment}", "x")).path.rstrip("/")


def socket_base(base_url: str) -> str:
    """`https://api.eu.corti.app/v2` -> `wss://api.eu.corti.app/audio-bridge/v2`: the scheme
    made a socket's, the REST server's path (`/v2`) replaced by the socket server's."""
    url = httpx.URL(base_url)
    rest, sockets = _server_path(REST_SERVER), _server_path(SOCKET_SERVER)
    path = url.path.rstrip("/")
    path = path[: -len(rest)] + sockets if rest and path.endswith(rest) else path + sockets
    return str(url.copy_with(scheme=_SCHEMES[url.scheme], path=path))


def socket_path(socket: WebSocket, args: Sequence[object]) -> str:
    """The socket's path with its parameters checked and filled (`ValueError` naming one)."""
    if len(args) != len(socket.path_params):
        raise TypeError(f"{socket.name}.connect() takes {len(socket.path_params)} path arguments")
    return socket.path.format(
        **{p.name: path_value(p, v) for p, v in zip(socket.path_params, args, strict=True)}
    )


def socket_url(config: ClientConfig, socket: WebSocket, path: str, token: str | None) -> str:
    """The URL to open: the tenant and `token=Bearer ...` in the query (Corti reads them there);
    no token at all for a client made with `no_auth=True` (its proxy adds credentials)."""
    url = f"{socket_base(config.base_url)}{path}?tenant-name={quote(config.tenant_name, safe='')}"
    return url if token is None else stream_url_with_token(url, token, allowed_hosts=config.stream_hosts)


def socket_scope(socket: WebSocket) -> str:
    """The scope a token limited to one socket needs for this one: the last segment of its
    path (`streams` for `/interactions/{id}/streams`, `transcribe` for `/transcribe`), as
    Corti's scope table pairs them (FACTS-auth.md 4.3)."""
    return socket.path.rstrip("/").rsplit("/", 1)[-1]
