"""The `corti-interactions` command line (`main`).

- `commands`: the parser, one command per operation, and running one;
- `flags`: the flags of one operation, from its description and models;
- `bulk`: `--from FILE|-`, an `x-bulk` operation once per JSON line;
- `progress`: the progress bar of long runs;
- `stream`: one command per real-time socket (`stream`, `transcribe`).
"""

from .commands import main

__all__ = ["main"]
