"""`--from FILE|-`: the command of an `x-bulk` operation, once per JSON line of the input.

    corti-interactions interactions list --all --format jsonl \\
      | jq -c 'select(.encounter.status == "in-progress") | {id, encounter: {status: "completed"}}' \\
      | corti-interactions interactions update --from - --results done.jsonl

Each input line is a JSON object: `id` and the body's fields by their JSON names (as with
`--body`); field flags given on the command line are merged over every line. Each result is
one JSON line, `{"line": N, "id": ..., "status": "ok"|"error", "error": {...}}`, in
completion order, to `--results FILE` or stdout; a progress bar goes to stderr on a terminal.

Two passes over the input (stdin is spooled to a temporary file, never held in memory):
the first checks every line and sends nothing; unless `--keep-going`, one bad line stops
the run there (exit 2). The second sends, through the client's bulk scheduler (`_bulk.scheduler`).

The journal (`_bulk.journal`, `--journal FILE`, by default `<results>.journal`) records each
line that finished, so the same command, run again after a crash, sends only the rest and
rewrites the results file complete. A failure that may pass (a 5xx, 429, 401/403, timeout
or network error) is reported but not journaled: the next run retries it. The later lines
of its id are then held back (reported as `HeldBackError`, not sent, not journaled), so the
next run sends them after it, in input order: a newer value is never overwritten by an
older one sent again. The journal's header holds digests of the base URL, the tenant and the
field flags; a run with other ones is refused (exit 2) rather than skipping lines that were
applied elsewhere or with other values. `--results` and `--journal` may not be the input
(or each other): the input is read twice, and would be overwritten in between.

Exit codes: 0 every line applied; 1 some failed (the results say which); 2 bad usage or a
line that does not parse; 3 / 4 nothing applied because every call was refused by
authentication / could not reach the service; 130 interrupted (resumable).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, TextIO

from corti_interactions_api.types import BulkResult, Operation, RequestOptions

from corti_interactions._bulk.journal import Journal, JournalError, line_digest
from corti_interactions._bulk.scheduler import Job, check_concurrency, is_final, make_job, run_async
from corti_interactions._client import AsyncCortiClient
from corti_interactions._constants import DEFAULT_BULK_CONCURRENCY
from corti_interactions._exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    HeldBackError,
    PermissionDeniedError,
)
from corti_interactions._payload import FieldError

from .progress import Progress

__all__ = ["BulkUsageError", "add_bulk_arguments", "concurrency_arg", "run_bulk"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_API_ERROR, EXIT_UNREACHABLE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
_SHOWN_ERRORS = 10  # invalid lines listed on stderr before "... and N more"


class BulkUsageError(Exception):
    """Bad usage found after parsing (exit 2)."""


def concurrency_arg(text: str) -> int:
    """`--concurrency`: what `concurrency=` of `<method>_many()` takes (`check_concurrency`)."""
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


def _error(error: Exception) -> dict[str, Any]:
    message = str(error)
    if isinstance(error, HeldBackError):  # its index is the line number here
        message = (
            f"held back: an earlier line for this id (line {error.earlier}) did not finish; "
            "not journaled, so the next run sends it after that line"
        )
    data: dict[str, Any] = {"type": type(error).__name__, "message": message}
    if isinstance(error, APIStatusError):
        data["status"] = error.status_code
        if error.request_id:
            data["requestId"] = error.request_id
    if not is_final(error):
        data["retryable"] = True
    return data


def _result(line: int, ident: str, error: Exception | None) -> dict[str, Any]:
    result: dict[str, Any] = {"line": line, "id": ident, "status": "ok" if error is None else "error"}
    if error is not None:
        result["error"] = _error(error)
    return result


class _Lines:
    """The input as numbered raw lines, readable twice (stdin is spooled to a temp file)."""

    def __init__(self, source: str, stdin: TextIO, stack: ExitStack) -> None:
        if source == "-":
            spool = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115
            buffer = getattr(stdin, "buffer", None)
            if buffer is not None:
                shutil.copyfileobj(buffer, spool)
            else:  # a text stream without bytes underneath (tests)
                for text in iter(lambda: stdin.read(1 << 16), ""):
                    spool.write(text.encode())
            self._file: IO[bytes] = spool
        else:
            try:
                self._file = stack.enter_context(open(source, "rb"))  # noqa: SIM115
            except OSError as exc:
                raise BulkUsageError(f"--from: cannot read {source!r}: {exc.strerror}") from None

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        self._file.seek(0)
        for number, raw in enumerate(self._file, 1):
            if raw.strip():
                yield number, raw


def _parse(
    number: int,
    raw: bytes,
    operation: Operation[Any],
    runtime: Any,
    merge: Callable[[dict[str, Any]], dict[str, Any]],
) -> Job:
    """The job for one input line; a line that does not parse is a job holding its error."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        problem = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply or not UTF-8"
        return Job(number, "", None, FieldError("line", f"is not valid JSON ({problem})"))
    if not isinstance(data, dict):
        return Job(number, "", None, FieldError("line", "must be a JSON object with an id and fields"))
    try:
        merge(data)  # the field flags over the line; a line where they cannot go is invalid
    except ValueError as exc:
        return Job(number, str(data.get("id", "")), None, exc)
    return make_job(runtime, operation, number, data, RequestOptions())


class _Run:
    """One `--from` run: its journal, its results sink and its counts."""

    def __init__(self, journal: Journal | None, sink: TextIO, progress: Progress) -> None:
        self.journal = journal
        self.sink = sink
        self.progress = progress
        self.digests: dict[int, str] = {}  # lines in flight -> digest, for the journal
        self.failed = self.succeeded = 0
        self.unreachable = self.refused = self.held = 0

    def report(self, result: BulkResult[Any]) -> None:
        line, error = result.index, result.error
        record = _result(line, result.id, error)
        self.sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.sink.flush()
        digest = self.digests.pop(line)
        if self.journal is not None and (error is None or is_final(error)):
            self.journal.record(line, digest, record)
        if error is None:
            self.succeeded += 1
        else:
            self.failed += 1
            self.unreachable += isinstance(error, APIConnectionError)
            self.refused += isinstance(error, AuthenticationError | PermissionDeniedError)
            self.held += isinstance(error, HeldBackError)
        self.progress.add(error is None)


def _journal_path(args: argparse.Namespace) -> Path | None:
    if args.no_journal or args.dry_run:
        return None
    if args.journal:
        return Path(args.journal)
    return Path(f"{args.results}.journal") if args.results else None


def _same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (links followed), whether or not it exists yet."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet): compare where they would be
        return Path(a).resolve() == Path(b).resolve()


def _check_paths(args: argparse.Namespace, journal: Path | None) -> None:
    """Refuse outputs that are the input or each other: the input is read twice, and the
    results file is truncated between the two reads."""
    source = None if args.bulk_from == "-" else args.bulk_from
    if source is not None and args.results and _same_file(args.results, source):
        raise BulkUsageError(
            f"--results {args.results!r} is the same file as --from: "
            "it would be overwritten before it is read"
        )
    if journal is not None and source is not None and _same_file(journal, source):
        raise BulkUsageError(f"--journal {str(journal)!r} is the same file as --from; use another --journal")
    if journal is not None and args.results and _same_file(journal, args.results):
        raise BulkUsageError(
            f"--journal {str(journal)!r} is the same file as --results; use another --journal"
        )


def _scope(client: AsyncCortiClient, flags: dict[str, Any]) -> dict[str, str]:
    """What the journal's header keeps a digest of: where and with what the lines are sent."""
    return {
        "service": client.base_url,
        "tenant": client.tenant_name,
        "flags": json.dumps(flags, sort_keys=True, ensure_ascii=False, default=str),
    }


def _quiet(out: TextIO) -> None:
    """After a broken pipe on the real stdout, point it at /dev/null: the flush at exit
    would otherwise fail again and print "Exception ignored"."""
    if out is sys.stdout or out is sys.__stdout__:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
            os.close(devnull)


def run_bulk(
    args: argparse.Namespace,
    operation: Operation[Any],
    client: AsyncCortiClient,
    *,
    merge: Callable[[dict[str, Any]], dict[str, Any]],
    out: TextIO,
    err: TextIO,
    stdin: TextIO,
) -> int:
    """Run the command once per line of `--from`; returns the exit code."""
    path = _journal_path(args)
    _check_paths(args, path)
    # The field flags' values as JSON, merged over every line (a contradiction is bad usage).
    flags = merge({})
    with ExitStack() as stack:
        lines = _Lines(args.bulk_from, stdin, stack)
        try:
            journal = None if path is None else Journal(path, operation.name, scope=_scope(client, flags))
        except JournalError as exc:
            raise BulkUsageError(str(exc)) from None
        if journal is not None:
            stack.callback(journal.close)
            if journal.torn:
                err.write(
                    f"corti-interactions: {path}: a torn last record was dropped; its line is sent again\n"
                )
        runtime = client._runtime
        total = bad = matched = 0
        for number, raw in lines:
            if journal is not None and number in journal.done:
                if journal.done[number] != line_digest(raw):
                    raise BulkUsageError(
                        f"--from: line {number} differs from the one {path} recorded: the input changed "
                        "since that run (use another --journal to start over)"
                    )
                matched += 1
                continue
            job = _parse(number, raw, operation, runtime, merge)
            if job.prepared is None:
                bad += 1
                if bad <= _SHOWN_ERRORS:
                    err.write(f"corti-interactions: line {number}: {job.error}\n")
            total += 1
        if journal is not None and matched != len(journal.done):
            raise BulkUsageError(f"--from: the input has fewer lines than {path} recorded: it changed")
        if bad > _SHOWN_ERRORS:
            err.write(f"corti-interactions: ... and {bad - _SHOWN_ERRORS} more invalid lines\n")
        if args.dry_run:
            err.write(
                f"corti-interactions: dry run: {total} lines checked, {total - bad} valid, {bad} invalid; "
                "nothing sent\n"
            )
            return EXIT_USAGE if bad else EXIT_OK
        if bad and not args.keep_going:
            err.write(
                f"corti-interactions: {bad} invalid lines; nothing sent (--keep-going sends the rest)\n"
            )
            return EXIT_USAGE

        sink = out
        if args.results:
            sink = stack.enter_context(open(args.results, "w", encoding="utf-8"))
        prior_failed = 0
        run = _Run(journal, sink, Progress(err, total, force=args.progress))

        def jobs() -> Iterator[Job]:
            for number, raw in lines:
                if journal is not None and number in journal.done:
                    continue
                run.digests[number] = line_digest(raw)
                yield _parse(number, raw, operation, runtime, merge)

        async def main() -> None:
            async with client:
                await run_async(runtime, operation, jobs(), args.concurrency, run.report)

        try:
            if journal is not None:  # the results of lines already done, so the results are complete
                for record in journal.results():
                    prior_failed += record.get("status") != "ok"
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                sink.flush()
            asyncio.run(main())
        except BrokenPipeError:  # the reader of the results went away (`| head`)
            _quiet(sink)
            err.write("corti-interactions: the results output was closed; the rest was not sent\n")
            return EXIT_INTERRUPTED
        except KeyboardInterrupt:
            run.progress.finish()
            err.write(
                "corti-interactions: interrupted; "
                + (f"run the same command again to resume ({path})\n" if journal else "no journal kept\n")
            )
            return EXIT_INTERRUPTED
        run.progress.finish()
        failed = run.failed + prior_failed
        earlier = len(journal.done) if journal else 0
        err.write(
            f"corti-interactions: {run.succeeded + earlier - prior_failed} applied, {failed} failed"
            + (f" ({earlier} lines done in an earlier run)" if earlier else "")
            + "\n"
        )
        if not failed:
            return EXIT_OK
        sent_failed = run.failed - run.held  # a held-back line failed only because an earlier one did
        if run.succeeded == 0 and not prior_failed and sent_failed in (run.unreachable, run.refused):
            return EXIT_UNREACHABLE if run.unreachable else EXIT_API_ERROR
        return EXIT_SOME_FAILED
    return EXIT_OK  # pragma: no cover  (ExitStack does not swallow exceptions)
