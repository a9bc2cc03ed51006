"""The logger handed to `websockets`: nothing it logs may carry a token or a payload.

`websockets` logs the request line (the URL, with `token=` in its query) and every frame
(audio, transcripts) at DEBUG. This adapter reports DEBUG as disabled, so `websockets` does
not even format those lines, and redacts any `token=` that reaches a higher level.
"""

from __future__ import annotations

import logging
import re
from collections.abc import MutableMapping
from typing import Any

__all__ = ["SOCKET_LOGGER", "redact"]

_TOKEN = re.compile(r"(token=)[^&\s'\"]+", re.IGNORECASE)
_BEARER = re.compile(r"(Bearer(?:%20|\+|\s))[A-Za-z0-9._~+/=-]+", re.IGNORECASE)


def redact(text: str) -> str:
    """`text` with every `token=...` value and bearer token replaced by `***`."""
    return _BEARER.sub(r"\1***", _TOKEN.sub(r"\1***", text))


class _SocketLogger(logging.LoggerAdapter[logging.Logger]):
    """DEBUG off (frames and the request line are never formatted); the rest redacted."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if not self.isEnabledFor(level):
            return
        text = str(msg) % args if args else str(msg)
        kwargs.pop("exc_info", None)  # a traceback's frames may hold the URL
        self.logger.log(level, redact(text), **kwargs)

    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, MutableMapping[str, Any]]:
        return msg, kwargs


SOCKET_LOGGER = _SocketLogger(logging.getLogger("corti_interactions.streaming"), {})
