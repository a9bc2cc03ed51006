"""Bulk runs: one operation applied to many items, safely (`<method>_many()`, `--from FILE`).

Theory of operation. `Scheduler` reads jobs from an iterator lazily and runs them with
`concurrency` workers. A job whose id already has a call in flight is parked behind it; the
worker that finishes a call reports its outcome and then runs the next parked job of the
same id itself, so calls for one id go out one at a time, in input order, and the report
of a call always comes before the next call for its id starts (the journal relies on
this). Reading stops while `concurrency * BULK_PARKED_PER_WORKER` jobs are parked, so
memory stays bounded whatever the input's length. A `RateGate` shared by every call makes
them all wait when one answer is a 429 with `Retry-After`; each call is otherwise sent and
retried by the client's own sender, like a single call.

The async client runs the scheduler in its own loop. The sync client runs it in a private
event loop on a helper thread and sends each call with the sync client's pool, auth and
retries in a pool of `concurrency` threads; outcomes come back through a queue of at most
`concurrency` entries, so `on_result` runs in the caller's thread, the caller never
touches asyncio, and a slow `on_result` paces the run (the loop waits for room in the
queue before it reads or starts anything more). On Ctrl-C the sync run stops at once:
the outcomes already in the queue are delivered, each call still in flight is abandoned
(its thread is a daemon, and retries nothing more) and reported with
`OutcomeUnknownError`, then `KeyboardInterrupt` reaches the caller.

When `on_result` raises, the run starts nothing more, waits for the calls in flight, and
raises `BulkCallbackError` whose `results` are the outcomes `on_result` did not take
(applied ones included): none is lost.

A walk of a listing (or a generator over one) given as the items is read to its end
before the first call (`_pagination.reading_bulk_input`): sending while reading it would
shift the pages still to be read when the run changes what the listing filters on.

An outcome is the parsed answer or the typed error (`CortiError`, or the `ValueError` of an
invalid item, which is reported without being sent): one bad item never stops the rest.
An error whose `stops_run` is set (a 429 for a spent credit quota, `InsufficientBalanceError`)
is reported for its item, then stops the run like a failing `on_result`: nothing more is
sent, calls in flight finish and are reported, and the run raises it.

Per-id order holds across failures too. A failure is final when sending the same item again
would give the same answer (`is_final`: an invalid item, or a 4xx about the item itself such
as 404 or 422); any other failure (5xx, 408, 429, 401/403, a network error or timeout) did
not finish: the item may or may not have been applied, and retrying it is the caller's next
step. After such a failure the later items of the same id in the run are not sent: each is
reported with a `HeldBackError` naming the earlier item, so retrying the failed and held-back
items in input order applies them in input order (sending a later item first would let the
retried earlier one overwrite it). Items of other ids go on as usual. The scheduler keeps
one entry per id whose call did not finish, the only memory a run's length can grow.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import queue
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from corti_interactions_api.types import BulkResult, BulkSummary, NotGiven, Operation, RequestOptions

from corti_interactions._constants import (
    BULK_PARKED_PER_WORKER,
    DEFAULT_BULK_CONCURRENCY,
    MAX_BULK_CONCURRENCY,
)
from corti_interactions._exceptions import (
    APIConnectionError,
    APIStatusError,
    BulkCallbackError,
    CortiError,
    HeldBackError,
    OutcomeUnknownError,
)
from corti_interactions._pagination import reading_bulk_input
from corti_interactions._payload import FieldError, arguments_from_json, path_value
from corti_interactions._retries import UNSENT_ERRORS

from .rate_gate import RateGate

if TYPE_CHECKING:
    from corti_interactions._types import AsyncRequester, PreparedRequest, RequestBuilder, SyncRequester

__all__ = [
    "Job",
    "Scheduler",
    "check_concurrency",
    "is_final",
    "jobs_from_items",
    "may_have_been_applied",
    "run_async",
    "run_sync",
]

T = TypeVar("T")
Outcome = object  # the parsed answer, or the Exception the item failed with
Report = Callable[["Job", Outcome], None]

# 4xx statuses that are not about the item itself: sending it again may pass.
_UNFINISHED_STATUSES = frozenset({401, 403, 408, 429})


def is_final(error: Exception) -> bool:
    """Whether a failed item is finished: sending it again would give the same answer.

    An invalid item, or a 4xx about the item itself (400, 404, 409, 422, ...). A 5xx, 401,
    403, 408, 429, a network error, a timeout, an answer not understood or a `HeldBackError`
    did not finish: the later items of the same id are held back behind it.
    """
    if isinstance(error, APIStatusError):
        return error.status_code < 500 and error.status_code not in _UNFINISHED_STATUSES
    return isinstance(error, ValueError)


def may_have_been_applied(error: Exception) -> bool:
    """Whether a failed call may have reached the service and been applied: an answer that
    was lost (a read timeout, a dropped connection) or abandoned, not one that was surely
    never sent (connection refused or timed out, pool timeout, a failed token request)."""
    if isinstance(error, OutcomeUnknownError):
        return True
    return isinstance(error, APIConnectionError) and (
        error.request is not None and not isinstance(error.__cause__, UNSENT_ERRORS)
    )


@dataclass(slots=True)
class Job:
    """One item of a run: its position, its id, and its checked request (or why it has none)."""

    index: int
    id: str
    prepared: PreparedRequest | None
    error: Exception | None = None


def check_concurrency(value: int | NotGiven) -> int:
    """`concurrency=`: 1 to `MAX_BULK_CONCURRENCY`, `DEFAULT_BULK_CONCURRENCY` when not given."""
    if isinstance(value, NotGiven):
        return DEFAULT_BULK_CONCURRENCY
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_BULK_CONCURRENCY:
        raise ValueError(f"concurrency must be an integer from 1 to {MAX_BULK_CONCURRENCY}; got {value!r}")
    return value


def _split(operation: Operation[Any], item: object) -> tuple[object, Mapping[str, object]]:
    """An item as (id, fields): an `(id, fields)` pair, or a mapping with its id inside."""
    (param,) = operation.path_params  # tools/generate.py allows x-bulk with one path parameter
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        return item[0], item[1]
    if isinstance(item, Mapping):
        names = [n for n in ("id", param.name, param.wire_name) if n in item]
        if len(names) != 1:
            raise FieldError("id", f"each item needs exactly one of 'id' or {param.name!r}")
        (name,) = names
        return item[name], {k: v for k, v in item.items() if k != name}
    raise FieldError("item", f"must be an (id, fields) pair or a mapping; got {type(item).__name__}")


def make_job(
    builder: RequestBuilder, operation: Operation[Any], index: int, item: object, options: RequestOptions
) -> Job:
    """The job for one item; an invalid item becomes a job that only reports its error."""
    ident: object = ""
    try:
        ident, fields = _split(operation, item)
        (param,) = operation.path_params
        key = path_value(param, ident)
        if operation.body is None:  # tools/generate.py refuses x-bulk without a body
            raise TypeError(f"{operation.name} takes no body, so it cannot be bulk")
        arguments = arguments_from_json(operation.body, fields, where="fields")
        return Job(index, key, builder.build(operation, (ident,), {}, arguments, options))
    except ValueError as exc:
        return Job(index, ident if isinstance(ident, str) else str(ident), None, exc)


def jobs_from_items(
    builder: RequestBuilder, operation: Operation[Any], items: Iterable[object], options: RequestOptions
) -> Iterator[Job]:
    """Jobs for `items`, built one at a time as the scheduler reads them."""
    for index, item in enumerate(items):
        yield make_job(builder, operation, index, item, options)


class Scheduler:
    """Runs jobs with bounded concurrency, one at a time per id, in input order per id."""

    def __init__(self, jobs: Iterator[Job], concurrency: int) -> None:
        self._jobs = jobs
        self._concurrency = concurrency
        self._window = concurrency * BULK_PARKED_PER_WORKER
        self._busy: dict[str, collections.deque[Job] | None] = {}  # ids in flight -> parked jobs
        self._unfinished: dict[str, int] = {}  # id -> index of its item that failed unfinished
        self._parked = 0
        self._space: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._exhausted = False  # nothing more to read
        self._halted = False  # nothing more to start (stopped, or the run failed)
        self._failure: BaseException | None = None

    def stop(self) -> None:
        """Read no more jobs and start no more calls; calls in flight finish. Thread-safe.

        Harmless once the run is over: its loop may be closed by then (the sync client's
        caller stops the run when `on_result` raises, which may be after the last call).
        """
        loop = self._loop
        if loop is not None:
            try:
                loop.call_soon_threadsafe(self._stop)
                return
            except RuntimeError:  # the loop is closed: nothing runs there any more
                pass
        self._stop()

    def _stop(self) -> None:
        self._exhausted = self._halted = True
        if self._space is not None:
            self._space.set()

    async def run(self, send: Callable[[Job], Awaitable[Outcome]], report: Report) -> None:
        """Send every job and report each outcome; re-raises what stopped the run, if anything."""
        self._loop = asyncio.get_running_loop()
        self._space = asyncio.Event()
        await asyncio.gather(*(self._worker(send, report) for _ in range(self._concurrency)))
        if self._failure is not None:
            raise self._failure

    async def _worker(self, send: Callable[[Job], Awaitable[Outcome]], report: Report) -> None:
        try:
            while (job := await self._next(report)) is not None:
                while job is not None:
                    earlier = self._unfinished.get(job.id)
                    if earlier is not None:  # a call for this id did not finish: keep the order
                        outcome: Outcome = HeldBackError(earlier)
                    else:
                        outcome = await send(job)
                        if isinstance(outcome, Exception) and not is_final(outcome):
                            self._unfinished[job.id] = job.index
                    report(job, outcome)
                    if isinstance(outcome, CortiError) and outcome.stops_run:
                        raise outcome  # e.g. a spent credit quota: no later item can succeed
                    job = self._release(job.id)
        except Exception as exc:  # the input, the report or the service stopped the whole run
            if self._failure is None:
                self._failure = exc
            self._stop()

    async def _next(self, report: Report) -> Job | None:
        """The next job whose id is free, reading (and parking) as needed; None at the end."""
        space = cast("asyncio.Event", self._space)  # set by run()
        while not self._exhausted:
            if self._parked >= self._window:
                space.clear()
                await space.wait()
                continue
            with reading_bulk_input():  # a walk read here reads to its end first
                job = next(self._jobs, None)
            if job is None:
                self._exhausted = True
                space.set()  # wake readers waiting for space: there is nothing left to read
                return None
            if job.prepared is None:
                report(job, job.error)
                continue
            if job.id in self._unfinished and job.id not in self._busy:
                report(job, HeldBackError(self._unfinished[job.id]))
                continue
            if job.id not in self._busy:
                self._busy[job.id] = None
                return job
            parked = self._busy[job.id]
            if parked is None:
                parked = self._busy[job.id] = collections.deque()
            parked.append(job)
            self._parked += 1
        return None

    def _release(self, key: str) -> Job | None:
        """The next parked job for `key` (its worker runs it), or None and the id is free."""
        parked = self._busy[key]
        if parked and not self._halted:
            self._parked -= 1
            if self._space is not None:
                self._space.set()
            return parked.popleft()
        del self._busy[key]
        return None


class _Tally:
    """Counts outcomes and turns them into `BulkResult`s for `on_result`; once `on_result`
    has raised, keeps the later ones (`undelivered`) instead of calling it again."""

    def __init__(self, deliver: Callable[[BulkResult[Any]], object] | None) -> None:
        self.succeeded = self.failed = 0
        self.started = time.perf_counter()
        self._deliver = deliver
        self.error: Exception | None = None  # what on_result raised
        self.undelivered: list[BulkResult[Any]] = []

    def __call__(self, job: Job, outcome: Outcome) -> None:
        if isinstance(outcome, Exception):
            self.failed += 1
            result: BulkResult[Any] = BulkResult(job.index, job.id, None, outcome)
        else:
            self.succeeded += 1
            result = BulkResult(job.index, job.id, outcome)
        if self.error is not None:
            self.undelivered.append(result)
        elif self._deliver is not None:
            try:
                self._deliver(result)
            except Exception as exc:
                self.error = exc
                self.undelivered.append(result)
                raise

    def aborted(self) -> BulkCallbackError:
        """The error to raise once the run that `on_result` stopped is over."""
        return BulkCallbackError(cast("Exception", self.error), tuple(self.undelivered))

    def summary(self) -> BulkSummary:
        return BulkSummary(self.succeeded, self.failed, time.perf_counter() - self.started)


def async_sender(
    runtime: AsyncRequester, operation: Operation[Any], gate: RateGate
) -> Callable[[Job], Awaitable[Outcome]]:
    """Send a job with the async client; the typed error is the outcome, not raised."""

    async def send(job: Job) -> Outcome:
        try:
            return (await runtime.send(operation, cast("PreparedRequest", job.prepared), gate)).parse()
        except CortiError as exc:
            return exc

    return send


async def run_async(
    runtime: AsyncRequester,
    operation: Operation[Any],
    jobs: Iterator[Job],
    concurrency: int,
    on_result: Callable[[BulkResult[Any]], object] | None,
) -> BulkSummary:
    """Run `jobs` with the async client; `on_result` gets each outcome as it comes."""
    tally = _Tally(on_result)
    try:
        await Scheduler(jobs, concurrency).run(async_sender(runtime, operation, RateGate()), tally)
    except Exception as exc:
        if exc is tally.error:
            raise tally.aborted() from exc
        raise
    return tally.summary()


class _DaemonThreads(Executor):
    """`concurrency` daemon threads: a call abandoned at Ctrl-C does not hold up the exit
    (a `ThreadPoolExecutor`'s threads are joined at exit, however long their retries take)."""

    def __init__(self, count: int) -> None:
        self._work: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]] | None]
        self._work = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._serve, name=f"corti-bulk-{n}", daemon=True) for n in range(count)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        self._work.put((future, functools.partial(fn, **kwargs), args))
        return future

    def _serve(self) -> None:
        while (work := self._work.get()) is not None:
            future, fn, args = work
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn(*args))
                except BaseException as exc:  # handed to the waiter
                    future.set_exception(exc)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        for _ in self._threads:
            self._work.put(None)
        if wait:
            for thread in self._threads:
                thread.join()


def run_sync(
    runtime: SyncRequester,
    operation: Operation[Any],
    jobs: Iterator[Job],
    concurrency: int,
    on_result: Callable[[BulkResult[Any]], object] | None,
) -> BulkSummary:
    """Run `jobs` with the sync client (see the module's docstring); blocks until done."""
    gate = RateGate()
    scheduler = Scheduler(jobs, concurrency)
    # Bounded: the loop thread waits for room, so on_result paces the run.
    results: queue.Queue[tuple[Job, Outcome] | None] = queue.Queue(maxsize=concurrency)
    abandoned = threading.Event()  # the caller left (Ctrl-C): nothing waits for the queue
    in_flight: dict[int, Job] = {}
    failure: list[BaseException] = []

    def call(job: Job) -> Outcome:
        in_flight[job.index] = job
        try:
            return runtime.send(operation, cast("PreparedRequest", job.prepared), gate).parse()
        except CortiError as exc:
            return exc

    def put(entry: tuple[Job, Outcome] | None) -> None:
        while not abandoned.is_set():
            try:
                results.put(entry, timeout=0.05)
                return
            except queue.Full:
                continue

    def report(job: Job, outcome: Outcome) -> None:
        put((job, outcome))
        in_flight.pop(job.index, None)

    def loop_thread(pool: Executor) -> None:
        async def main() -> None:
            loop = asyncio.get_running_loop()
            await scheduler.run(lambda job: loop.run_in_executor(pool, call, job), report)

        try:
            asyncio.run(main())
        except BaseException as exc:  # handed to the caller's thread
            failure.append(exc)
        finally:
            put(None)

    tally = _Tally(on_result)
    pool = _DaemonThreads(concurrency)
    thread = threading.Thread(target=loop_thread, args=(pool,), name="corti-bulk-loop", daemon=True)
    thread.start()
    try:
        try:
            while (entry := _get(results)) is not None:
                tally(*entry)
        except KeyboardInterrupt:
            _abandon(
                scheduler, gate=gate, abandoned=abandoned, results=results, in_flight=in_flight, tally=tally
            )
            thread.join(0.2)  # it ends at once unless calls are in flight (they are daemons)
            raise
        except Exception as exc:
            scheduler.stop()  # calls in flight finish (their outcomes are kept); nothing new starts
            while (entry := results.get()) is not None:
                tally(*entry)
            thread.join()
            if exc is tally.error:
                raise tally.aborted() from exc
            raise
        thread.join()
    finally:
        pool.shutdown(wait=False)
    if failure:
        raise failure[0]
    return tally.summary()


def _get(results: queue.Queue[T]) -> T:
    """The next entry; waits in short slices, so that Ctrl-C (however it is delivered: a
    signal, or `_thread.interrupt_main`) is seen at once rather than after the next one."""
    while True:
        with contextlib.suppress(queue.Empty):
            return results.get(timeout=0.05)


def _abandon(
    scheduler: Scheduler,
    *,
    gate: RateGate,
    abandoned: threading.Event,
    results: queue.Queue[tuple[Job, Outcome] | None],
    in_flight: dict[int, Job],
    tally: _Tally,
) -> None:
    """Ctrl-C in a sync run: start nothing more, retry nothing more, wait for nothing; deliver
    the outcomes already known, then each call in flight as `OutcomeUnknownError`."""
    scheduler.stop()
    gate.stop()
    abandoned.set()
    known: list[tuple[Job, Outcome]] = []
    with contextlib.suppress(queue.Empty):
        while (entry := results.get_nowait()) is not None:
            known.append(entry)
    reported = {job.index for job, _ in known}
    known += [(job, OutcomeUnknownError()) for job in list(in_flight.values()) if job.index not in reported]
    with contextlib.suppress(Exception):  # on_result failing now must not hide the Ctrl-C
        for job, outcome in known:
            tally(job, outcome)
