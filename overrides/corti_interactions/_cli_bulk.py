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
the run there (exit 2). The second sends, through the client's bulk scheduler (`_bulk`).

The journal (`_journal`, `--journal FILE`, by default `<results>.journal`) records each
line that finished, so the same command, run again after a crash, sends only the rest and
rewrites the results file complete. A failure that may pass (a 5xx, 429, 401/403, timeout
or network error) is reported but not journaled: the next run retries it.

Exit codes: 0 every line applied; 1 some failed (the results say which); 2 bad usage or a
line that does not parse; 3 / 4 nothing applied because every call was refused by
authentication / could not reach the service; 130 interrupted (resumable).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, TextIO

from corti_interactions_api.types import BulkResult, Operation, RequestOptions

from ._bulk import Job, make_job, run_async
from ._client import AsyncCortiClient
from ._constants import MAX_BULK_CONCURRENCY
from ._exceptions import APIConnectionError, APIStatusError, AuthenticationError, PermissionDeniedError
from ._journal import Journal, JournalError, line_digest
from ._payload import FieldError
from ._progress import Progress

__all__ = ["BulkUsageError", "add_bulk_arguments", "concurrency_arg", "run_bulk"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_API_ERROR, EXIT_UNREACHABLE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
_SHOWN_ERRORS = 10  # invalid lines listed on stderr before "... and N more"
# Statuses about the item itself: sending it again gives the same answer, so it is final.
_RETRYABLE_STATUSES = frozenset({401, 403, 408, 429})


class BulkUsageError(Exception):
    """Bad usage found after parsing (exit 2)."""


def concurrency_arg(text: str) -> int:
    """`--concurrency`: 1 to `MAX_BULK_CONCURRENCY`."""
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_BULK_CONCURRENCY:
        raise argparse.ArgumentTypeError(f"must be an integer from 1 to {MAX_BULK_CONCURRENCY}; got {text!r}")
    return int(text)


def add_bulk_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of a bulk operation's command."""
    group = parser.add_argument_group("bulk (one call per JSON line of --from)")
    group.add_argument("--from", dest="bulk_from", metavar="FILE|-", help="JSON lines: id and fields")
    group.add_argument("--results", metavar="FILE", help="one JSON line per result (default: stdout)")
    group.add_argument("--journal", metavar="FILE", help="resume file (default: <results>.journal)")
    group.add_argument("--no-journal", action="store_true", help="keep no journal (no resume)")
    group.add_argument("--concurrency", type=concurrency_arg, default=16, help="calls at once (default 16)")
    group.add_argument("--keep-going", action="store_true", help="send the valid lines despite bad ones")
    group.add_argument("--progress", action="store_true", help="draw progress even off a terminal")


def _is_final(error: Exception) -> bool:
    """Whether a failed line is finished (journaled) rather than left for the next run."""
    if isinstance(error, APIStatusError):
        return error.status_code < 500 and error.status_code not in _RETRYABLE_STATUSES
    return isinstance(error, ValueError)


def _error(error: Exception) -> dict[str, Any]:
    data: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    if isinstance(error, APIStatusError):
        data["status"] = error.status_code
        if error.request_id:
            data["requestId"] = error.request_id
    if not _is_final(error):
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
        data = merge(data)
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
        self.unreachable = self.refused = 0

    def report(self, result: BulkResult[Any]) -> None:
        line, error = result.index, result.error
        record = _result(line, result.id, error)
        self.sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.sink.flush()
        digest = self.digests.pop(line)
        if self.journal is not None and (error is None or _is_final(error)):
            self.journal.record(line, digest, record)
        if error is None:
            self.succeeded += 1
        else:
            self.failed += 1
            self.unreachable += isinstance(error, APIConnectionError)
            self.refused += isinstance(error, AuthenticationError | PermissionDeniedError)
        self.progress.add(error is None)


def _journal_path(args: argparse.Namespace) -> Path | None:
    if args.no_journal or args.dry_run:
        return None
    if args.journal:
        return Path(args.journal)
    return Path(f"{args.results}.journal") if args.results else None


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
    with ExitStack() as stack:
        lines = _Lines(args.bulk_from, stdin, stack)
        path = _journal_path(args)
        try:
            journal = Journal(path, operation.name) if path is not None else None
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
        if journal is not None:  # the results of lines already done, so the results are complete
            for record in journal.results():
                prior_failed += record.get("status") != "ok"
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            sink.flush()
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
            asyncio.run(main())
        except BrokenPipeError:  # the reader of the results went away (`| head`)
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
        if run.succeeded == 0 and not prior_failed and run.failed in (run.unreachable, run.refused):
            return EXIT_UNREACHABLE if run.unreachable else EXIT_API_ERROR
        return EXIT_SOME_FAILED
    return EXIT_OK  # pragma: no cover  (ExitStack does not swallow exceptions)
