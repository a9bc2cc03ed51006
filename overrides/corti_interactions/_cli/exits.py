"""The command line's exit codes, the usage error every command raises for invalid input, and
quieting stdout after its reader went away."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TextIO

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_BROKEN_PIPE",
    "EXIT_INCOMPLETE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "EXIT_SOME_FAILED",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "UsageError",
    "quiet_stdout",
]

EXIT_OK = 0
EXIT_SOME_FAILED = 1  # some lines of a --from run failed, or may not have been applied;
# or some streamed audio may not have reached the service (stderr says how much)
EXIT_INCOMPLETE = 1  # a download stopped part-way: no file kept under the name asked for
EXIT_USAGE = 2  # bad usage or invalid input: nothing sent
EXIT_API_ERROR = 3  # the service answered an error (every call refused by authentication)
EXIT_UNREACHABLE = 4  # the service could not be reached: nothing was sent
EXIT_OUTPUT = 74  # EX_IOERR: the results or the journal could not be written mid-run
EXIT_INTERRUPTED = 130  # Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a tool its reader left


class UsageError(Exception):
    """Invalid input found after parsing: exit 2 (`EXIT_USAGE`) with this message."""


def quiet_stdout(out: TextIO | None = None) -> None:
    """After a broken pipe on the real stdout, point it at /dev/null: the flush at exit
    would otherwise fail again and print "Exception ignored"."""
    stream: TextIO = sys.stdout if out is None else out
    if stream in (sys.stdout, sys.__stdout__):
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
