"""`_bulk.journal.Journal` on its own: the file format, torn and damaged records, the header's
scope, and fsync batching. (The CLI's resume through it is in test_cli_bulk.py.)"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import pytest
from corti_interactions._bulk import journal as _journal
from corti_interactions._bulk.journal import FSYNC_EVERY, Journal, JournalError, line_digest

OP = "interactions_update"
SCOPE = {"service": "https://api.eu.corti.app/v2", "tenant": "t", "flags": "{}"}


def _written(path: Path, *records: tuple[int, str, dict[str, Any]], scope: dict[str, str] = SCOPE) -> Journal:
    journal = Journal(path, OP, scope=scope)
    for record in records:
        journal.record(*record)
    journal.close()
    return Journal(path, OP, scope=scope)


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def test_the_file_format_is_stable(tmp_path: Path) -> None:
    """Pinned byte for byte: a journal written by one release must resume with the next."""
    path = tmp_path / "j"
    _written(path, (3, line_digest(b'{"id": 1}\r\n'), {"line": 3, "title": "é"})).close()
    header, record = path.read_text(encoding="utf-8").splitlines()
    assert header == (
        "corti-journal 1 interactions_update service=f28e0febc2e7567b tenant=c0085a63a0bed7ef flags=783a2332a2a8bbff"
    )
    body = '3\tcf099939cd7acef7\t{"line":3,"title":"é"}'
    assert record == f"{body}\t{zlib.crc32(body.encode()):08x}"


def test_a_journal_without_scope_has_a_bare_header(tmp_path: Path) -> None:
    path = tmp_path / "j"
    Journal(path, OP, scope={}).close()
    assert path.read_text() == "corti-journal 1 interactions_update\n"
    assert Journal(path, OP, scope={}).done == {}


def test_scope_names_must_be_identifiers(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="identifiers; got 'a b'"):
        Journal(tmp_path / "j", OP, scope={"a b": "x"})
    assert not (tmp_path / "j").exists()


def test_records_are_read_back_in_order_and_flushed_at_once(tmp_path: Path) -> None:
    path = tmp_path / "j"
    journal = Journal(path, OP, scope=SCOPE)
    assert path.read_text().startswith("corti-journal 1 ")  # the header is on disk before any record
    journal.record(2, "b", {"n": 2})
    journal.record(1, "a", {"n": 1})
    assert len(_lines(path)) == 3  # flushed, not closed
    assert list(journal.results()) == [{"n": 2}, {"n": 1}]
    journal.close()
    again = Journal(path, OP, scope=SCOPE)
    assert again.done == {2: "b", 1: "a"} and not again.torn
    assert list(again.results()) == [{"n": 2}, {"n": 1}]


def test_an_empty_file_is_a_new_journal(tmp_path: Path) -> None:
    path = tmp_path / "j"
    path.write_bytes(b"")
    journal = Journal(path, OP, scope=SCOPE)
    assert journal.done == {} and not journal.torn
    journal.close()
    assert path.read_text().startswith("corti-journal 1 interactions_update ")


@pytest.mark.parametrize("content", [b"x", b"\n", b"line 1\tok\n", b"corti-journal\n"])
def test_a_file_that_is_not_a_journal_is_refused_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "j"
    path.write_bytes(content)
    with pytest.raises(JournalError, match="is not a journal of this tool"):
        Journal(path, OP, scope=SCOPE)
    assert path.read_bytes() == content


def _tear(path: Path, how: str) -> None:
    *kept, last = _lines(path)
    if how == "no newline":  # the write stopped just before its end: the checksum is whole
        last = last.rstrip(b"\n")
    elif how == "cut short":
        last = last[: len(last) // 2]
    elif how == "bad checksum":
        last = last.replace(b'"n":3', b'"n":4')
    path.write_bytes(b"".join([*kept, last]))


@pytest.mark.parametrize("how", ["no newline", "cut short", "bad checksum"])
def test_a_torn_last_record_is_dropped_and_written_over(tmp_path: Path, how: str) -> None:
    path = tmp_path / "j"
    _written(path, (1, "a", {"n": 1}), (2, "b", {"n": 2}), (3, "c", {"n": 3})).close()
    _tear(path, how)
    journal = Journal(path, OP, scope=SCOPE)
    assert journal.torn and journal.done == {1: "a", 2: "b"}
    assert list(journal.results()) == [{"n": 1}, {"n": 2}]
    journal.record(3, "c", {"n": 30})  # sent again after the resume
    journal.close()
    again = Journal(path, OP, scope=SCOPE)
    assert not again.torn and again.done == {1: "a", 2: "b", 3: "c"}
    assert list(again.results()) == [{"n": 1}, {"n": 2}, {"n": 30}]


def test_a_torn_only_record_leaves_the_header(tmp_path: Path) -> None:
    path = tmp_path / "j"
    _written(path, (1, "a", {"n": 3})).close()
    _tear(path, "cut short")
    journal = Journal(path, OP, scope=SCOPE)
    assert journal.torn and journal.done == {}
    journal.close()
    assert len(_lines(path)) == 1


def _checked(body: bytes) -> bytes:
    """A record with the right checksum."""
    return body + b"\t" + f"{zlib.crc32(body):08x}".encode() + b"\n"


@pytest.mark.parametrize(
    "bad",
    [
        b"no tab at all\n",
        b"\t00000000\n",  # nothing before the checksum
        b"1\ta\t{}\tffffffff\n",  # a checksum that does not match
        _checked(b"x\ta\t{}"),  # not a line number
        _checked(b"1\ta\t{"),  # not JSON
        _checked(b"1\ta"),  # a field missing
    ],
)
def test_a_bad_record_before_the_end_is_refused(tmp_path: Path, bad: bytes) -> None:
    path = tmp_path / "j"
    _written(path, (1, "a", {"n": 1}), (2, "b", {"n": 2})).close()
    header, first, second = _lines(path)
    path.write_bytes(header + first + bad + second)
    with pytest.raises(JournalError, match="is damaged before its end; move it away to start over"):
        Journal(path, OP, scope=SCOPE)
    assert _lines(path) == [header, first, bad, second]  # left as it was
    path.write_bytes(header + first + bad)  # the same record last is only torn
    assert Journal(path, OP, scope=SCOPE).done == {1: "a"}


def test_results_stop_at_the_first_bad_record(tmp_path: Path) -> None:
    """What `results()` reads back is the good prefix that opening the file would accept."""
    path = tmp_path / "j"
    journal = Journal(path, OP, scope=SCOPE)
    journal.record(1, "a", {"n": 1})
    with path.open("ab") as file:  # past the journal's own writes
        file.write(b"garbage\n" + _checked(b'2\tb\t{"n":2}'))
    assert list(journal.results()) == [{"n": 1}]
    journal.close()


def test_a_journal_of_another_operation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j"
    Journal(path, "interactions_delete", scope=SCOPE).close()
    with pytest.raises(JournalError, match=r"journal of another command \(interactions_delete\)"):
        Journal(path, OP, scope=SCOPE)


def test_a_header_without_an_operation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j"
    path.write_text("corti-journal 1\n")
    with pytest.raises(JournalError, match=r"journal of another command \(\)"):
        Journal(path, OP, scope=SCOPE)


@pytest.mark.parametrize(
    ("scope", "differs"),
    [
        ({**SCOPE, "service": "https://api.us.corti.app/v2"}, "service"),
        ({**SCOPE, "tenant": "u"}, "tenant"),
        ({**SCOPE, "flags": '{"a":1}'}, "flags"),
        ({**SCOPE, "tenant": "u", "flags": '{"a":1}'}, "tenant/flags"),
    ],
)
def test_a_journal_of_another_scope_is_refused_naming_what_differs(
    tmp_path: Path, scope: dict[str, str], differs: str
) -> None:
    path = tmp_path / "j"
    _written(path, (1, "a", {"n": 1})).close()
    with pytest.raises(JournalError, match=f"written for another {differs}; use another --journal"):
        Journal(path, OP, scope=scope)
    assert Journal(path, OP, scope=SCOPE).done == {1: "a"}  # refused without a change


@pytest.mark.parametrize("extra", [" other=1", "  "])
def test_a_header_with_the_same_scope_but_not_as_written_is_damaged(tmp_path: Path, extra: str) -> None:
    path = tmp_path / "j"
    Journal(path, OP, scope=SCOPE).close()
    header = path.read_text().rstrip("\n")
    path.write_text(header + extra + "\n")
    with pytest.raises(JournalError, match="has a damaged header; delete it to start over"):
        Journal(path, OP, scope=SCOPE)


def test_records_are_fsynced_in_batches_and_at_close(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []  # how many records had been written at each fsync
    written = 0
    monkeypatch.setattr(_journal.os, "fsync", lambda fd: synced.append(written))
    journal = Journal(tmp_path / "j", OP, scope=SCOPE)
    for written in range(1, 2 * FSYNC_EVERY + 4):  # the fsync stand-in reads it
        journal.record(written, "d", {})
    assert synced == [FSYNC_EVERY, 2 * FSYNC_EVERY]
    journal.close()
    assert synced == [FSYNC_EVERY, 2 * FSYNC_EVERY, 2 * FSYNC_EVERY + 3]
    journal.close()  # closing twice is harmless and syncs nothing more
    assert len(synced) == 3


def test_sync_restarts_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(_journal.os, "fsync", calls.append)
    journal = Journal(tmp_path / "j", OP, scope=SCOPE)
    for line in range(FSYNC_EVERY - 1):
        journal.record(line, "d", {})
    journal.sync()
    for line in range(FSYNC_EVERY - 1):
        journal.record(line, "d", {})
    assert len(calls) == 1  # the explicit sync only; the batch counted from it
    journal.record(0, "d", {})
    assert len(calls) == 2
    journal.close()


def test_line_digest_ignores_the_end_of_line() -> None:
    assert line_digest(b"abc\r\n") == line_digest(b"abc\n") == line_digest(b"abc")
    assert line_digest(b"abc") != line_digest(b"abd")
    assert len(line_digest(b"abc")) == 16
