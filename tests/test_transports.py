"""The async transports against real loopback sockets: what each honours, as the README's
"Async transports" table says.

httpx's own transport is the default; aiohttp's (`async_transport="aiohttp"`, the
`[aiohttp]` extra) is opt-in. Both honour the connect, read and pool timeouts, the
connection limit and the proxy variables (aiohttp by handing over to httpx's transport when
one is set); only httpx's honours the keep-alive limit (and the write timeout, which a small
JSON body cannot exercise over loopback). The keep-alive expiry (5 s) is handed to both and
not timed here; TLS is checked in `test_end_to_end.py` and `verify/test_security.py`.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from corti_interactions import APITimeoutError, AsyncCortiClient
from corti_interactions._constants import DEFAULT_CONNECTION_LIMITS, MAX_BULK_CONCURRENCY

from .conftest import INTERACTION_ID, seed_response

TRANSPORTS = ["httpx", "aiohttp"]


class Loopback:
    """An HTTP/1.1 server in the test's own event loop: it answers every request with the
    interaction after `delay` seconds (never, if `delay` is None) and counts connections."""

    def __init__(self, delay: float | None = 0.0) -> None:
        self.delay = delay
        self.opened = 0
        self.open = 0
        self.targets: list[str] = []  # each request line's target (absolute when proxied)
        self.port = 0

    async def __aenter__(self) -> Loopback:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.opened += 1
        self.open += 1
        body = json.dumps(seed_response()).encode()
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                lines = head.decode("latin-1").split("\r\n")
                self.targets.append(lines[0].split(" ")[1])
                length = next(
                    (int(h.split(":")[1]) for h in lines if h.lower().startswith("content-length:")), 0
                )
                await reader.readexactly(length)
                if self.delay is None:
                    await asyncio.sleep(3600)
                await asyncio.sleep(self.delay)
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self.open -= 1
            writer.close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v2"


@pytest.fixture
async def server() -> AsyncIterator[Loopback]:
    async with Loopback() as running:
        yield running


def client(transport: str, base_url: str, **kwargs: Any) -> AsyncCortiClient:
    options: dict[str, Any] = {"tenant_name": "t", "token": "x", "max_retries": 0, **kwargs}
    return AsyncCortiClient(base_url=base_url, async_transport=transport, **options)  # type: ignore[arg-type]


async def until(condition: Any, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.01)


# --- which transport -------------------------------------------------------------------------


def test_the_default_is_httpx_whatever_is_installed() -> None:
    import aiohttp  # noqa: F401 - installed here, and still not chosen

    assert type(AsyncCortiClient(tenant_name="t", token="x")._sender.transport) is httpx.AsyncHTTPTransport


# --- timeouts ----------------------------------------------------------------------------------


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A port whose accept queue is full: a new connection is never set up (connect hangs)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.05)
    yield port
    for sock in [*fillers, listener]:
        sock.close()


async def timed(call: Any) -> tuple[APITimeoutError, float]:
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as info:
        await call
    return info.value, time.monotonic() - started


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_connect_timeout_holds(transport: str, unanswered_port: int) -> None:
    timeout = httpx.Timeout(30, connect=0.3)
    async with client(transport, f"http://127.0.0.1:{unanswered_port}/v2", timeout=timeout) as corti:
        error, elapsed = await timed(corti.interactions.update(INTERACTION_ID))
    assert isinstance(error.__cause__, httpx.ConnectTimeout)
    assert 0.25 <= elapsed < 5


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_read_timeout_holds(transport: str) -> None:
    async with Loopback(delay=None) as silent, client(transport, silent.base_url, timeout=0.3) as corti:
        error, elapsed = await timed(corti.interactions.update(INTERACTION_ID))
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert 0.25 <= elapsed < 5


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_pool_timeout_and_the_connection_limit_hold(transport: str) -> None:
    """With every connection of the pool busy, the next call waits `pool` seconds, no more,
    and no connection beyond the limit is opened."""
    limit = DEFAULT_CONNECTION_LIMITS.max_connections
    assert limit == MAX_BULK_CONCURRENCY  # every call a bulk run may have at once
    async with Loopback(delay=None) as silent, client(transport, silent.base_url, timeout=30) as corti:
        busy = [asyncio.create_task(corti.interactions.update(INTERACTION_ID)) for _ in range(limit)]
        await until(lambda: silent.open == limit)
        error, elapsed = await timed(
            corti.interactions.update(INTERACTION_ID, timeout=httpx.Timeout(30, pool=0.3))
        )
        assert silent.opened == limit
        for task in busy:
            task.cancel()
        await asyncio.gather(*busy, return_exceptions=True)
    assert 0.25 <= elapsed < 5
    assert "timed out" in str(error)


# --- keep-alive ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("transport", "kept"), [("httpx", 20), ("aiohttp", 30)])
async def test_idle_connections_kept(transport: str, kept: int) -> None:
    """httpx's pool keeps at most `max_keepalive_connections` (20) idle connections; aiohttp's
    connector has no such limit and keeps every one, as the README says."""
    async with Loopback(delay=0.2) as slow, client(transport, slow.base_url) as corti:
        await asyncio.gather(*(corti.interactions.update(INTERACTION_ID) for _ in range(30)))
        assert slow.opened == 30
        await until(lambda: slow.open <= kept, seconds=2)
        await asyncio.sleep(0.1)
        assert slow.open == kept


# --- proxies ------------------------------------------------------------------------------------


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_the_proxy_variables_hold(
    transport: str, server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A `*_PROXY` variable routes every call through the proxy (aiohttp's transport would
    ignore it, so httpx's is used); `NO_PROXY` exempts a host."""
    async with Loopback() as proxy:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
        unreachable = "http://127.0.0.1:9/v2"  # only the proxy can answer for it
        async with client(transport, unreachable) as corti:
            assert corti._sender.transport is None  # httpx mounts its proxy transports, send() picks
            await corti.interactions.update(INTERACTION_ID)
        assert proxy.targets == [f"{unreachable}/interactions/{INTERACTION_ID}"]
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with client(transport, server.base_url) as corti:
            await corti.interactions.update(INTERACTION_ID)
        assert server.targets == [f"/v2/interactions/{INTERACTION_ID}"]
        assert len(proxy.targets) == 1
