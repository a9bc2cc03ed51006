"""What the `authorize` hook sees of a browser's request, and how its answer is read.

Browsers cannot set headers on a WebSocket handshake, so Corti's JavaScript SDK
(`encodeHeadersAsWsProtocols`) sends them as subprotocol pairs in `Sec-WebSocket-Protocol`:
`name1, encodeURIComponent(value1), name2, ...`; `protocol_headers` holds them decoded.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote

__all__ = ["Authorize", "Decision", "Handshake", "decide", "decode_protocols"]


@dataclass(frozen=True, slots=True)
class Handshake:
    """A browser's request to the proxy, as the `authorize` hook sees it.

    - `route`: `"streams"`, `"transcribe"` (a socket) or `"token"` (the scoped-token route);
    - `interaction_id`: the interaction of a `/streams/{id}` socket (None elsewhere);
    - `query`, `headers`: the request's query parameters and headers (lower-case names);
    - `protocols`: the offered subprotocols as sent; `protocol_headers`: their pairs decoded;
    - `client`: the peer's (host, port), if known.

    Its repr shows the route and interaction only: the query, headers and protocols may hold
    the browser's credentials.
    """

    route: str
    interaction_id: str | None
    query: Mapping[str, str] = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)
    protocols: tuple[str, ...] = field(repr=False, default=())
    protocol_headers: Mapping[str, str] = field(repr=False, default_factory=dict)
    client: tuple[str, int] | None = field(repr=False, default=None)


Decision = bool | str | None
"""The hook's answer: `True` (allowed), a `str` (allowed: the user, for the session's
accounting), `False` or `None` (refused: HTTP 403 before any upgrade)."""

Authorize = Callable[[Handshake], Decision | Awaitable[Decision]]
"""The `authorize` hook: sync or async."""


def decode_protocols(protocols: tuple[str, ...]) -> dict[str, str]:
    """The `name, encodeURIComponent(value)` pairs of `Sec-WebSocket-Protocol`, decoded (a
    trailing unpaired entry, such as a plain subprotocol, is left out)."""
    return {unquote(protocols[i]): unquote(protocols[i + 1]) for i in range(0, len(protocols) - 1, 2)}


async def decide(hook: Authorize, handshake: Handshake) -> tuple[bool, str | None]:
    """Ask the hook: (allowed, user). Anything but `True` or a non-empty `str` refuses."""
    answer = hook(handshake)
    if inspect.isawaitable(answer):
        answer = await answer
    if answer is True:
        return True, None
    if isinstance(answer, str) and answer:
        return True, answer
    return False, None
