"""`CortiProxy` against a bare relay written with `websockets` alone, in the same run.

Three processes besides this one: an upstream (a `websockets` server that answers each
binary frame with a small text ack carrying the frame's first 8 bytes), `CortiProxy` on
uvicorn, and the bare relay (a `websockets` server that opens a `websockets` client per
session and forwards both ways). This process runs N concurrent "browsers", each sending
16 kHz 16-bit PCM in 250 ms chunks (8,000 bytes) at real-time pace, stamped with the send
time, through one relay, then the other, then directly.

Like for like: each browser offers permessage-deflate, as every browser does; neither relay
takes it (audio does not deflate) and neither uses it upstream. `CortiProxy` is served with
the settings of `corti-interactions proxy` (`_cli.proxy.uvicorn_config`: uvicorn's default
websocket implementation, deflate off). The table says what each relay negotiated.

- CPU per session-second: the relay process's user+system CPU (from /proc, 10 ms ticks)
  while every session is open and streaming, divided by N x the seconds streamed; setup
  and teardown (open, close) apart, per session; a 2-session warm-up first, so one-off lazy
  imports are not counted. Both relays stream their N sessions in the same window, so a
  machine shared with other work loads both alike: measured one after the other, the same
  code read anywhere from 0.9x to 1.8x on a loaded machine (each run alone is still made,
  for latency and setup, and its ratio shown);
- added latency per frame: the round trip (browser -> upstream -> ack -> browser) through
  a relay, at p50 and p99, minus the direct round trip's at the same percentile.

Run alone: `python -m bench.proxy [--quick]` (quick: N = 10 and 100, 5 s each).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

__all__ = ["measure", "report"]

CHUNK = 8_000  # 250 ms of 16 kHz mono 16-bit PCM
PERIOD = 0.25


def _cpu_seconds(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()  # noqa: SIM115
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the processes -----------------------------------------------------------------------
async def _upstream() -> None:
    from websockets.asyncio.server import serve
    from websockets.exceptions import ConnectionClosed

    async def handler(ws: Any) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for frame in ws:
                if isinstance(frame, bytes):
                    await ws.send(frame[:8].hex())

    async with serve(handler, "127.0.0.1", 0, compression=None, max_queue=None) as server:
        print(next(iter(server.sockets)).getsockname()[1], flush=True)
        await asyncio.Future()


async def _bare_relay(upstream_port: int) -> None:
    from websockets.asyncio.client import connect
    from websockets.asyncio.server import serve

    async def handler(browser: Any) -> None:
        async with connect(f"ws://127.0.0.1:{upstream_port}/x", compression=None) as upstream:

            async def pump(source: Any, sink: Any) -> None:
                with contextlib.suppress(Exception):
                    async for frame in source:
                        await sink.send(frame)
                with contextlib.suppress(Exception):
                    await sink.close()

            await asyncio.gather(pump(browser, upstream), pump(upstream, browser))

    async with serve(handler, "127.0.0.1", 0, compression=None) as server:
        print(next(iter(server.sockets)).getsockname()[1], flush=True)
        await asyncio.Future()


def _corti_proxy(upstream_port: int) -> None:
    import uvicorn
    from corti_interactions import AsyncCortiClient
    from corti_interactions._cli.proxy import uvicorn_config
    from corti_interactions.proxy import CortiProxy

    client = AsyncCortiClient(base_url=f"http://127.0.0.1:{upstream_port}/v2", tenant_name="b", token="bench")
    proxy = CortiProxy(client, authorize=lambda handshake: True, max_sessions=10_000)
    config = uvicorn_config(proxy, host="127.0.0.1", port=0)  # as `corti-interactions proxy` serves
    if "BENCH_UVICORN_WS" in os.environ:  # another of uvicorn's websocket implementations
        config.ws = os.environ["BENCH_UVICORN_WS"]
    server = uvicorn.Server(config)

    async def serve() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started:  # uvicorn has no event for it  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        print(server.servers[0].sockets[0].getsockname()[1], flush=True)
        await task

    asyncio.run(serve())


@contextlib.contextmanager
def _process(*args: str) -> Iterator[tuple[int, int]]:
    """(pid, port) of `python -m bench.proxy <args>`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.proxy", *args], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield process.pid, int(process.stdout.readline())
    finally:
        process.terminate()
        process.wait(timeout=10)


# -- the browsers ------------------------------------------------------------------------
class _Sessions:
    """What N browsers share: how many are open and streamed, the go and finish signals."""

    def __init__(self) -> None:
        self.opened = 0
        self.streamed = 0
        self.go = asyncio.Event()
        self.finish = asyncio.Event()
        self.rtts: list[float] = []
        self.extensions: set[str] = set()  # what the relay answered the deflate offer with


async def _browser(url: str, seconds: float, shared: _Sessions, offset: float) -> None:
    """One browser: connect, wait for `go`, stream, wait for its acks, then for `finish`."""
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    frames = int(seconds / PERIOD)
    async with connect(url, open_timeout=120) as ws:  # offers permessage-deflate, as browsers do
        answered = ws.response.headers if ws.response is not None else {}
        shared.extensions.add(answered.get("Sec-WebSocket-Extensions", "none"))
        acked = asyncio.Event()
        count = 0

        async def read() -> None:
            nonlocal count
            with contextlib.suppress(ConnectionClosed):
                async for ack in ws:
                    (sent,) = struct.unpack("d", bytes.fromhex(str(ack)))
                    shared.rtts.append(time.perf_counter() - sent)
                    count += 1
                    if count == frames:
                        acked.set()

        reader = asyncio.create_task(read())
        shared.opened += 1
        await shared.go.wait()  # every session open before any streams: setup is apart
        begin = time.perf_counter() + offset
        body = b"\x00" * (CHUNK - 8)
        for n in range(frames):
            await asyncio.sleep(max(0.0, begin + n * PERIOD - time.perf_counter()))
            await ws.send(struct.pack("d", time.perf_counter()) + body)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(acked.wait(), 30)  # the last acks (a missing one is reported)
        shared.streamed += 1
        await shared.finish.wait()
        reader.cancel()


async def _run(url: str, sessions: int, seconds: float, pid: int | None = None) -> dict[str, Any]:
    """N browsers on `url`, their sends spread over one period: every ack's round trip, and
    the relay's CPU seconds (`pid`) while streaming, and for setup plus teardown."""
    shared = _Sessions()

    def cpu() -> float:
        return _cpu_seconds(pid) if pid is not None else 0.0

    before = cpu()
    browsers = asyncio.gather(
        *(_browser(url, seconds, shared, PERIOD * i / sessions) for i in range(sessions))
    )
    while shared.opened < sessions and not browsers.done():  # a count  # noqa: ASYNC110
        await asyncio.sleep(0.02)
    streaming = cpu()
    shared.go.set()
    while shared.streamed < sessions and not browsers.done():  # noqa: ASYNC110
        await asyncio.sleep(0.02)
    streamed = cpu()
    shared.finish.set()
    await browsers
    await asyncio.sleep(0.5)  # the relay's teardown
    stream_cpu = streamed - streaming
    return {
        "rtts": shared.rtts,
        "stream_cpu": stream_cpu,
        "setup_cpu": cpu() - before - stream_cpu,
        "extensions": shared.extensions,
    }


async def _together(targets: dict[str, tuple[str, int]], sessions: int, seconds: float) -> dict[str, float]:
    """N browsers on each relay at once: each relay's CPU seconds while all of them stream."""
    shared = {name: _Sessions() for name in targets}
    browsers = asyncio.gather(
        *(
            _browser(url, seconds, shared[name], PERIOD * i / sessions)
            for name, (url, _) in targets.items()
            for i in range(sessions)
        )
    )
    while any(s.opened < sessions for s in shared.values()) and not browsers.done():  # noqa: ASYNC110
        await asyncio.sleep(0.02)
    before = {name: _cpu_seconds(pid) for name, (_, pid) in targets.items()}
    for each in shared.values():
        each.go.set()
    while any(s.streamed < sessions for s in shared.values()) and not browsers.done():  # noqa: ASYNC110
        await asyncio.sleep(0.02)
    cpu = {name: _cpu_seconds(pid) - before[name] for name, (_, pid) in targets.items()}
    for each in shared.values():
        each.finish.set()
    await browsers
    return cpu


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def measure(*, sizes: tuple[int, ...] = (10, 100, 500), seconds: float = 10.0) -> list[dict[str, Any]]:
    """One row per N: CPU per session-second and round trips, proxy vs bare relay vs direct."""
    rows = []
    with _process("upstream") as (_, upstream_port):
        for n in sizes:
            row: dict[str, Any] = {"n": n, "seconds": seconds}
            with _process("bare", str(upstream_port)) as bare, _process("proxy", str(upstream_port)) as proxy:
                targets = {
                    "bare": (f"ws://127.0.0.1:{bare[1]}/x", bare[0]),
                    "proxy": (f"ws://127.0.0.1:{proxy[1]}/transcribe", proxy[0]),
                }
                for name, (url, pid) in targets.items():
                    asyncio.run(_run(url, 2, 0.5))  # warm up: lazy imports are not a session's cost
                    run = asyncio.run(_run(url, n, seconds, pid))  # alone: latency, setup
                    row[f"{name}_alone"] = run["stream_cpu"] / (n * seconds)
                    row[f"{name}_setup"] = run["setup_cpu"] / n
                    row[f"{name}_rtt"] = run["rtts"]
                    row[f"{name}_ext"] = run["extensions"]
                for name, cpu in asyncio.run(_together(targets, n, seconds)).items():
                    row[f"{name}_cpu"] = cpu / (n * seconds)
            row["direct_rtt"] = asyncio.run(_run(f"ws://127.0.0.1:{upstream_port}/x", n, seconds))["rtts"]
            rows.append(row)
    return rows


def report(rows: list[dict[str, Any]]) -> list[str]:
    """Markdown lines for bench/results.md."""
    lines = [
        "## Browser proxy: `CortiProxy` vs a bare `websockets` relay (separate processes)",
        "",
        "N browsers, 16 kHz PCM in 250 ms chunks at real-time pace. CPU of the relay process per",
        "session-second while every session streams (both relays in the same window; the ratio of",
        "each measured alone beside it), and per session for its setup and teardown;",
        "added latency = round trip through the relay minus the direct one (p50, p99). Every",
        "browser offers permessage-deflate; what each relay answered is in the last column.",
        "",
        "| N | s | CPU ms/session-s bare | proxy | proxy/bare | alone | setup ms/session bare | proxy "
        "| added p50/p99 ms bare | proxy | frames acked proxy/bare/direct | extensions proxy/bare |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        d50, d99 = _pct(row["direct_rtt"], 0.5), _pct(row["direct_rtt"], 0.99)
        b50, b99 = _pct(row["bare_rtt"], 0.5) - d50, _pct(row["bare_rtt"], 0.99) - d99
        p50, p99 = _pct(row["proxy_rtt"], 0.5) - d50, _pct(row["proxy_rtt"], 0.99) - d99
        ratio = row["proxy_cpu"] / row["bare_cpu"] if row["bare_cpu"] else float("nan")
        alone = row["proxy_alone"] / row["bare_alone"] if row["bare_alone"] else float("nan")
        lines.append(
            f"| {row['n']} | {row['seconds']:g} | {row['bare_cpu'] * 1000:.3f} | {row['proxy_cpu'] * 1000:.3f} "
            f"| {ratio:.2f}x | {alone:.2f}x | {row['bare_setup'] * 1000:.1f} | {row['proxy_setup'] * 1000:.1f} "
            f"| {b50:.2f} / {b99:.2f} | {p50:.2f} / {p99:.2f} "
            f"| {len(row['proxy_rtt'])}/{len(row['bare_rtt'])}/{len(row['direct_rtt'])} "
            f"| {', '.join(sorted(row['proxy_ext']))} / {', '.join(sorted(row['bare_ext']))} |"
        )
    return [*lines, ""]


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "upstream":
        asyncio.run(_upstream())
    elif command == "bare":
        asyncio.run(_bare_relay(int(sys.argv[2])))
    elif command == "proxy":
        _corti_proxy(int(sys.argv[2]))
    else:
        quick = "--quick" in sys.argv
        figures = measure(sizes=(10, 100) if quick else (10, 100, 500), seconds=5.0 if quick else 10.0)
        print("\n".join(report(figures)))
