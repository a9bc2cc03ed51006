"""The flags of a bulk operation's command (`--from`, `--results`, ...), apart from the run
itself (`_cli.bulk`), so that building the command's parser does not load asyncio."""

from __future__ import annotations

import argparse
import contextlib
from typing import Any

from corti_interactions._constants import DEFAULT_BULK_CONCURRENCY

__all__ = ["add_bulk_arguments", "concurrency_arg"]


def concurrency_arg(text: str) -> int:
    """`--concurrency`: what `concurrency=` of `<method>_many()` takes (`check_concurrency`)."""
    from corti_interactions._bulk.scheduler import check_concurrency

    value: Any = text  # not a number: check_concurrency refuses it, saying what it takes
    with contextlib.suppress(ValueError):
        value = int(text)
    try:
        return check_concurrency(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_bulk_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of a bulk operation's command."""
    group = parser.add_argument_group("bulk (one call per JSON line of --from)")
    group.add_argument("--from", dest="bulk_from", metavar="FILE|-", help="JSON lines: id and fields")
    group.add_argument("--results", metavar="FILE", help="one JSON line per result (default: stdout)")
    group.add_argument("--journal", metavar="FILE", help="resume file (default: <results>.journal)")
    group.add_argument("--no-journal", action="store_true", help="keep no journal (no resume)")
    group.add_argument(
        "--concurrency",
        type=concurrency_arg,
        default=DEFAULT_BULK_CONCURRENCY,
        help=f"calls at once (default {DEFAULT_BULK_CONCURRENCY})",
    )
    group.add_argument("--keep-going", action="store_true", help="send the valid lines despite bad ones")
    group.add_argument("--progress", action="store_true", help="draw progress even off a terminal")
