"""In-process cost per call over httpx.MockTransport: raw httpx vs
`CortiClient.interactions.update` (and the async twins), on the client's own pool
(`transport=`, the path every client made without `httpx_client=` takes) and on a pool
brought with `httpx_client=` (sent through `httpx.Client.send`)."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from corti_interactions import AsyncCortiClient, CortiClient

from bench.common import HEADERS, INTERACTION_ID, RESPONSE_BYTES, TENANT, TOKEN, UPDATE, interleaved

BASE = "https://api.eu.corti.app/v2"
URL = f"{BASE}/interactions/{INTERACTION_ID}"


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=RESPONSE_BYTES, headers={"content-type": "application/json"})


def sync_contenders() -> dict[str, Callable[[], Any]]:
    transport = httpx.MockTransport(handler)
    raw = httpx.Client(transport=transport)
    ours = CortiClient(tenant_name=TENANT, token=TOKEN, transport=transport)
    brought = CortiClient(tenant_name=TENANT, token=TOKEN, httpx_client=httpx.Client(transport=transport))

    def raw_call() -> Any:
        return raw.patch(URL, content=json.dumps(UPDATE).encode(), headers=HEADERS).json()

    def ours_call() -> Any:
        return ours.interactions.update(INTERACTION_ID, encounter=UPDATE["encounter"])

    def brought_call() -> Any:
        return brought.interactions.update(INTERACTION_ID, encounter=UPDATE["encounter"])

    return {
        "raw httpx": raw_call,
        "CortiClient.update": ours_call,
        "CortiClient.update, httpx_client=": brought_call,
    }


def async_contenders() -> dict[str, Callable[[], Awaitable[Any]]]:
    transport = httpx.MockTransport(handler)
    raw = httpx.AsyncClient(transport=transport)
    ours = AsyncCortiClient(tenant_name=TENANT, token=TOKEN, transport=transport)
    brought = AsyncCortiClient(
        tenant_name=TENANT, token=TOKEN, httpx_client=httpx.AsyncClient(transport=transport)
    )

    async def raw_call() -> Any:
        return (await raw.patch(URL, content=json.dumps(UPDATE).encode(), headers=HEADERS)).json()

    async def ours_call() -> Any:
        return await ours.interactions.update(INTERACTION_ID, encounter=UPDATE["encounter"])

    async def brought_call() -> Any:
        return await brought.interactions.update(INTERACTION_ID, encounter=UPDATE["encounter"])

    return {
        "raw httpx": raw_call,
        "AsyncCortiClient.update": ours_call,
        "AsyncCortiClient.update, httpx_client=": brought_call,
    }


def _median_micros(samples: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(values) for name, values in samples.items()}


def measure_sync(calls: int = 400, rounds: int = 15) -> dict[str, float]:
    """Median µs per call over interleaved rounds."""
    return interleaved(sync_contenders(), calls, rounds, warmup=100)


def measure_async(calls: int = 400, rounds: int = 15) -> dict[str, float]:
    """Median µs per awaited call over interleaved rounds."""

    async def main() -> dict[str, float]:
        contenders = async_contenders()
        samples: dict[str, list[float]] = {name: [] for name in contenders}
        for fn in contenders.values():
            for _ in range(100):
                await fn()
        for _ in range(rounds):
            for name, fn in contenders.items():
                start = time.perf_counter()
                for _ in range(calls):
                    await fn()
                samples[name].append((time.perf_counter() - start) / calls * 1e6)
        return _median_micros(samples)

    return asyncio.run(main())


if __name__ == "__main__":
    for label, result in (("sync", measure_sync()), ("async", measure_async())):
        base = next(iter(result.values()))
        for name, micros in result.items():
            print(f"{label:5} {name:28} {micros:8.1f} µs  {micros / base:.2f}x")
