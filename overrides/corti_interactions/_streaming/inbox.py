"""The session's inbox: messages received and not yet iterated, bounded by bytes.

The reader task puts every message here without waiting, so the socket is always read (and
the keepalive's pongs with it) however slowly the caller iterates. Memory is bounded by the
bytes of the frames held (`limit`): the session keeps each frame's text and parses it when
it is read (a parsed model takes about ten times its frame). Past the limit, the session
fails loudly (`StreamBacklogError`) instead of losing messages quietly. Held in memory
only, never spilled to disk: the messages are transcripts of a consultation.
"""

from __future__ import annotations

import asyncio
from collections import deque

__all__ = ["Inbox"]


class Inbox:
    """A FIFO of messages with their frame sizes; `get` waits, `put` never does."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: deque[tuple[object, int]] = deque()
        self._held = 0
        self.peak = 0  # the most bytes held at once
        self._arrived = asyncio.Event()
        self._closed = False

    def put(self, item: object, size: int = 0) -> bool:
        """Add `item` (its frame was `size` bytes); False if that goes past the limit."""
        if self._held + size > self.limit:
            return False
        self._items.append((item, size))
        self._held += size
        self.peak = max(self.peak, self._held)
        self._arrived.set()
        return True

    def close(self) -> None:
        """No more items will come: `get` returns None once the inbox is empty."""
        self._closed = True
        self._arrived.set()

    @property
    def closed(self) -> bool:
        """Whether `close` was called."""
        return self._closed

    def __len__(self) -> int:
        return len(self._items)

    async def get(self) -> tuple[object] | None:
        """The next item (as a 1-tuple), or None once closed and empty."""
        while not self._items:
            if self._closed:
                return None
            self._arrived.clear()
            await self._arrived.wait()
        item, size = self._items.popleft()
        self._held -= size
        return (item,)
