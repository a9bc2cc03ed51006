"""A minimal, fast HTTP/1.1 keep-alive responder for the loopback benchmarks.

Run in its own process: answers every request with the canned ~600-byte interaction, counts
the connections it accepted (GET /stats answers the count, GET /reset zeroes it), and prints
its port on the first line of stdout. `GET /t{total}/v2/interactions/?index=P&pageSize=S`
answers page P of a listing of `total` interactions (the canned one, each with its own id:
the client's walk yields an id once and stops on a page that repeats the last).
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import uuid

from bench.common import RESPONSE, RESPONSE_BYTES

_OK = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: bench\r\n"
    b"content-length: " + str(len(RESPONSE_BYTES)).encode() + b"\r\n\r\n" + RESPONSE_BYTES
)
connections = 0
_LIST = re.compile(rb"GET /t(\d+)/v2/interactions/?\?(\S*) ")
_pages: dict[tuple[int, int, int], bytes] = {}


def _json(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (
        len(body),
        body,
    )


def _page(head: bytes) -> bytes | None:
    match = _LIST.match(head)
    if match is None:
        return None
    query = dict(part.split(b"=", 1) for part in match.group(2).split(b"&") if b"=" in part)
    total, page, size = int(match.group(1)), int(query.get(b"index", 1)), int(query.get(b"pageSize", 10))
    first = (page - 1) * size
    count = max(0, min(size, total - first))
    key = (first, size, count)
    if key not in _pages:
        items = [{**RESPONSE, "id": str(uuid.UUID(int=first + i + 1))} for i in range(count)]
        _pages[key] = _json(json.dumps({"interactions": items}).encode())
    return _pages[key]


def _plain(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    global connections
    connections += 1
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            if head.startswith(b"GET /t") and (page := _page(head)) is not None:
                writer.write(page)
            elif head.startswith(b"GET /stats"):
                writer.write(_plain(str(connections).encode()))
            elif head.startswith(b"GET /reset"):
                connections = 0
                writer.write(_plain(b"0"))
            else:
                writer.write(_OK)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
