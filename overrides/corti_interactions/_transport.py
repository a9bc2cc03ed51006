"""Which async transport `AsyncCortiClient` uses.

httpx's own async pool loses throughput as concurrency grows (httpx issue #3215); the same
httpx API over aiohttp's connection pool (`httpx-aiohttp`, the `[aiohttp]` extra) does not.
So `"auto"` picks aiohttp when it is installed. `async_transport="httpx"` (or
`CORTI_ASYNC_TRANSPORT=httpx`) keeps httpx's own.

Proxies: httpx reads `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` only for its own
transport, and httpx-aiohttp does not read them at all, so a request would silently bypass
the proxy. When the environment names a proxy, httpx's transport is used, whatever the choice.
"""

from __future__ import annotations

import importlib.util
import os
import urllib.request
from typing import Literal

import httpx

from ._logging import logger

__all__ = ["AsyncTransportChoice", "make_async_transport"]

AsyncTransportChoice = Literal["auto", "httpx", "aiohttp"]
ENV_ASYNC_TRANSPORT = "CORTI_ASYNC_TRANSPORT"


def _environment_proxy() -> bool:
    proxies = urllib.request.getproxies()  # the *_PROXY variables, as httpx reads them
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


def _resolve(choice: str | None) -> Literal["httpx", "aiohttp"]:
    choice = (choice or os.environ.get(ENV_ASYNC_TRANSPORT) or "auto").strip().lower()
    if choice not in ("auto", "httpx", "aiohttp"):
        raise ValueError(f"async_transport must be 'auto', 'httpx' or 'aiohttp'; got {choice!r}")
    if choice == "httpx":
        return "httpx"
    if _environment_proxy():
        logger.debug("a proxy is set in the environment: using httpx's transport, which honours it")
        return "httpx"
    if choice == "auto":
        return "aiohttp" if importlib.util.find_spec("httpx_aiohttp") else "httpx"
    return "aiohttp"


def make_async_transport(choice: str | None, *, limits: httpx.Limits) -> httpx.AsyncBaseTransport | None:
    """The transport for a new `httpx.AsyncClient`; None means httpx's default."""
    if _resolve(choice) == "httpx":
        return None
    try:
        from ._aiohttp_transport import AiohttpTransport
    except ImportError:
        raise ValueError(
            "async_transport='aiohttp' needs the extra: pip install 'corti-interactions[aiohttp]'"
        ) from None
    return AiohttpTransport(limits=limits, trust_env=True)
