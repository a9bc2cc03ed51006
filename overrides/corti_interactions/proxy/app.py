"""`CortiProxy`: the ASGI application that lets browsers reach Corti's sockets through a
backend that holds the credentials.

One websocket route per socket of the spec (`/streams/{interaction_id}`, `/transcribe`: the
last fixed segment of the socket's path, then its parameters; Corti's own path as well,
`/interactions/{interaction_id}/streams`) and `POST /token` (a scoped
token for the browser). Every request goes through the `authorize` hook first; a refusal is
an HTTP answer before any upgrade (403), as Corti refuses a bad token, so a browser client
does not take it for a drop and reconnect. An allowed socket opens its upstream with the
client's credentials (a fresh token on each connect), and only once that is open is the
browser's socket accepted: a refused upstream handshake is answered to the browser the same
way (404 for an unknown interaction, 502 for anything else).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from corti_interactions_api.websockets import WEBSOCKETS

from .handshake import Authorize, Handshake, decide, decode_protocols
from .relay import PROXY_LOGGER, Limits, SessionSummary, relay

if TYPE_CHECKING:
    from corti_interactions_api.types import WebSocket as SocketSpec
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.types import Receive, Scope, Send
    from starlette.websockets import WebSocket

    from corti_interactions._client import AsyncCortiClient

__all__ = ["CortiProxy"]

DEFAULT_MAX_SESSIONS = 100
DEFAULT_MAX_FRAME = 1 << 20  # bytes: Corti's own messages are small; audio chunks are far smaller
DEFAULT_BUFFER_BYTES = 4 << 20  # bytes per direction
DEFAULT_IDLE_TIMEOUT = 60.0


def _route(socket: SocketSpec) -> str:
    """`/interactions/{interaction_id}/streams` -> `/streams/{interaction_id}`."""
    fixed = [part for part in socket.path.strip("/").split("/") if not part.startswith("{")]
    return "/" + fixed[-1] + "".join(f"/{{{p.name}}}" for p in socket.path_params)


def _positive(value: object, name: str, *, whole: bool = True) -> None:
    kinds = (int,) if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or not value > 0:
        raise ValueError(f"{name} must be a {'whole ' if whole else ''}number > 0; got {value!r}")


class CortiProxy:
    """An ASGI app to mount in FastAPI or Starlette: browsers stream to Corti through it.

    >>> proxy = CortiProxy(AsyncCortiClient(...), authorize=lambda hs: hs.query.get("key") == KEY)
    >>> app.mount("/corti", proxy)  # ws://host/corti/transcribe, /corti/streams/{id}, POST /corti/token

    Args:
        client: the `AsyncCortiClient` whose credentials open the upstream sockets (and mint
            the scoped tokens of `POST /token`).
        authorize: called with each request's `Handshake` (sync or async); `True` or a user
            id allows it, anything else refuses it (403 before any upgrade).
        max_sessions: sessions at once; one more is answered 503 before any upgrade.
        max_frame: the largest frame, in bytes, either way (a browser's larger frame closes
            it with 1009; the upstream's closes the upstream, mirrored).
        buffer_bytes: bytes waiting per direction before its reader counts as fallen behind
            (`CLOSE_BROWSER_BEHIND`, `CLOSE_UPSTREAM_BEHIND`).
        idle_timeout: seconds with no frame either way before the session is closed
            (`CLOSE_IDLE`).
        token_scopes: the scopes of the tokens `POST /token` mints.
        on_session_end: called with each session's `SessionSummary` (also logged at INFO on
            `corti_interactions.proxy`).
        ping_interval: seconds between keep-alive pings to Corti (None: none).
    """

    def __init__(
        self,
        client: AsyncCortiClient,
        *,
        authorize: Authorize,
        max_sessions: int = DEFAULT_MAX_SESSIONS,
        max_frame: int = DEFAULT_MAX_FRAME,
        buffer_bytes: int = DEFAULT_BUFFER_BYTES,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        token_scopes: Sequence[str] = ("streams", "transcribe"),
        on_session_end: Callable[[SessionSummary], Any] | None = None,
        ping_interval: float | None = 20.0,
    ) -> None:
        from starlette.routing import Route, Router, WebSocketRoute

        if not callable(authorize):
            raise TypeError("authorize must be a function of the browser's Handshake")
        _positive(max_sessions, "max_sessions")
        _positive(max_frame, "max_frame")
        _positive(buffer_bytes, "buffer_bytes")
        _positive(idle_timeout, "idle_timeout", whole=False)
        if isinstance(token_scopes, str) or not token_scopes:
            raise ValueError(f"token_scopes must be a non-empty list of scopes; got {token_scopes!r}")
        self._client = client
        self._authorize = authorize
        self._max_sessions = max_sessions
        self._limits = Limits(
            max_frame=max_frame, buffer_bytes=buffer_bytes, idle_timeout=float(idle_timeout)
        )
        self._token_scopes = tuple(token_scopes)
        self._on_session_end = on_session_end
        self._ping_interval = ping_interval
        self.active_sessions = 0
        routes: list[Any] = []
        for socket in WEBSOCKETS.values():
            endpoint = self._socket_endpoint(socket)
            # The short path for browsers, and Corti's own, so a `no_auth` client whose socket
            # base is the mount point reaches every socket.
            for path in dict.fromkeys([_route(socket), socket.path]):
                routes.append(WebSocketRoute(path, endpoint))
        routes.append(Route("/token", self._token, methods=["POST"]))
        self._router = Router(routes=routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._router(scope, receive, send)

    # -- the sockets --------------------------------------------------------------------
    def _socket_endpoint(self, socket: SocketSpec) -> _SocketApp:
        return _SocketApp(self, socket)

    async def _open_session(self, ws: WebSocket, socket: SocketSpec, receive: Receive, send: Send) -> None:
        path = tuple(ws.path_params[p.name] for p in socket.path_params)
        offered = tuple(ws.scope.get("subprotocols") or ())
        handshake = Handshake(
            route=_route(socket).split("/")[1],
            interaction_id=str(path[0]) if path else None,
            query=dict(ws.query_params),
            headers={k.lower(): v for k, v in ws.headers.items()},
            protocols=offered,
            protocol_headers=decode_protocols(offered),
            client=tuple(ws.client) if ws.client else None,  # type: ignore[arg-type]
        )
        if self.active_sessions >= self._max_sessions:
            await _deny(ws, 503, "too many sessions")
            return
        self.active_sessions += 1
        try:
            await self._serve(ws, socket, handshake, path, offered, receive=receive, send=send)
        finally:
            self.active_sessions -= 1

    async def _serve(
        self,
        ws: WebSocket,
        socket: SocketSpec,
        handshake: Handshake,
        path: tuple[Any, ...],
        offered: tuple[str, ...],
        *,
        receive: Receive,
        send: Send,
    ) -> None:
        from corti_interactions._streaming.errors import StreamError, StreamHandshakeError

        allowed, user = await self._decide(handshake)
        if not allowed:
            await _deny(ws, 403, "refused")
            return
        resource = getattr(self._client, socket.name)
        try:
            opening = resource.connect_raw(
                *path, ping_interval=self._ping_interval, max_frame=self._limits.max_frame
            )
        except ValueError:
            await _deny(ws, 400, "invalid path")
            return
        summary = SessionSummary(route=handshake.route, interaction_id=handshake.interaction_id, user=user)
        try:
            async with opening as upstream:
                # Browsers refuse a socket whose offered subprotocols all went unanswered: pick
                # the first, as Node's `ws` (Corti's proxy example) does.
                await ws.accept(subprotocol=offered[0] if offered else None)
                await relay(ws, upstream, self._limits, summary, receive=receive, send=send)
        except StreamHandshakeError as exc:
            PROXY_LOGGER.warning(
                "proxy %s: upstream refused the handshake (%s)", handshake.route, exc.status_code
            )
            await _deny(ws, 404 if exc.status_code == 404 else 502, "upstream refused")
            return
        except StreamError as exc:
            PROXY_LOGGER.warning("proxy %s: upstream unreachable (%s)", handshake.route, type(exc).__name__)
            await _deny(ws, 502, "upstream unreachable")
            return
        PROXY_LOGGER.info("%s", summary.line())
        if self._on_session_end is not None:
            self._on_session_end(summary)

    async def _decide(self, handshake: Handshake) -> tuple[bool, str | None]:
        try:
            return await decide(self._authorize, handshake)
        except Exception as exc:
            PROXY_LOGGER.error("proxy %s: the authorize hook raised %s", handshake.route, type(exc).__name__)
            return False, None

    # -- the scoped token ---------------------------------------------------------------
    async def _token(self, request: Request) -> Response:
        from starlette.responses import JSONResponse

        from corti_interactions._exceptions import APIError

        handshake = Handshake(
            route="token",
            interaction_id=None,
            query=dict(request.query_params),
            headers={k.lower(): v for k, v in request.headers.items()},
            client=tuple(request.client) if request.client else None,  # type: ignore[arg-type]
        )
        no_store = {"Cache-Control": "no-store", "Pragma": "no-cache"}
        allowed, _user = await self._decide(handshake)
        if not allowed:
            return JSONResponse({"error": "access_denied"}, status_code=403, headers=no_store)
        try:
            token = await self._client.scoped_token(list(self._token_scopes))
        except APIError as exc:
            PROXY_LOGGER.warning("proxy token: the token request failed (%s)", type(exc).__name__)
            return JSONResponse({"error": "temporarily_unavailable"}, status_code=502, headers=no_store)
        body = {
            "access_token": token.access_token,
            "token_type": "Bearer",
            "expires_in": int(token.expires_in),
            "scope": " ".join(("openid", *token.scopes)),
        }
        return JSONResponse(body, headers=no_store)


class _SocketApp:
    """One socket route's ASGI app. A plain ASGI app rather than a Starlette endpoint function:
    the relay's frames then go to the server's own `receive`/`send`, not through Starlette's
    per-message wrappers (its state checks and exception-handling sender), which cost CPU on
    every frame; the handshake, accept and close still go through Starlette's `WebSocket`."""

    def __init__(self, proxy: CortiProxy, socket: SocketSpec) -> None:
        self._proxy, self._socket = proxy, socket

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        from starlette.websockets import WebSocket

        ws = WebSocket(scope, receive=receive, send=send)
        await self._proxy._open_session(ws, self._socket, receive, send)


async def _deny(ws: WebSocket, status: int, reason: str) -> None:
    """Answer the handshake with `status`, before any upgrade."""
    from starlette.responses import PlainTextResponse

    if "websocket.http.response" in ws.scope.get("extensions", {}):
        await ws.send_denial_response(PlainTextResponse(reason, status_code=status))
    else:  # the server answers 403 to a socket closed before it was accepted
        with contextlib.suppress(RuntimeError):
            await ws.close(1008)
