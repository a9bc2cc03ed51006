"""The `corti_interactions` logger, and `CORTI_LOG` for people without logging config.

What is logged is chosen field by field (method, path, status, timings, attempt, request
id); headers and bodies are never handed to the logger, so there is nothing to redact.

httpx logs each request at INFO on the `httpx` logger, with the full URL, whose query can
hold a patient's identifier (`list(patient=...)`). The client's own pool logs that line
without the query (`_transports.direct`); for a pool brought with `httpx_client=`, whose
`send()` logs it, `hide_query()` adds a filter to the `httpx` logger (a public logging API)
that drops the query from the lines about this client's base URL, and leaves every other
line as httpx wrote it.
"""

from __future__ import annotations

import logging
import os
import threading

import httpx

from ._constants import ENV_LOG

__all__ = ["hide_query", "logger", "setup_from_env"]

logger = logging.getLogger("corti_interactions")


class _QueryFilter(logging.Filter):
    """Drops the query from httpx's request lines for URLs under the registered prefixes."""

    def __init__(self) -> None:
        super().__init__()
        self.prefixes: frozenset[str] = frozenset()

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if (
            isinstance(args, tuple)
            and len(args) > 1
            and isinstance(url := args[1], httpx.URL)
            and url.query
            and str(url).startswith(tuple(self.prefixes))
        ):
            record.args = (args[0], url.copy_with(query=None), *args[2:])
        return True


_query_filter = _QueryFilter()
_filter_lock = threading.Lock()


def hide_query(base_url: str) -> None:
    """Keep queries of requests under `base_url` out of httpx's own INFO lines."""
    with _filter_lock:
        _query_filter.prefixes |= {base_url.rstrip("/") + "/"}
        httpx_logger = logging.getLogger("httpx")
        if _query_filter not in httpx_logger.filters:
            httpx_logger.addFilter(_query_filter)


_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_from_env() -> None:
    """`CORTI_LOG=debug|info` turns the logger on at that level, unless it is configured.

    Without any logging config a stderr handler is added. When the root logger has handlers
    (`logging.basicConfig`, a framework), only the level is set: records reach those handlers
    by propagation, and a handler of our own would write every line twice.
    """
    level = _LEVELS.get(os.environ.get(ENV_LOG, "").strip().lower())
    if level is None or logger.handlers:
        return
    logger.setLevel(level)
    if not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
