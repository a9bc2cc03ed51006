"""httpx's transport API over aiohttp's connection pool (the `[aiohttp]` extra).

httpx-aiohttp maps every `aiohttp.ClientConnectionError` to `httpx.ConnectTimeout`, so a
refused or dropped connection would look like a timeout. This wrapper maps them as httpx's
own transport does (refused: `ConnectError`; dropped: `RemoteProtocolError`), while
sending and while reading the body (both in `handle_async_request` here), so errors and
retries are the same on either transport.

Only httpx-aiohttp's public API is used: its `AiohttpTransport.handle_async_request` sends,
and the body is read here, at once, through the stream it returns (the client reads every
answer whole anyway, and this transport serves only pools the client makes). Content-Encoding
is decoded by httpx (a broken gzip body is `httpx.DecodingError`).
"""

from __future__ import annotations

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport as _HttpxAiohttpTransport

__all__ = ["AiohttpTransport"]

_REAL_TIMEOUTS = (aiohttp.ServerTimeoutError, TimeoutError)


def _remap(exc: httpx.TransportError, request: httpx.Request) -> httpx.TransportError:
    cause = exc.__cause__
    if not isinstance(exc, httpx.TimeoutException) or cause is None or isinstance(cause, _REAL_TIMEOUTS):
        return exc
    message = str(cause) or type(cause).__name__
    if isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    return httpx.RemoteProtocolError(message, request=request)


class AiohttpTransport(_HttpxAiohttpTransport):
    """httpx-aiohttp's transport with httpx's own error mapping, reading the body at once."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        except httpx.TransportError as exc:
            mapped = _remap(exc, request)
            if mapped is exc:
                raise
            raise mapped from exc.__cause__
        return response
