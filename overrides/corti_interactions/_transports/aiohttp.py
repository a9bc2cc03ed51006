"""httpx's transport API over aiohttp's connection pool (the `[aiohttp]` extra).

httpx-aiohttp maps every `aiohttp.ClientConnectionError` to `httpx.ConnectTimeout`, so a
refused or dropped connection would look like a timeout. This wrapper maps them as httpx's
own transport does (refused: `ConnectError`; dropped: `RemoteProtocolError`), while
sending and while reading the body (both in `handle_async_request` here), so errors and
retries are the same on either transport.

Only httpx-aiohttp's public API is used: its `AiohttpTransport.handle_async_request` sends,
and the body is read here, at once, through the stream it returns (the client reads every
JSON answer whole anyway, and this transport serves only pools the client makes), except
for a streamed answer (a download, marked `STREAMED` on the request): its body is left to
the caller, read chunk by chunk, with the same error mapping. Content-Encoding is decoded by
httpx (a broken gzip body is `httpx.DecodingError`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport as _HttpxAiohttpTransport

from corti_interactions._binary import STREAMED

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


class _RemappedStream(httpx.AsyncByteStream):
    """A body read as iterated, its errors mapped as `handle_async_request` maps them."""

    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._stream, self._request = stream, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except httpx.TransportError as exc:
            mapped = _remap(exc, self._request)
            if mapped is exc:
                raise
            raise mapped from exc.__cause__

    async def aclose(self) -> None:
        await self._stream.aclose()


class AiohttpTransport(_HttpxAiohttpTransport):
    """httpx-aiohttp's transport with httpx's own error mapping, reading the body at once
    (a streamed answer's excepted)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
            if request.extensions.get(STREAMED):
                stream = response.stream
                assert isinstance(stream, httpx.AsyncByteStream)  # noqa: S101 - an async transport's
                return httpx.Response(
                    response.status_code,
                    headers=response.headers,
                    stream=_RemappedStream(stream, request),
                    request=request,
                    extensions=response.extensions,
                )
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
