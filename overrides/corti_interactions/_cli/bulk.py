"""`--from FILE|-`: the command of an `x-bulk` operation, once per JSON line of the input.

    corti-interactions interactions list --all --format jsonl \\
      | jq -c 'select(.encounter.status == "in-progress") | {id, encounter: {status: "completed"}}' \\
      | corti-interactions interactions update --from - --results done.jsonl

Each input line is a JSON object: `id` and the body's fields by their JSON names (as with
`--body`); field flags given on the command line are merged over every line. Each result is
one JSON line, `{"line": N, "id": ..., "status": "ok"|"error", "error": {...}}`, in
completion order, to `--results FILE` or stdout; a progress bar goes to stderr on a terminal.

Two passes over the input (stdin, a pipe, a FIFO, `/dev/stdin` or `<(...)` is spooled to a
temporary file first, never held in memory): the first checks every line and sends
nothing; unless `--keep-going`, one bad line stops the run there (exit 2). The second
sends, through the client's bulk scheduler (`_bulk.scheduler`), exactly the bytes the first
pass checked: lines appended to the file after it are not read.

The journal (`_bulk.journal`, `--journal FILE`, by default `<results>.journal`, with its key
in `<journal>.key`) records each piece of work that finished (the request a line makes,
not the line's bytes or number), so the same command, run again after a crash, sends only
the rest and rewrites the results file complete, even when the input is regenerated from
the state the run changed (the pipeline above: the lines done drop out of the `jq` filter).
Results copied from an earlier run keep that run's line numbers. Each piece of work is
journaled as sent before it is sent: work a killed run had in flight is sent again if the
input still holds it, else reported `"outcome": "unknown"`. A failure that may pass
(a 5xx, 429, 401/403, timeout or network error) is reported but not journaled: the next
run retries it. The later lines of its id are then held back (reported as `HeldBackError`,
not sent, not journaled), so the next run sends them after it, in input order: a newer
value is never overwritten by an older one sent again. A journal of another operation,
service or tenant is refused (exit 2). `--results` and `--journal` may not be the input
(or each other): the input is read twice, and would be overwritten in between.

Results and journal records are ASCII JSON, so no text can fail to encode; a results file
or journal that cannot be opened is refused before anything is sent (exit 2), and one that
cannot be written mid-run (a full disk) stops the run (exit 74, EX_IOERR).

Exit codes: 0 every line applied; 1 some failed, or their answer was lost so they may or
may not have been applied (the results say which); 2 bad usage or a line that does not
parse; 3 / 4 nothing applied because every call was refused by authentication / surely
never reached the service; 74 the results or the journal could not be written; 130
interrupted (resumable).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, TextIO, cast

from corti_interactions_api.types import BulkResult, Operation, RequestOptions

from corti_interactions._bulk.journal import Done, Journal, JournalError, dumps_record
from corti_interactions._bulk.scheduler import (
    Job,
    is_final,
    make_job,
    may_have_been_applied,
    run_async,
)
from corti_interactions._client import AsyncCortiClient
from corti_interactions._exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BulkCallbackError,
    HeldBackError,
    OutcomeUnknownError,
    PermissionDeniedError,
)
from corti_interactions._payload import FieldError

from .bulk_flags import add_bulk_arguments, concurrency_arg
from .exits import (
    EXIT_API_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_SOME_FAILED,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    quiet_stdout,
)
from .progress import Progress

__all__ = ["BulkUsageError", "add_bulk_arguments", "concurrency_arg", "run_bulk"]

_SHOWN_ERRORS = 10  # invalid lines listed on stderr before "... and N more"


class BulkUsageError(Exception):
    """Bad usage found after parsing (exit 2)."""


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
    if may_have_been_applied(error):
        data["outcome"] = "unknown"  # the call may have reached the service: its answer was lost
    return data


def _result(line: int, ident: str, error: Exception | None) -> dict[str, Any]:
    result: dict[str, Any] = {"line": line, "id": ident, "status": "ok" if error is None else "error"}
    if error is not None:
        result["error"] = _error(error)
    return result


class _Lines:
    """The input as numbered raw lines, readable twice: a source that cannot seek (stdin, a
    pipe, a FIFO, `/dev/stdin`, `<(...)`) is spooled to a temporary file first. The second
    read stops where the first ended, so lines appended in between are never sent."""

    def __init__(self, source: str, stdin: TextIO, stack: ExitStack) -> None:
        self._end: int | None = None  # bytes the first read covered
        if source == "-":
            self._file: IO[bytes] = self._spool(getattr(stdin, "buffer", None) or stdin, stack)
            return
        try:
            file: IO[bytes] = stack.enter_context(open(source, "rb"))  # noqa: SIM115
        except OSError as exc:
            raise BulkUsageError(f"--from: cannot read {source!r}: {exc.strerror}") from None
        self._file = file if file.seekable() else self._spool(file, stack)

    @staticmethod
    def _spool(source: IO[bytes] | TextIO, stack: ExitStack) -> IO[bytes]:
        spool = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115
        if isinstance(source, io.TextIOBase):  # a text stream without bytes underneath (tests)
            for text in iter(lambda: source.read(1 << 16), ""):
                spool.write(text.encode())
        else:
            shutil.copyfileobj(cast("IO[bytes]", source), spool)
        return spool

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        file = self._file
        file.seek(0)
        left = -1 if self._end is None else self._end
        number = 0
        while left:
            raw = file.readline() if left < 0 else file.readline(left)
            if not raw:
                break
            number += 1
            left = left if left < 0 else left - len(raw)
            if raw.strip():
                yield number, raw
        if self._end is None:
            self._end = file.tell()


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


def _work(job: Job, raw: bytes) -> bytes:
    """What identifies a line's work for the journal: the request it makes (the field flags
    merged in), or the text of a line that makes none."""
    if job.prepared is None:
        return b"invalid\n" + raw.rstrip(b"\r\n")
    request = job.prepared.request
    return f"{request.method} {request.url.raw_path.decode()}\n".encode() + request.content


class _Run:
    """One `--from` run: its journal, its results sink and its counts."""

    def __init__(self, journal: Journal | None, sink: TextIO, progress: Progress) -> None:
        self.journal = journal
        self.sink = sink
        self.progress = progress
        self.keys: dict[int, int] = {}  # lines in flight -> work key, for the journal
        self.failed = self.succeeded = self.unknown = 0
        self.unreachable = self.refused = self.held = 0

    def orphan(self, line: int, ident: str) -> None:
        """Report work an earlier run sent and was killed before its answer, which this run's
        input no longer holds: it may have been applied (not journaled: a later run with it
        in its input sends it again)."""
        self.failed += 1
        self.unknown += 1
        record = _result(line, ident, OutcomeUnknownError())
        record["error"]["message"] = (
            "sent by an earlier run that was stopped before its answer, and not in this input: "
            "it may or may not have been applied"
        )
        record["error"]["outcome"] = "unknown"
        self.sink.write(dumps_record(record) + "\n")
        self.sink.flush()

    def report(self, result: BulkResult[Any]) -> None:
        line, error = result.index, result.error
        if error is None:
            self.succeeded += 1
        else:
            self.failed += 1
            self.unknown += may_have_been_applied(error)
            self.unreachable += isinstance(error, APIConnectionError) and not may_have_been_applied(error)
            self.refused += isinstance(error, AuthenticationError | PermissionDeniedError)
            self.held += isinstance(error, HeldBackError)
        record = _result(line, result.id, error)
        self.sink.write(dumps_record(record) + "\n")
        self.sink.flush()
        key = self.keys.pop(line)
        if self.journal is not None and (error is None or is_final(error)):
            self.journal.record(key, record)
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


def _scope(client: AsyncCortiClient) -> dict[str, str]:
    """What the journal's header keeps a digest of: where the work is sent. (The field flags
    are in each piece of work's key: a run with other flags sends its work anew.)"""
    return {"service": client.base_url, "tenant": client.tenant_name}


def _close(file: TextIO) -> None:
    """Close the results file; a write that failed already stopped the run and was reported."""
    with contextlib.suppress(OSError):
        file.close()


def _open_journal(path: Path, operation: Operation[Any], client: AsyncCortiClient) -> Journal:
    try:
        return Journal(path, operation.name, scope=_scope(client))
    except JournalError as exc:
        raise BulkUsageError(str(exc)) from None
    except OSError as exc:
        raise BulkUsageError(f"--journal: cannot write {str(path)!r}: {exc.strerror}") from None


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
    merge({})  # the field flags merged over nothing: a contradiction is bad usage, here
    with ExitStack() as stack:
        lines = _Lines(args.bulk_from, stdin, stack)
        journal = None if path is None else _open_journal(path, operation, client)
        if journal is not None:
            stack.callback(journal.close)
            if journal.torn:
                err.write(
                    f"corti-interactions: {path}: a torn last record was dropped; its line is sent again\n"
                )
        runtime = client._runtime
        total = bad = 0
        counting = None if journal is None else journal.done.copy()
        for number, raw in lines:
            job = _parse(number, raw, operation, runtime, merge)
            if journal is not None and cast("Done", counting).take(journal.work_key(_work(job, raw))):
                continue  # finished in an earlier run
            if job.prepared is None:
                bad += 1
                if bad <= _SHOWN_ERRORS:
                    err.write(f"corti-interactions: line {number}: {job.error}\n")
            total += 1
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
            try:
                sink = open(args.results, "w", encoding="ascii")  # noqa: SIM115
            except OSError as exc:
                raise BulkUsageError(f"--results: cannot write {args.results!r}: {exc.strerror}") from None
            stack.callback(_close, sink)
        prior_failed = 0
        run = _Run(journal, sink, Progress(err, total, force=args.progress))

        # Work an earlier run sent and never heard back about (killed in flight): sent again
        # if this input holds it, else reported as "unknown" at the end.
        unfinished = {} if journal is None else {k: list(v) for k, v in journal.unfinished.items()}

        def jobs() -> Iterator[Job]:
            for number, raw in lines:
                job = _parse(number, raw, operation, runtime, merge)
                key = 0 if journal is None else journal.work_key(_work(job, raw))
                if journal is not None and journal.done.take(key):
                    continue
                run.keys[number] = key
                if journal is not None and job.prepared is not None:
                    if unfinished.get(key):
                        unfinished[key].pop(0)  # its earlier sent record stands for this send
                    else:
                        journal.sent(key, number, job.id)
                yield job

        async def main() -> None:
            async with client:
                await run_async(runtime, operation, jobs(), args.concurrency, run.report)

        try:
            if journal is not None:  # the results of work already done, so the results are complete
                for record in journal.results():
                    prior_failed += record.get("status") != "ok"
                    sink.write(dumps_record(record) + "\n")
                sink.flush()
            asyncio.run(main())
            for sent in (info for infos in unfinished.values() for info in infos):
                run.orphan(sent["line"], sent["id"])
        except BrokenPipeError:  # the reader of the results went away (`| head`)
            quiet_stdout(sink)
            err.write("corti-interactions: the results output was closed; the rest was not sent\n")
            return EXIT_INTERRUPTED
        except (OSError, BulkCallbackError) as exc:  # a full disk, an I/O error
            cause = exc.__cause__ if isinstance(exc, BulkCallbackError) else exc
            if not isinstance(cause, OSError):
                raise
            run.progress.finish()
            lost = exc.results if isinstance(exc, BulkCallbackError) else ()
            err.write(
                "corti-interactions: error: cannot write the results or the journal "
                f"({cause.strerror or cause}); the run stopped: {run.succeeded} lines applied in this run"
                + (f", {sum(r.ok for r in lost)} of them not written down" if lost else "")
                + "\n"
            )
            return EXIT_OUTPUT
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
        + (f" ({run.unknown} of them may have been applied: the answer was lost)" if run.unknown else "")
        + (f" ({earlier} done in an earlier run)" if earlier else "")
        + "\n"
    )
    if not failed:
        return EXIT_OK
    sent_failed = run.failed - run.held  # a held-back line failed only because an earlier one did
    if run.succeeded == 0 and not prior_failed and sent_failed in (run.unreachable, run.refused):
        return EXIT_UNREACHABLE if run.unreachable else EXIT_API_ERROR
    return EXIT_SOME_FAILED
