"""A minimal socket service for `bench/streaming.py`, in its own process: it accepts any
config, discards audio, answers `flush` with a burst of timestamped transcripts then
`flushed`, and `end` with `usage` then `ended`. Prints its port on the first line."""

from __future__ import annotations

import asyncio
import json
import sys
import time

from websockets.asyncio.server import ServerConnection, serve

BURST = 200  # transcripts per flush
GAP = 0.005  # seconds between them


async def _session(ws: ServerConnection) -> None:
    await ws.recv()  # the config
    await ws.send(json.dumps({"type": "CONFIG_ACCEPTED", "sessionId": "bench"}))
    received = 0
    async for frame in ws:
        if isinstance(frame, bytes):
            received += len(frame)
            continue
        kind = json.loads(frame).get("type")
        if kind == "flush":
            for i in range(BURST):
                data = {"text": f"segment {i}", "isFinal": True, "sentAt": time.monotonic()}
                await ws.send(json.dumps({"type": "transcript", "data": data}))
                await asyncio.sleep(GAP)
            await ws.send(json.dumps({"type": "flushed"}))
        elif kind == "end":
            await ws.send(json.dumps({"type": "usage", "credits": received / 1e6}))
            await ws.send(json.dumps({"type": "ended"}))
            await ws.close()
            return


async def main() -> None:
    """Serve on an ephemeral loopback port until killed."""
    async with serve(_session, "127.0.0.1", 0, max_size=1 << 24, compression=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        sys.stdout.write(f"{port}\n")
        sys.stdout.flush()
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
