"""Which transport a client mounts on the pool it makes: httpx's own (sync, and async by
default), or aiohttp's when asked for. The client keeps a reference to what it mounted and
sends straight to it (`direct`); None means httpx chooses (proxies from the environment).

httpx's transport is the default whatever is installed: it honours every setting of the
client (all four timeouts, both connection limits, the proxy variables). aiohttp's
connection pool (`_transports/aiohttp`, the `[aiohttp]` extra) is opt-in, with
`async_transport="aiohttp"` or `CORTI_ASYNC_TRANSPORT=aiohttp`: it is several times faster
under concurrency (httpx issue #3215; `make bench`), but it has no write timeout, keeps
every idle connection up to the connection limit (no keep-alive limit), and ignores the
proxy variables.

Proxies: httpx reads `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` only for its own
transport; aiohttp reads them only with `trust_env`, which the transport leaves off, so a
request would silently bypass the proxy. When the environment names a proxy, httpx's
transport is used, whatever the choice.
"""

from __future__ import annotations

import os
import urllib.request
from typing import Literal

import httpx

from corti_interactions._constants import ENV_ASYNC_TRANSPORT
from corti_interactions._logging import logger

__all__ = ["AsyncTransportChoice", "make_async_transport", "make_sync_transport"]

AsyncTransportChoice = Literal["httpx", "aiohttp"]


def _environment_proxy() -> bool:
    proxies = urllib.request.getproxies()  # the *_PROXY variables, as httpx reads them
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


def _resolve(choice: str | None) -> AsyncTransportChoice:
    choice = (choice or os.environ.get(ENV_ASYNC_TRANSPORT) or "httpx").strip().lower()
    if choice == "httpx":
        return "httpx"
    if choice != "aiohttp":
        raise ValueError(f"async_transport must be 'httpx' (the default) or 'aiohttp'; got {choice!r}")
    if _environment_proxy():
        logger.debug("a proxy is set in the environment: using httpx's transport, which honours it")
        return "httpx"
    return "aiohttp"


def make_sync_transport(*, limits: httpx.Limits) -> httpx.BaseTransport | None:
    """The transport for a new `httpx.Client`; None when the environment names a proxy
    (httpx then mounts its proxy transports, which only it can choose between by URL)."""
    if _environment_proxy():
        return None
    return httpx.HTTPTransport(limits=limits)  # what httpx.Client would make, held by us


def make_async_transport(choice: str | None, *, limits: httpx.Limits) -> httpx.AsyncBaseTransport | None:
    """The transport for a new `httpx.AsyncClient`; None as for `make_sync_transport`."""
    if _resolve(choice) == "httpx":
        return None if _environment_proxy() else httpx.AsyncHTTPTransport(limits=limits)
    try:
        from .aiohttp import AiohttpTransport
    except ImportError:
        raise ValueError(
            "async_transport='aiohttp' needs the extra: pip install 'corti-interactions[aiohttp]'"
        ) from None
    return AiohttpTransport(limits=limits, trust_env=True)
