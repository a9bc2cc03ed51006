"""A listing walked page by page, and peak memory, against the loopback responder.

- `walk`: `client.interactions.list(page_size=100)` over 1,000 interactions, every item
  parsed into the generated model, against the same 10 raw httpx GETs plus `json()`. The
  client stops at a short page; a walk of exactly 1,000 ends on a full page, so it asks
  for an 11th, empty one (the API gives no total); the raw loop knows the count.
- `memory`: tracemalloc's peak for one async client holding 256 concurrent updates, and
  for one walk of 10,000 items, next to raw httpx doing the same.
"""

from __future__ import annotations

import asyncio
import gc
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from corti_interactions import AsyncCortiClient, CortiClient

from bench.common import HEADERS, INTERACTION_ID, TENANT, TOKEN, UPDATE, interleaved

__all__ = ["memory", "walk"]

PAGE = 100


def _list_url(origin: str, total: int) -> str:
    return f"{origin}/t{total}/v2"


def walk(origin: str, total: int = 1000, rounds: int = 7) -> dict[str, float]:
    """Median ms per walk of `total` items, ours and raw, interleaved."""
    base = _list_url(origin, total)
    raw = httpx.Client()
    ours = CortiClient(base_url=base, tenant_name=TENANT, token=TOKEN)
    pages = -(-total // PAGE)

    def raw_walk() -> int:
        count = 0
        for index in range(1, pages + 1):
            params = {"pageSize": PAGE, "index": index}
            count += len(
                raw.get(f"{base}/interactions/", params=params, headers=HEADERS).json()["interactions"]
            )
        return count

    def ours_walk() -> int:
        return sum(1 for _ in ours.interactions.list(page_size=PAGE))

    assert raw_walk() == ours_walk() == total
    result = interleaved(
        {"raw httpx, 10 GETs + json()": raw_walk, "CortiClient list walk": ours_walk}, 1, rounds
    )
    return {name: micros / 1000 for name, micros in result.items()}


def _peak(run: Callable[[], Any]) -> float:
    """Peak traced memory (MiB) while `run()` runs, above what was allocated before."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        run()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


Made = tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[Any]]]


def _concurrent(make: Callable[[], Awaitable[Made]]) -> Callable[[], Any]:
    async def main() -> None:
        call, close = await make()
        await asyncio.gather(*(call() for _ in range(256)))
        await close()

    return lambda: asyncio.run(main())


def memory(origin: str) -> dict[str, float]:
    """Peak MiB: 256 concurrent async updates on one client; one walk of 10,000 items."""
    url = f"{origin}/v2/interactions/{INTERACTION_ID}"

    async def ours_update() -> Made:
        client = AsyncCortiClient(base_url=f"{origin}/v2", tenant_name=TENANT, token=TOKEN)
        return lambda: client.interactions.update(INTERACTION_ID, encounter=UPDATE["encounter"]), client.close

    async def raw_update() -> Made:
        from httpx_aiohttp import AiohttpTransport

        client = httpx.AsyncClient(transport=AiohttpTransport())

        async def call() -> Any:
            return (await client.patch(url, json=UPDATE, headers=HEADERS)).json()

        return call, client.aclose

    total = 10_000
    base = _list_url(origin, total)

    def ours_walk() -> None:
        with CortiClient(base_url=base, tenant_name=TENANT, token=TOKEN) as client:
            for _ in client.interactions.list(page_size=PAGE):
                pass

    def raw_walk() -> None:
        with httpx.Client() as client:
            for index in range(1, total // PAGE + 1):
                params = {"pageSize": PAGE, "index": index}
                for _ in client.get(f"{base}/interactions/", params=params, headers=HEADERS).json()[
                    "interactions"
                ]:
                    pass

    return {
        "256 concurrent async updates: AsyncCortiClient (aiohttp transport)": _peak(_concurrent(ours_update)),
        "256 concurrent async updates: raw httpx.AsyncClient + aiohttp transport": _peak(
            _concurrent(raw_update)
        ),
        "walk of 10,000 items: CortiClient (models)": _peak(ours_walk),
        "walk of 10,000 items: raw httpx (dicts)": _peak(raw_walk),
    }
