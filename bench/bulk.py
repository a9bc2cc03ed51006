"""Bulk throughput: `update_many()` against `asyncio.gather` over the plain async client.

Both run the same updates against the loopback responder at the same concurrency, in one
process, interleaved over rounds; the ratio is what the scheduler's bookkeeping costs
(per-id ordering, the rate gate, the results). The sync client's `update_many()` (an event
loop on a helper thread, sends in a thread pool) is measured against a `ThreadPoolExecutor`
over the plain sync `update()`.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from corti_interactions import AsyncCortiClient, CortiClient

from bench.common import TENANT, TOKEN, UPDATE

__all__ = ["measure"]


def _ids(total: int) -> list[str]:
    return [str(uuid.UUID(int=n + 1, version=4)) for n in range(total)]


async def _gather(origin: str, ids: list[str], concurrency: int) -> float:
    async with AsyncCortiClient(base_url=f"{origin}/v2", tenant_name=TENANT, token=TOKEN) as client:
        await client.interactions.update(ids[0], encounter=UPDATE["encounter"])  # warm
        semaphore = asyncio.Semaphore(concurrency)

        async def one(ident: str) -> Any:
            async with semaphore:
                return await client.interactions.update(ident, encounter=UPDATE["encounter"])

        start = time.perf_counter()
        await asyncio.gather(*(one(i) for i in ids))
        return len(ids) / (time.perf_counter() - start)


async def _many(origin: str, ids: list[str], concurrency: int) -> float:
    async with AsyncCortiClient(base_url=f"{origin}/v2", tenant_name=TENANT, token=TOKEN) as client:
        await client.interactions.update(ids[0], encounter=UPDATE["encounter"])  # warm
        start = time.perf_counter()
        summary = await client.interactions.update_many(
            ((i, UPDATE) for i in ids), concurrency=concurrency, on_result=lambda r: None
        )
        assert summary.succeeded == len(ids)
        return len(ids) / (time.perf_counter() - start)


def _sync_pool(origin: str, ids: list[str], concurrency: int) -> float:
    with CortiClient(base_url=f"{origin}/v2", tenant_name=TENANT, token=TOKEN) as client:
        client.interactions.update(ids[0], encounter=UPDATE["encounter"])
        start = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(lambda i: client.interactions.update(i, encounter=UPDATE["encounter"]), ids))
        return len(ids) / (time.perf_counter() - start)


def _sync_many(origin: str, ids: list[str], concurrency: int) -> float:
    with CortiClient(base_url=f"{origin}/v2", tenant_name=TENANT, token=TOKEN) as client:
        client.interactions.update(ids[0], encounter=UPDATE["encounter"])
        start = time.perf_counter()
        client.interactions.update_many(((i, UPDATE) for i in ids), concurrency=concurrency)
        return len(ids) / (time.perf_counter() - start)


def measure(origin: str, total: int = 4000, concurrency: int = 64, rounds: int = 3) -> dict[str, float]:
    """Median updates per second of each contender, interleaved rounds."""
    ids = _ids(total)
    samples: dict[str, list[float]] = {
        "asyncio.gather + AsyncCortiClient.update": [],
        "AsyncCortiClient.update_many": [],
        "ThreadPoolExecutor + CortiClient.update": [],
        "CortiClient.update_many": [],
    }
    for _ in range(rounds):
        samples["asyncio.gather + AsyncCortiClient.update"].append(
            asyncio.run(_gather(origin, ids, concurrency))
        )
        samples["AsyncCortiClient.update_many"].append(asyncio.run(_many(origin, ids, concurrency)))
        samples["ThreadPoolExecutor + CortiClient.update"].append(_sync_pool(origin, ids, concurrency))
        samples["CortiClient.update_many"].append(_sync_many(origin, ids, concurrency))
    return {name: statistics.median(values) for name, values in samples.items()}


if __name__ == "__main__":
    from bench.loopback import responder

    with responder() as origin:
        for name, rate in measure(origin).items():
            print(f"{name}: {rate:,.0f}/s")
