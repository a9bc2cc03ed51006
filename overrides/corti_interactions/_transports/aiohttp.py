"""httpx's transport API over aiohttp's connection pool (the `[aiohttp]` extra).

httpx-aiohttp maps every `aiohttp.ClientConnectionError` to `httpx.ConnectTimeout`, so a
refused or dropped connection would look like a timeout. This wrapper maps them as httpx's
own transport does (refused: `ConnectError`; dropped: `RemoteProtocolError`), while
sending and while reading the body (both in `handle_async_request` here), so errors and
retries are the same on either transport.

It also reads the body while aiohttp holds it (`await response.read()`, one call) and hands
httpx the bytes, where httpx-aiohttp hands over a stream that httpx reads through four
nested async iterators. The client reads every answer whole anyway (httpx's own `send`
does too), and this transport serves only pools the client makes (`async_transport`).
Content-Encoding is still decoded by httpx (a broken gzip body is `httpx.DecodingError`).
"""

from __future__ import annotations

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport as _HttpxAiohttpTransport
from httpx_aiohttp.transport import map_aiohttp_exceptions

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
            return await self._send(request)
        except httpx.TransportError as exc:
            mapped = _remap(exc, request)
            if mapped is exc:
                raise
            raise mapped from exc.__cause__

    async def _send(self, request: httpx.Request) -> httpx.Response:
        # As httpx-aiohttp 0.2's handle_async_request, with the body read inside.
        session = self.client
        if not isinstance(session, aiohttp.ClientSession):
            session = self.client = self.get_client()
        timeout = request.extensions.get("timeout", {})
        proxy = self.proxy
        with map_aiohttp_exceptions():
            data: bytes | httpx.AsyncByteStream | None
            try:
                data = request.content or None
            except httpx.RequestNotRead:
                data = request.stream  # type: ignore[assignment]
                request.headers.pop("transfer-encoding", None)  # aiohttp frames it
            async with session.request(
                method=request.method,
                url=str(request.url),
                headers=request.headers.multi_items(),
                data=data,
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=aiohttp.ClientTimeout(
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                    connect=timeout.get("pool"),
                ),
                server_hostname=request.extensions.get("sni_hostname"),
                proxy=str(proxy.url) if proxy else None,
                proxy_auth=aiohttp.BasicAuth(*proxy.auth) if proxy and proxy.auth else None,
                proxy_headers=proxy.headers if proxy else None,
            ) as response:
                body = await response.read()
        extensions: dict[str, object] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            content=body,
            request=request,
            extensions=extensions,
        )
