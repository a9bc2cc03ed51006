"""httpx's transport API over aiohttp's connection pool (the `[aiohttp]` extra).

httpx-aiohttp maps every `aiohttp.ClientConnectionError` to `httpx.ConnectTimeout`, so a
refused or dropped connection would look like a timeout. This wrapper maps them as httpx's
own transport does (refused: `ConnectError`; dropped: `RemoteProtocolError`), both while
sending and while reading the body, so errors and retries are the same on either transport.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

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


class _Body(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner, self._request = inner, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as exc:
            mapped = _remap(exc, self._request)
            if mapped is exc:
                raise
            raise mapped from exc.__cause__

    async def aclose(self) -> None:
        await self._inner.aclose()


class AiohttpTransport(_HttpxAiohttpTransport):
    """httpx-aiohttp's transport with httpx's own error mapping."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response: httpx.Response = await super().handle_async_request(request)
        except httpx.TransportError as exc:
            mapped = _remap(exc, request)
            if mapped is exc:
                raise
            raise mapped from exc.__cause__
        assert isinstance(response.stream, httpx.AsyncByteStream)  # noqa: S101 - for mypy
        response.stream = _Body(response.stream, request)
        return response
