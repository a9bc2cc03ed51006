"""A backend for browsers: `CortiProxy`, an ASGI app (mount it in FastAPI or Starlette) that
lets a browser stream to Corti's sockets without ever seeing a credential.

- `app`: `CortiProxy`, its routes (`/streams/{interaction_id}`, `/transcribe`, `POST /token`),
  the `authorize` hook's call and the session cap;
- `handshake`: `Handshake`, what the hook sees (subprotocol pairs decoded);
- `relay`: the frames both ways, bounded buffers, close codes, `SessionSummary`;
- `page`: the development page `corti-interactions proxy` serves.

Needs the `proxy` extra (Starlette and websockets).
"""

from .app import CortiProxy
from .handshake import Authorize, Handshake
from .relay import (
    CLOSE_BROWSER_BEHIND,
    CLOSE_FRAME_TOO_LARGE,
    CLOSE_IDLE,
    CLOSE_UPSTREAM_BEHIND,
    CLOSE_UPSTREAM_FAILED,
    SessionSummary,
)

__all__ = [
    "CLOSE_BROWSER_BEHIND",
    "CLOSE_FRAME_TOO_LARGE",
    "CLOSE_IDLE",
    "CLOSE_UPSTREAM_BEHIND",
    "CLOSE_UPSTREAM_FAILED",
    "Authorize",
    "CortiProxy",
    "Handshake",
    "SessionSummary",
]
