"""One send on a pool the client made itself, straight to the pool's transport.

`httpx.Client.send` does, per request: the auth flow, the pool's timeout when the request
has none, a choice of transport by URL (proxies), the send, the body read, `elapsed`, an
INFO line on the `httpx` logger; and, besides, event hooks, the cookie jar (about 20 µs a
call, copying every response into a `urllib` request to look for `Set-Cookie`) and redirect
bookkeeping. A pool the client made has no hooks and follows no redirects, and this API
sets no cookies (and the client never sent the jar's cookies: it builds its requests
itself). So for that pool these functions do the first list and skip the second; the
answer is the same `httpx.Response`, read and closed. A pool given with `httpx_client=`
keeps `httpx.Client.send` (its hooks, mounts and cookies are the caller's).

Theory of operation: the auth flow (`httpx.Auth.sync_auth_flow`) yields a request, gets the
response, and yields again only to resend (a 401 and a fresh token); each response is read
before the flow sees it, which httpx also does before a resend and before returning.
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


def _sync_once(pool: httpx.Client, request: httpx.Request, read: bool = True) -> httpx.Response:
    transport = pool._transport_for_url(request.url)
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
    pool: httpx.Client, request: httpx.Request, auth: httpx.Auth, *, read: bool = True
) -> httpx.Response:
    """`pool.send(request, auth=auth, follow_redirects=False, stream=not read)`, for a pool the
    client made."""
    if pool.is_closed:
        raise _closed()
    _set_timeout(request, pool)
    flow = auth.sync_auth_flow(request)
    try:
        request = next(flow)
        while True:
            response = _sync_once(pool, request, read)
            try:
                request = flow.send(response)
            except StopIteration:
                return response
            response.close()  # resent (a 401 and a fresh token): this answer is done with
    finally:
        flow.close()


async def _async_once(pool: httpx.AsyncClient, request: httpx.Request, read: bool = True) -> httpx.Response:
    transport = pool._transport_for_url(request.url)
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
    pool: httpx.AsyncClient, request: httpx.Request, auth: httpx.Auth, *, read: bool = True
) -> httpx.Response:
    """`await pool.send(request, auth=auth, follow_redirects=False, stream=not read)`, for a
    pool the client made."""
    if pool.is_closed:
        raise _closed()
    _set_timeout(request, pool)
    flow = auth.async_auth_flow(request)
    try:
        request = await anext(flow)
        while True:
            response = await _async_once(pool, request, read)
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return response
            await response.aclose()
    finally:
        await flow.aclose()
