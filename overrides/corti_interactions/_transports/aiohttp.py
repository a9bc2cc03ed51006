"""httpx's transport API over aiohttp's connection pool (the `[aiohttp]` extra).

Public APIs only: an `httpx.AsyncBaseTransport` that sends with `aiohttp.ClientSession.request`
and reads the body in the same step (`await response.read()`, one call), handing httpx the
bytes. The client reads every answer whole anyway, and this transport serves only pools the
client makes (`async_transport="aiohttp"`). httpx-aiohttp's transport, which this replaced,
hands httpx a stream that httpx then reads through its chunker and four nested async
iterators, each chunk inside an exception-mapping context: about a tenth of a call at 64 in
flight (bench/NOTES.md, round 4). Content-Encoding is decoded by httpx (aiohttp's own
decompression is off), so a broken gzip body is `httpx.DecodingError` on either transport.
A streamed answer (a download, marked `STREAMED` on the request) is the exception: its body
is left to the caller, read chunk by chunk as iterated, so memory holds a chunk, not the body.

aiohttp's errors become httpx's as httpx's own transport raises them, while sending and while
reading the body, so errors and retries are the same on either transport: refused is
`ConnectError`, dropped is `RemoteProtocolError`, a read timeout `ReadTimeout`, a connect or
pool timeout `ConnectTimeout`, a broken body `ReadError`.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator

import aiohttp
import httpx

from corti_interactions._constants import STREAMED

__all__ = ["AiohttpTransport"]

CHUNK = 64 * 1024  # bytes a streamed answer's read asks for at a time
_TIMEOUTS_KEPT = 16  # distinct per-call timeouts whose aiohttp form is kept

# aiohttp's error -> httpx's, the first match winning (subclasses before their bases).
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ConnectTimeout),  # the connect and pool (`connect=`) timeouts
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, unresolvable, TLS handshake
    (aiohttp.ClientConnectionError, httpx.RemoteProtocolError),  # dropped mid-exchange
    (aiohttp.ClientPayloadError, httpx.ReadError),
    (aiohttp.InvalidUrlClientError, httpx.UnsupportedProtocol),
)


def _mapped(exc: BaseException, request: httpx.Request) -> httpx.TransportError | None:
    for source, target in _ERRORS:
        if isinstance(exc, source):
            return target(str(exc) or type(exc).__name__, request=request)
    return None


class _StreamedBody(httpx.AsyncByteStream):
    """A streamed answer's body, read from aiohttp as iterated, its errors mapped as the send's
    are; closing it releases the connection (closed, if the body was not read to its end)."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response, self._request = response, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(CHUNK):
                yield chunk
        except aiohttp.ClientError as exc:
            mapped = _mapped(exc, self._request)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An aiohttp connection pool behind httpx's transport API; each answer read whole, but
    a streamed one (`STREAMED`), read as iterated."""

    def __init__(self, *, limits: httpx.Limits, trust_env: bool = True) -> None:
        self.ssl_context: ssl.SSLContext = httpx.create_ssl_context(trust_env=trust_env)
        """What the pool's TLS connections use (verification on, as httpx's)."""
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None  # made in the loop of the first request
        self._timeouts: dict[tuple[float | None, float | None, float | None], aiohttp.ClientTimeout] = {}

    def _new_session(self) -> aiohttp.ClientSession:
        limit = self._limits.max_connections
        connector = aiohttp.TCPConnector(
            ssl=self.ssl_context,
            keepalive_timeout=self._limits.keepalive_expiry,
            limit=100 if limit is None else limit,  # None: aiohttp's own default
        )
        return aiohttp.ClientSession(connector=connector)

    def _timeout(
        self, connect: float | None, read: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for httpx's, made once per distinct value (every call of a client
        without a per-call `timeout=` shares one): `ClientTimeout` is frozen."""
        key = (connect, read, pool)
        made = self._timeouts.get(key)
        if made is None:
            made = aiohttp.ClientTimeout(sock_connect=connect, sock_read=read, connect=pool)
            if len(self._timeouts) < _TIMEOUTS_KEPT:
                self._timeouts[key] = made
        return made

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None:
            session = self._session = self._new_session()
        timeout = request.extensions.get("timeout", {})
        data: bytes | httpx.AsyncByteStream | None
        try:
            data = request.content or None
        except httpx.RequestNotRead:  # a streamed body (raw bytes from a file or an iterator)
            data = request.stream  # type: ignore[assignment]
            request.headers.pop("transfer-encoding", None)  # aiohttp frames it
        streamed = bool(request.extensions.get(STREAMED))
        body: bytes | None = None
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=request.headers.multi_items(),
                data=data,
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=self._timeout(timeout.get("connect"), timeout.get("read"), timeout.get("pool")),
                server_hostname=request.extensions.get("sni_hostname"),
            )
            if not streamed:  # read with the send: one call, the connection back to the pool
                try:
                    body = await response.read()
                finally:
                    response.release()
        except aiohttp.ClientError as exc:
            mapped = _mapped(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        extensions: dict[str, object] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        if body is None:
            return httpx.Response(
                response.status,
                headers=response.raw_headers,
                stream=_StreamedBody(response, request),
                request=request,
                extensions=extensions,
            )
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            content=body,
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        """Close the pool's connections."""
        if self._session is not None:
            await self._session.close()
