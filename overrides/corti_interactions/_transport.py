"""Which async transport `AsyncCortiClient` uses.

httpx's own async pool loses throughput as concurrency grows (httpx issue #3215); the same
httpx API over aiohttp's connection pool (`httpx-aiohttp`, the `[aiohttp]` extra) does not.
So `"auto"` picks aiohttp when it is installed. `async_transport="httpx"` (or
`CORTI_ASYNC_TRANSPORT=httpx`) keeps httpx's own.
"""

from __future__ import annotations

import importlib.util
import os
from typing import Literal

import httpx

__all__ = ["AsyncTransportChoice", "make_async_transport"]

AsyncTransportChoice = Literal["auto", "httpx", "aiohttp"]
ENV_ASYNC_TRANSPORT = "CORTI_ASYNC_TRANSPORT"


def _resolve(choice: str | None) -> Literal["httpx", "aiohttp"]:
    choice = (choice or os.environ.get(ENV_ASYNC_TRANSPORT) or "auto").strip().lower()
    if choice == "auto":
        return "aiohttp" if importlib.util.find_spec("httpx_aiohttp") else "httpx"
    if choice in ("httpx", "aiohttp"):
        return choice  # type: ignore[return-value]
    raise ValueError(f"async_transport must be 'auto', 'httpx' or 'aiohttp'; got {choice!r}")


def make_async_transport(
    choice: str | None, *, limits: httpx.Limits, verify: bool = True
) -> httpx.AsyncBaseTransport | None:
    """The transport for a new `httpx.AsyncClient`; None means httpx's default."""
    if _resolve(choice) == "httpx":
        return None
    try:
        from ._aiohttp_transport import AiohttpTransport
    except ImportError:
        raise ValueError(
            "async_transport='aiohttp' needs the extra: pip install 'corti-interactions[aiohttp]'"
        ) from None
    return AiohttpTransport(limits=limits, verify=verify, trust_env=True)
