"""One send on a pool the client made itself, straight to the transport it mounted.

`httpx.Client.send` does, per request: the auth flow, the pool's timeout when the request
has none, a choice of transport by URL (proxies), the send, the body read, `elapsed`, the
redirect `history`, an INFO line on the `httpx` logger; and, besides, event hooks, the
cookie jar (about 20 µs a call, copying every response into a `urllib` request to look for
`Set-Cookie`) and redirect bookkeeping. A pool the client made has no hooks and follows no
redirects, and this API sets no cookies (and the client never sent the jar's cookies: it
builds its requests itself). So for that pool these functions do the first list and skip
the second; the answer is the same `httpx.Response`, read and closed, with the responses
the auth flow answered with a resend (a 401) in its `history`, as httpx keeps them.

Only public httpx names are used: the client made the transport (`transport=`, or its own
`httpx.HTTPTransport`) and hands it here, so no lookup by URL is needed. A pool whose
transports httpx chose (proxies from the environment) or that the caller brought
(`httpx_client=`) keeps `httpx.Client.send`.

Theory of operation: the auth flow (`httpx.Auth.sync_auth_flow`) yields a request, gets the
response, and yields again only to resend (a rejected token and a fresh one); each response
is read before the flow sees it, which httpx also does before a resend and before returning.
"""

from __future__ import annotations

import datetime
import logging
import time

import httpx

__all__ = ["async_send_direct", "sync_send_direct"]

_httpx_logger = logging.getLogger("httpx")  # the line httpx's own send logs at INFO


def _closed() -> RuntimeError:
    return RuntimeError("Cannot send a request, as the client has been closed.")


def _set_timeout(request: httpx.Request, pool: httpx.Client | httpx.AsyncClient) -> None:
    """The pool's timeout for a request that names none (a token request), as httpx does."""
    if "timeout" not in request.extensions:
        request.extensions = {**request.extensions, "timeout": pool.timeout.as_dict()}


def _sent(request: httpx.Request, response: httpx.Response, start: float) -> httpx.Response:
    response.request = request
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
    if _httpx_logger.isEnabledFor(logging.INFO):
        # httpx's own line, but without the query: it can hold a patient's identifier.
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url.copy_with(query=None),
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )
    return response


def _sync_once(transport: httpx.BaseTransport, request: httpx.Request, read: bool = True) -> httpx.Response:
    start = time.perf_counter()
    try:
        response = transport.handle_request(request)
    except httpx.RequestError as exc:  # as httpx's request_context: the error names its request
        exc.request = request
        raise
    try:
        if read:
            response.read()
    except BaseException:
        response.close()
        raise
    return _sent(request, response, start)


def sync_send_direct(
    pool: httpx.Client,
    transport: httpx.BaseTransport,
    request: httpx.Request,
    auth: httpx.Auth,
    *,
    read: bool = True,
) -> httpx.Response:
    """`pool.send(request, auth=auth, follow_redirects=False, stream=not read)`, for a pool the
    client made with `transport` (the one it mounted for every URL)."""
    if pool.is_closed:
        raise _closed()
    _set_timeout(request, pool)
    flow = auth.sync_auth_flow(request)
    history: list[httpx.Response] = []
    try:
        request = next(flow)
        while True:
            response = _sync_once(transport, request, read)
            response.history = list(history)
            try:
                request = flow.send(response)
            except StopIteration:
                return response
            history.append(response)
            response.close()  # resent (a rejected token and a fresh one): this answer is done with
    finally:
        flow.close()


async def _async_once(
    transport: httpx.AsyncBaseTransport, request: httpx.Request, read: bool = True
) -> httpx.Response:
    start = time.perf_counter()
    try:
        response = await transport.handle_async_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    try:
        if read:
            await response.aread()
    except BaseException:
        await response.aclose()
        raise
    return _sent(request, response, start)


async def async_send_direct(
    pool: httpx.AsyncClient,
    transport: httpx.AsyncBaseTransport,
    request: httpx.Request,
    auth: httpx.Auth,
    *,
    read: bool = True,
) -> httpx.Response:
    """`await pool.send(request, auth=auth, follow_redirects=False, stream=not read)`, for a
    pool the client made with `transport`."""
    if pool.is_closed:
        raise _closed()
    _set_timeout(request, pool)
    flow = auth.async_auth_flow(request)
    history: list[httpx.Response] = []
    try:
        request = await anext(flow)
        while True:
            response = await _async_once(transport, request, read)
            response.history = list(history)
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return response
            history.append(response)
            await response.aclose()
    finally:
        await flow.aclose()
