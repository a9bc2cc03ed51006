"""The `corti-interactions` command line (`main`).

- `commands`: the parser, one command per operation, and running one;
- `flags`: the flags of one operation, from its description and models;
- `bulk`: `--from FILE|-`, an `x-bulk` operation once per JSON line;
- `progress`: the progress bar of long runs;
- `stream`: one command per real-time socket (`stream`, `transcribe`).

`main` answers `corti-interactions --version` without loading the parser (`commands`): the
interpreter, the package and the version read from the installed metadata, nothing more.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

__all__ = ["main"]


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code (`commands.main`)."""
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["--version"]:  # what argparse's version action does, before any parsing
        from corti_interactions._version import package_version

        sys.stdout.write(f"corti-interactions {package_version()}\n")
        raise SystemExit(0)
    from .commands import main as run

    return run(words, out=out, err=err, stdin=stdin)
