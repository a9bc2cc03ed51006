"""Real-time sessions against `bench/socket_responder.py` (a separate process), beside raw
`websockets` on the same service in the same run.

- throughput: unpaced `send_audio` of 16 MB in 8,000-byte chunks (250 ms of 16 kHz PCM),
  from the acceptance to `ended` and the close, ours vs a raw `websockets` client doing the
  same (median of 9 interleaved rounds);
- latency: a burst of 200 transcripts stamped by the service, from its `send` to the
  caller's iteration (`async for`), ours vs raw `recv()`;
- pacing: `stream_file` of a 30 s WAV at real-time speed, wall time against the audio's
  duration, and of a 20 s file of each container the sockets take (Ogg, WebM, FLAC, MP4,
  MP3; the five at once, each on its own session), paced by the file's own timing (skipped
  with `--quick`);
- a slow reader: 5 flushes (1,000 transcripts) the caller reads only after `end()`; the
  client's peak traced memory until then against the bytes of the frames it held.

Run alone: `python -m bench.streaming [--quick | --pacing] [--rounds N]` (`--pacing`: the
pacing rows only).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from corti_interactions import AsyncCortiClient, SocketFlushedMessage, TranscribeTranscriptMessage
from corti_interactions.testing import write_wav
from websockets.asyncio.client import connect

__all__ = ["measure", "socket_service"]

CHUNK = b"\x00" * 8_000
CHUNKS = 2_000
CONFIG = {"primaryLanguage": "en", "audioFormat": "audio/pcm;rate=16000;channels=1;bits=16"}


@contextlib.contextmanager
def socket_service() -> Iterator[str]:
    """The responder's REST-style base URL (the client derives the socket URL from it)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.socket_responder"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}/v2"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _client(base: str) -> AsyncCortiClient:
    return AsyncCortiClient(base_url=base, tenant_name="bench", token="bench-token")


def _raw_url(base: str) -> str:
    return base.replace("http://", "ws://").replace("/v2", "/audio-bridge/v2/transcribe") + "?token=x"


async def _ours_send(base: str) -> tuple[float, float]:
    """Wall and CPU seconds (this process only: the service runs in its own)."""
    async with _client(base) as client, client.transcribe.connect(configuration=CONFIG) as session:
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(CHUNKS):
            await session.send_audio(CHUNK)
        await session.end()
        return time.perf_counter() - start, time.process_time() - cpu


async def _raw_send(base: str) -> tuple[float, float]:
    async with connect(_raw_url(base), max_queue=16) as ws:
        await ws.send(json.dumps({"type": "config", "configuration": CONFIG}))
        await ws.recv()
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(CHUNKS):
            await ws.send(CHUNK)
        await ws.send('{"type": "end"}')
        async for frame in ws:
            if json.loads(frame)["type"] == "ended":
                break
        await ws.close()  # as `end()` does
        return time.perf_counter() - start, time.process_time() - cpu


async def _raw_latency(base: str) -> list[float]:
    delays = []
    async with connect(_raw_url(base)) as ws:
        await ws.send(json.dumps({"type": "config", "configuration": CONFIG}))
        await ws.recv()
        await ws.send('{"type": "flush"}')
        async for frame in ws:
            data = json.loads(frame)
            if data["type"] == "transcript":
                delays.append(time.monotonic() - data["data"]["sentAt"])
            if data["type"] == "flushed":
                break
    return delays


async def _ours_latency(base: str) -> list[float]:
    """Seconds from the service's stamp to the caller's `async for` getting the message."""
    delays = []
    async with _client(base) as client, client.transcribe.connect(configuration=CONFIG) as session:
        flushing = asyncio.ensure_future(session.flush(timeout=60))
        async for message in session:
            if isinstance(message, TranscribeTranscriptMessage):
                delays.append(time.monotonic() - message.data.additional_properties["sentAt"])
            elif isinstance(message, SocketFlushedMessage):
                break
        await flushing
    return delays


async def _slow_reader(base: str, flushes: int = 5) -> dict[str, float]:
    """Peak traced memory of a session whose caller reads nothing until `end()` returned."""
    import tracemalloc

    async with _client(base) as client, client.transcribe.connect(configuration=CONFIG) as session:
        tracemalloc.start()
        try:
            for _ in range(flushes):
                await session.send_audio(CHUNK)
                await session.flush(timeout=60)
            await session.end(timeout=60)
            held = session._inbox.peak  # type: ignore[attr-defined]  # the frames' bytes it held
            _, peak = tracemalloc.get_traced_memory()  # before the caller reads (and keeps) them
            messages = [m async for m in session]
        finally:
            tracemalloc.stop()
    return {"messages": len(messages), "held_bytes": held, "peak_bytes": peak}


def _wav(seconds: float) -> Path:
    path = Path(tempfile.mkstemp(suffix=".wav")[1])
    write_wav(path, seconds)
    return path


async def _pacing(base: str, seconds: float) -> float:
    path = _wav(seconds)
    try:
        async with _client(base) as client, client.transcribe.connect(configuration=CONFIG) as session:
            start = time.perf_counter()
            sent = await session.stream_file(path)
            elapsed = time.perf_counter() - start
            await session.end()
    finally:
        path.unlink()
    return (elapsed - sent) / sent


async def _format_pacing(base: str, seconds: float) -> dict[str, float]:
    """Per container: (wall time - audio handed over) / audio, five sessions at once."""
    from tests.audio_files import flac_file, mp3_file, mp4_file, ogg_opus_file, webm_file

    writers: dict[str, Callable[..., str]] = {
        "ogg": ogg_opus_file,
        "webm": webm_file,
        "flac": flac_file,
        "mp4": mp4_file,
        "mp3": mp3_file,
    }
    with tempfile.TemporaryDirectory() as scratch:

        async def one(kind: str) -> float:
            path = writers[kind](Path(scratch) / f"a.{kind}", seconds)
            async with (
                _client(base) as client,
                client.transcribe.connect(configuration={"primaryLanguage": "en"}) as s,
            ):
                start = time.perf_counter()
                sent = await s.stream_file(path)
                elapsed = time.perf_counter() - start
                await s.end()
            return (elapsed - sent) / sent

        errors = await asyncio.gather(*(one(kind) for kind in writers))
    return dict(zip(writers, errors, strict=True))


async def _measure(base: str, rounds: int, pace: bool) -> dict[str, Any]:
    ours, raw = [], []
    for i in range(rounds):  # interleaved, each going first in every other round
        if i % 2:
            ours.append(await _ours_send(base))
        raw.append(await _raw_send(base))
        if not i % 2:
            ours.append(await _ours_send(base))
    ours_lat = await _ours_latency(base)
    raw_lat = await _raw_latency(base)
    result: dict[str, Any] = {
        "mb": CHUNKS * len(CHUNK) / 1e6,
        "ours_s": statistics.median(w for w, _ in ours),
        "raw_s": statistics.median(w for w, _ in raw),
        "ours_cpu": statistics.median(c for _, c in ours),
        "raw_cpu": statistics.median(c for _, c in raw),
        "ours_latency": ours_lat,
        "raw_latency": raw_lat,
    }
    result["slow_reader"] = await _slow_reader(base)
    if pace:
        result["pacing_error"] = await _pacing(base, 30.0)
        result["format_pacing"] = await _format_pacing(base, 20.0)
    return result


def measure(*, rounds: int = 9, pace: bool = True) -> dict[str, Any]:
    """The figures, against a fresh responder process."""
    with socket_service() as base:
        return asyncio.run(_measure(base, rounds, pace))


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def report(result: dict[str, Any]) -> list[str]:
    """Markdown lines for bench/results.md."""
    ours_rate, raw_rate = result["mb"] / result["ours_s"], result["mb"] / result["raw_s"]
    lines = [
        "## 5. Real-time sockets (responder in a separate process)",
        "",
        f"Unpaced `send_audio`, {result['mb']:.0f} MB in 8,000-byte chunks, config to `ended` and the close (median of 9 interleaved rounds):",
        "",
        "| client | MB/s | vs raw websockets | client CPU ms | vs raw websockets |",
        "|---|---:|---:|---:|---:|",
        f"| raw websockets | {raw_rate:.1f} | 1.00x | {result['raw_cpu'] * 1000:.0f} | 1.00x |",
        f"| AsyncCortiClient.transcribe session | {ours_rate:.1f} | {ours_rate / raw_rate:.2f}x "
        f"| {result['ours_cpu'] * 1000:.0f} | {result['ours_cpu'] / result['raw_cpu']:.2f}x |",
        "",
        "From the service's `send` to the caller (200 transcripts, 5 ms apart):",
        "",
        "| client | median ms | p99 ms |",
        "|---|---:|---:|",
        f"| raw websockets `recv()` | {_ms(result['raw_latency'], 0.5):.2f} | {_ms(result['raw_latency'], 0.99):.2f} |",
        f"| session `async for` | {_ms(result['ours_latency'], 0.5):.2f} | {_ms(result['ours_latency'], 0.99):.2f} |",
        "",
    ]
    slow = result.get("slow_reader")
    if slow:
        lines += [
            f"A slow reader: {slow['messages']} messages read only after `end()` (the socket read and "
            "the keepalive answered meanwhile):",
            "",
            "| frames held for the caller, peak | client peak traced memory until `end()` | ratio |",
            "|---:|---:|---:|",
            f"| {slow['held_bytes'] / 1e3:.0f} kB | {slow['peak_bytes'] / 1e3:.0f} kB "
            f"| {slow['peak_bytes'] / max(1, slow['held_bytes']):.1f}x |",
            "",
        ]
    if "pacing_error" in result:
        lines += [
            f"Pacing: `stream_file` of a 30 s WAV took {result['pacing_error'] * 100:+.2f} % of its duration (target within 1 %).",
            "",
        ]
    if "format_pacing" in result:
        lines += format_lines(result["format_pacing"])
    return lines


def format_lines(errors: dict[str, float]) -> list[str]:
    """Markdown lines for the per-format pacing."""
    return [
        "Pacing by each file's own timing (`stream_file` of 20 s, five sessions at once; target within 1 %):",
        "",
        "| format | wall time vs audio |",
        "|---|---:|",
        *(f"| {kind} | {error * 100:+.2f} % |" for kind, error in errors.items()),
        "",
    ]


def _pacing_only() -> dict[str, float]:
    with socket_service() as base:
        return asyncio.run(_format_pacing(base, 20.0))


if __name__ == "__main__":
    if "--pacing" in sys.argv:
        print("\n".join(format_lines(_pacing_only())))
    else:
        count = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 9
        figures = measure(rounds=count, pace="--quick" not in sys.argv)
        print("\n".join(report(figures)))
