"""The `corti_interactions` logger, and `CORTI_LOG` for people without logging config.

What is logged is chosen field by field (method, path, status, timings, attempt, request
id); headers and bodies are never handed to the logger, so there is nothing to redact.
"""

from __future__ import annotations

import logging
import os

from ._constants import ENV_LOG

__all__ = ["logger", "setup_from_env"]

logger = logging.getLogger("corti_interactions")

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
