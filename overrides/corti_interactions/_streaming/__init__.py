"""Real-time sessions over Corti's sockets (`client.stream`, `client.transcribe`).

- `protocol`: the session state machine, without I/O (shared by both twins);
- `session`: the asyncio session (reader task, reconnects, the audio's accounting);
- `inbox`: the messages not yet iterated, bounded by bytes; `ledger`: the audio sent,
  confirmed by the service, re-sent or possibly lost;
- `sync`: its sync twin, on a private event loop thread;
- `runtime`: what the generated socket resources call (`connect`);
- `settings`: a session's options;
- `connection`, `address`, `urls`, `logger`: opening a socket (one 401 retry, for managed
  and raw sessions alike), the token it opens with, its URL, a logger that leaks nothing;
- `raw`: a socket alone (`connect_raw`), frames as they come;
- `formats`: a file's format, header and frame-aligned chunks; `errors`: the typed errors.

Needs the `streaming` extra (`websockets`); without it `connect()` raises an `ImportError`
naming the extra. Only the errors load with the package (they are public); the rest loads
with a client's first session (`_client` reaches `runtime` through `lazy`).
"""

from .errors import (
    ConfigRefusedError,
    ConfigTimeoutError,
    StreamBacklogError,
    StreamClosedError,
    StreamError,
    StreamHandshakeError,
    StreamPermissionError,
    StreamServerError,
    StreamTimeoutError,
)

__all__ = [
    "ConfigRefusedError",
    "ConfigTimeoutError",
    "StreamBacklogError",
    "StreamClosedError",
    "StreamError",
    "StreamHandshakeError",
    "StreamPermissionError",
    "StreamServerError",
    "StreamTimeoutError",
]
