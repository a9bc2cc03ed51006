"""httpx's transport API over aiohttp's connection pool (the `[aiohttp]` extra)."""

from __future__ import annotations

from httpx_aiohttp import AiohttpTransport

__all__ = ["AiohttpTransport"]
