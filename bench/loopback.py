"""Loopback benchmarks against `bench/responder.py` in a separate process."""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from corti_interactions import AsyncCortiClient, CortiClient
from corti_interactions._transports.choice import AsyncTransportChoice

from bench.common import HEADERS, INTERACTION_ID, TENANT, TOKEN, UPDATE, interleaved

PEER_DIR = Path(__file__).resolve().parent / ".peer"


@contextlib.contextmanager
def responder() -> Iterator[str]:
    process = subprocess.Popen([sys.executable, "-m", "bench.responder"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _connections(origin: str, reset: bool = False) -> int:
    return int(httpx.get(f"{origin}/{'reset' if reset else 'stats'}").text)


def _peer(origin: str) -> Callable[[], Any] | None:
    if not (PEER_DIR / "corti_peer").exists():
        return None
    sys.path.insert(0, str(PEER_DIR))
    from corti_peer import (  # type: ignore[import-not-found]  # generated at bench time
        ApiClient,
        Configuration,
        InteractionsApi,
        InteractionsUpdateRequest,
    )

    api = InteractionsApi(ApiClient(Configuration(host=f"{origin}/v2", access_token=TOKEN)))
    body = InteractionsUpdateRequest.from_dict(UPDATE)
    return lambda: api.interactions_update(TENANT, INTERACTION_ID, body)


def sequential(origin: str, calls: int = 300, rounds: int = 5) -> dict[str, float]:
    """Median µs per sequential update, interleaved rounds."""
    url = f"{origin}/v2/interactions/{INTERACTION_ID}"
    raw = httpx.Client()
    ours = CortiClient(base_url=f"{origin}/v2", tenant_name=TENANT, token=TOKEN)
    contenders: dict[str, Callable[[], Any]] = {
        "raw httpx": lambda: raw.patch(url, content=json.dumps(UPDATE).encode(), headers=HEADERS).json(),
        "CortiClient.update": lambda: ours.interactions.update(INTERACTION_ID, encounter=UPDATE["encounter"]),
    }
    peer = _peer(origin)
    if peer is not None:
        contenders["openapi-generator python peer"] = peer
    return interleaved(contenders, calls, rounds)


def _async_contenders(
    origin: str,
) -> dict[str, Callable[[], Awaitable[tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]]]]:
    url = f"{origin}/v2/interactions/{INTERACTION_ID}"
    body = json.dumps(UPDATE).encode()
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)

    async def corti(transport: AsyncTransportChoice) -> Any:
        client = AsyncCortiClient(
            base_url=f"{origin}/v2", tenant_name=TENANT, token=TOKEN, async_transport=transport
        )

        async def call() -> Any:
            return await client.interactions.update(INTERACTION_ID, encounter=UPDATE["encounter"])

        return call, client.close

    async def raw_httpx(transport: httpx.AsyncBaseTransport | None) -> Any:
        # 60 s, as the client's default: at 256 in flight on a loaded machine httpx's 5 s pool
        # timeout fails the baseline, not a call.
        client = httpx.AsyncClient(limits=limits, transport=transport, timeout=60.0)

        async def call() -> Any:
            return (await client.patch(url, content=body, headers=HEADERS)).json()

        return call, client.aclose

    async def raw_aiohttp() -> Any:
        import aiohttp

        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100))

        async def call() -> Any:
            async with session.patch(url, data=body, headers=HEADERS) as response:
                return await response.json()

        return call, session.close

    def aiohttp_transport() -> httpx.AsyncBaseTransport:
        from httpx_aiohttp import AiohttpTransport

        return AiohttpTransport(limits=limits)

    return {
        "AsyncCortiClient (aiohttp transport)": lambda: corti("aiohttp"),
        "AsyncCortiClient (httpx transport)": lambda: corti("httpx"),
        "raw httpx.AsyncClient + aiohttp transport": lambda: raw_httpx(aiohttp_transport()),
        "raw httpx.AsyncClient": lambda: raw_httpx(None),
        "raw aiohttp.ClientSession": raw_aiohttp,
    }


async def _throughput(make: Any, total: int, concurrency: int) -> float:
    call, close = await make()
    await asyncio.gather(*(call() for _ in range(min(concurrency, 32))))  # warm the pool
    per_worker = total // concurrency

    async def worker() -> None:
        for _ in range(per_worker):
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    await close()
    return per_worker * concurrency / elapsed


def throughput(
    origin: str, total: int = 2000, levels: tuple[int, ...] = (1, 16, 64, 256), rounds: int = 3
) -> tuple[dict[str, dict[int, float]], dict[str, int]]:
    """Median req/s per contender and concurrency, and connections opened by the last round."""
    contenders = _async_contenders(origin)
    results: dict[str, dict[int, list[float]]] = {name: {c: [] for c in levels} for name in contenders}
    connections: dict[str, int] = {}
    for _ in range(rounds):
        for concurrency in levels:
            for name, make in contenders.items():
                _connections(origin, reset=True)
                results[name][concurrency].append(asyncio.run(_throughput(make, total, concurrency)))
                connections[name] = max(connections.get(name, 0), _connections(origin))
    return {n: {c: statistics.median(v) for c, v in per.items()} for n, per in results.items()}, connections
