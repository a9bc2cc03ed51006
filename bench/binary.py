"""Raw bytes: `recordings.upload` from a path and `with_streaming_response.get` to a file,
against raw httpx streaming the same file the same way, over loopback to a responder in a
separate process (it counts an upload's bytes and streams a download from memory, so the
figures are the clients', not a disk's or a fake's). Throughput as a ratio in the same run,
interleaved; peak traced memory of ours in a run of its own.

Run alone: `python -m bench.binary` (writes nothing; prints the figures).
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

import httpx
from corti_interactions import CortiClient

from bench.common import INTERACTION_ID, TENANT, TOKEN

__all__ = ["measure"]

SIZE = 100 * 2**20
CHUNK = 64 * 1024
RECORDING = "0b3c6f2e-8f5a-4c61-9d0e-2a7b1c4d5e6f"

RESPONDER = f'''
import socket, sys, uvicorn
SIZE, CHUNK = {SIZE}, {CHUNK}
BLOCK = bytes(range(256)) * (CHUNK // 256)

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    if scope["method"] == "POST":
        seen, more = 0, True
        while more:
            message = await receive()
            seen += len(message.get("body", b""))
            more = message.get("more_body", False)
        body = b'{{"recordingId": "{RECORDING}"}}'
        await send({{"type": "http.response.start", "status": 201,
                    "headers": [(b"content-type", b"application/json"), (b"x-seen", str(seen).encode())]}})
        await send({{"type": "http.response.body", "body": body}})
        return
    await send({{"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", b"application/octet-stream"), (b"content-length", str(SIZE).encode())]}})
    for _ in range(SIZE // CHUNK):
        await send({{"type": "http.response.body", "body": BLOCK, "more_body": True}})
    await send({{"type": "http.response.body", "body": b""}})

sock = socket.socket()
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")).run(sockets=[sock])
'''


@contextlib.contextmanager
def _responder() -> Iterator[str]:
    process = subprocess.Popen([sys.executable, "-c", RESPONDER], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}/v2"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _file(folder: Path) -> Path:
    path = folder / "visit.bin"
    block = bytes(range(256)) * 4096
    with path.open("wb") as file:
        for _ in range(SIZE // len(block)):
            file.write(block)
    return path


def _raw_upload(http: httpx.Client, base: str, path: Path) -> None:
    def chunks() -> Iterator[bytes]:
        with path.open("rb") as file:
            while chunk := file.read(CHUNK):
                yield chunk

    headers = {"Tenant-Name": TENANT, "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/octet-stream",
               "Content-Length": str(path.stat().st_size)}  # fmt: skip
    response = http.post(
        f"{base}/interactions/{INTERACTION_ID}/recordings/", content=chunks(), headers=headers
    )
    assert response.status_code == 201
    assert response.headers["x-seen"] == str(SIZE)


def _raw_download(http: httpx.Client, base: str, out: Path) -> None:
    headers = {"Tenant-Name": TENANT, "Authorization": f"Bearer {TOKEN}"}
    url = f"{base}/interactions/{INTERACTION_ID}/recordings/{RECORDING}"
    with http.stream("GET", url, headers=headers) as response, out.open("wb") as file:
        for chunk in response.iter_bytes(CHUNK):
            file.write(chunk)


def _ours_upload(client: CortiClient, path: Path) -> None:
    raw = client.recordings.with_raw_response.upload(INTERACTION_ID, path)
    assert raw.headers["x-seen"] == str(SIZE)


def _ours_download(client: CortiClient, out: Path) -> None:
    with client.recordings.with_streaming_response.get(INTERACTION_ID, RECORDING) as answer:
        assert answer.write_to_file(out) == SIZE


def _ours_download_async(base: str, out: Path, transport: Literal["httpx", "aiohttp"]) -> None:
    """The async client's streamed download on `transport` (aiohttp's held the whole body)."""
    from corti_interactions import AsyncCortiClient

    async def run() -> None:
        async with (
            AsyncCortiClient(
                base_url=base, tenant_name=TENANT, token=TOKEN, async_transport=transport
            ) as client,
            client.recordings.with_streaming_response.get(INTERACTION_ID, RECORDING) as answer,
        ):
            assert await answer.write_to_file(out) == SIZE

    asyncio.run(run())


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _peak(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def measure(rounds: int = 5) -> dict[str, float]:
    """MiB/s of each contender (median of interleaved rounds), and ours' peak MiB."""
    with tempfile.TemporaryDirectory() as scratch, _responder() as base:
        folder = Path(scratch)
        path, out = _file(folder), folder / "back.bin"
        with (
            httpx.Client(timeout=60) as http,
            CortiClient(base_url=base, tenant_name=TENANT, token=TOKEN) as client,
        ):
            contenders: dict[str, Callable[[], object]] = {
                "upload: raw httpx (file in 64 KiB chunks)": lambda: _raw_upload(http, base, path),
                "upload: CortiClient.recordings.upload(path)": lambda: _ours_upload(client, path),
                "download: raw httpx stream to a file": lambda: _raw_download(http, base, out),
                "download: with_streaming_response.get().write_to_file()": lambda: _ours_download(
                    client, out
                ),
            }
            for fn in contenders.values():  # warm: connections, page cache
                fn()
            times: dict[str, list[float]] = {name: [] for name in contenders}
            for _ in range(rounds):
                for name, fn in contenders.items():
                    times[name].append(_seconds(fn))
            result = {name: SIZE / 2**20 / statistics.median(t) for name, t in times.items()}
            result["peak MiB: upload (ours)"] = _peak(lambda: _ours_upload(client, path))
            result["peak MiB: download (ours)"] = _peak(lambda: _ours_download(client, out))
            result["peak MiB: async download (ours, httpx)"] = _peak(
                lambda: _ours_download_async(base, out, "httpx")
            )
            result["peak MiB: async download (ours, aiohttp)"] = _peak(
                lambda: _ours_download_async(base, out, "aiohttp")
            )
    return result


def report(result: dict[str, float]) -> list[str]:
    """The bench report's lines for `measure()`'s result."""
    names = list(result)
    up_raw, up_ours, down_raw, down_ours = (result[n] for n in names[:4])
    return [
        "## Raw bytes: a 100 MiB recording over loopback (median of 5 interleaved rounds)",
        "",
        "| contender | MiB/s | vs raw httpx |",
        "|---|---:|---:|",
        f"| {names[0]} | {up_raw:,.0f} | 1.00x |",
        f"| {names[1]} | {up_ours:,.0f} | {up_ours / up_raw:.2f}x |",
        f"| {names[2]} | {down_raw:,.0f} | 1.00x |",
        f"| {names[3]} | {down_ours:,.0f} | {down_ours / down_raw:.2f}x |",
        "",
        f"Peak traced memory of ours: upload {result[names[4]]:.2f} MiB, download {result[names[5]]:.2f} MiB"
        " (target: at least 0.95x raw httpx, bounded memory).",
        f"Async streamed download, peak traced memory: httpx transport {result[names[6]]:.2f} MiB, aiohttp"
        f" transport {result[names[7]]:.2f} MiB ({result[names[7]] / (SIZE / 2**20):.3f}x the body).",
        "",
    ]


if __name__ == "__main__":
    print("\n".join(report(measure())))
