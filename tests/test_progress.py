"""The command line's progress bar: in place on a terminal, a line per drawing elsewhere."""

from __future__ import annotations

import io

import pytest
from corti_interactions._cli import progress as _progress
from corti_interactions._cli.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    now = [100.0]
    monkeypatch.setattr(_progress.time, "monotonic", lambda: now[0])
    return now


def _one_item_run(stream: io.StringIO, total: int, clock: list[float]) -> str:
    """What a run drawing one finished item (of `total`) two seconds in writes to `stream`."""
    progress = Progress(stream, total)
    clock[0] += 2
    progress.add(True)
    progress.finish()
    return stream.getvalue()


def test_nothing_is_drawn_off_a_terminal_unless_forced(clock: list[float]) -> None:
    assert _one_item_run(io.StringIO(), 2, clock) == ""


def test_off_a_terminal_each_drawing_is_a_line_and_the_last_is_not_repeated(clock: list[float]) -> None:
    stream = io.StringIO()
    progress = Progress(stream, 2, force=True)
    clock[0] += 1
    progress.add(True)
    clock[0] += 1
    progress.add(False)  # the last item: drawn here, so finish() adds nothing
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert [line.split("]")[1].split(",")[:2] for line in lines] == [
        [" 1/2 done", " 0 failed"],
        [" 2/2 done", " 1 failed"],
    ]


def test_finish_draws_what_the_last_drawing_did_not_show(clock: list[float]) -> None:
    stream = io.StringIO()
    progress = Progress(stream, 3, force=True)
    clock[0] += 1
    progress.add(True)
    clock[0] += 0.5
    progress.add(True)  # within a second of the line before: not drawn
    assert len(stream.getvalue().splitlines()) == 1
    progress.finish()
    assert stream.getvalue().splitlines()[-1].startswith("[################........] 2/3 done, 0 failed")


def test_on_a_terminal_the_bar_is_redrawn_in_place_and_the_line_ended(clock: list[float]) -> None:
    written = _one_item_run(Terminal(), 1, clock)
    assert written == "\r[########################] 1/1 done, 0 failed, 0/s, 0:00 left \n"


def test_a_run_with_nothing_to_do_draws_no_bar(clock: list[float]) -> None:
    stream = Terminal()
    Progress(stream, 0).finish()
    assert stream.getvalue() == ""
