"""`_bulk.journal.Journal` on its own (format 3): work keys, the key file, torn and damaged
records, the header's scope, memory. (The CLI's resume through it is in test_cli_bulk.py.)"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from typing import Any

import pytest
from corti_interactions._bulk.journal import Journal, JournalError, dumps_record

OP = "interactions_update"
SCOPE = {"service": "https://api.eu.corti.app/v2", "tenant": "t"}


def _written(path: Path, *records: tuple[int, dict[str, Any]]) -> Journal:
    journal = Journal(path, OP, scope=SCOPE)
    for record in records:
        journal.record(*record)
    journal.close()
    return Journal(path, OP, scope=SCOPE)


def test_the_header_names_format_operation_scope_digests_and_key_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "j"
    Journal(path, OP, scope=SCOPE).close()
    words = path.read_text().split()
    assert words[:3] == ["corti-journal", "3", OP]
    assert [w.split("=")[0] for w in words[3:]] == ["service", "tenant", "key"]
    assert "api.eu.corti.app" not in path.read_text()


def test_the_key_lives_beside_the_journal_not_in_it(tmp_path: Path) -> None:
    path = tmp_path / "j"
    journal = Journal(path, OP, scope=SCOPE)
    key = Path(f"{path}.key").read_text().strip()
    assert len(bytes.fromhex(key)) == 32 and key not in path.read_text()
    assert stat.S_IMODE(Path(f"{path}.key").stat().st_mode) == 0o600
    journal.close()


def test_work_keys_are_keyed_per_journal(tmp_path: Path) -> None:
    # REVIEW 20: an unkeyed digest of a line let anyone holding the journal confirm a guess.
    one, two = Journal(tmp_path / "a", OP, scope=SCOPE), Journal(tmp_path / "b", OP, scope=SCOPE)
    work = b'PATCH /v2/interactions/x\n{"patient":{"birthDate":"1957-03-14"}}'
    assert one.work_key(work) != two.work_key(work)
    unkeyed = int.from_bytes(hashlib.blake2b(work).digest()[:8], "big")
    assert unkeyed not in (one.work_key(work), two.work_key(work))
    one.close()
    two.close()


def test_done_work_is_taken_once_per_occurrence(tmp_path: Path) -> None:
    journal = _written(tmp_path / "j", (7, {"line": 1}), (7, {"line": 3}), (9, {"line": 2}))
    assert len(journal.done) == 3
    counting = journal.done.copy()
    assert [counting.take(7), counting.take(7), counting.take(7)] == [True, True, False]
    assert journal.done.take(7)  # the copy marked nothing in the original
    assert not journal.done.take(8)
    assert list(journal.results()) == [{"line": 1}, {"line": 3}, {"line": 2}]


def test_a_missing_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j"
    _written(path, (1, {"line": 1})).close()
    Path(f"{path}.key").unlink()
    with pytest.raises(JournalError, match="key file .* is missing"):
        Journal(path, OP, scope=SCOPE)


def test_another_journals_key_is_refused(tmp_path: Path) -> None:
    _written(tmp_path / "a", (1, {"line": 1})).close()
    Journal(tmp_path / "b", OP, scope=SCOPE).close()
    Path(tmp_path / "a.key").write_text(Path(tmp_path / "b.key").read_text())
    with pytest.raises(JournalError, match="key of another journal"):
        Journal(tmp_path / "a", OP, scope=SCOPE)


@pytest.mark.parametrize("how", ["no newline", "bad checksum"])
def test_a_torn_last_record_is_dropped(tmp_path: Path, how: str) -> None:
    path = tmp_path / "j"
    _written(path, (1, {"line": 1}), (2, {"line": 2})).close()
    text = path.read_text()
    path.write_text(text[:-1] if how == "no newline" else text[:-3] + "00\n")
    journal = Journal(path, OP, scope=SCOPE)
    assert journal.torn and len(journal.done) == 1


def test_a_bad_record_before_the_end_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j"
    _written(path, (1, {"status": "ok"}), (2, {"status": "ok"})).close()
    lines = path.read_text().splitlines(keepends=True)
    path.write_text(lines[0] + lines[1].replace("ok", "ko") + lines[2])
    with pytest.raises(JournalError, match="damaged before its end"):
        Journal(path, OP, scope=SCOPE)


def test_other_scope_operation_or_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j"
    Journal(path, OP, scope=SCOPE).close()
    with pytest.raises(JournalError, match="another tenant"):
        Journal(path, OP, scope={**SCOPE, "tenant": "u"})
    with pytest.raises(JournalError, match="another command"):
        Journal(path, "interactions_delete", scope=SCOPE)
    old = tmp_path / "old"
    old.write_text("corti-journal 1 interactions_update\n")
    with pytest.raises(JournalError, match="earlier version"):
        Journal(old, OP, scope=SCOPE)
    other = tmp_path / "other"
    other.write_text("hello\n")
    with pytest.raises(JournalError, match="not a journal of this tool"):
        Journal(other, OP, scope=SCOPE)
    assert other.read_text() == "hello\n"


def test_records_are_ascii_whatever_the_text() -> None:
    # REVIEW 2: a lone surrogate (valid JSON) or a non-ASCII key could not be encoded.
    line = dumps_record({"id": "\ud800", "error": {"message": "no field 'patiënt'"}})
    assert line.isascii() and "\\ud800" in line


def test_a_resumed_journal_holds_about_nine_bytes_a_record(tmp_path: Path) -> None:
    # REVIEW 19: 0.2.0 kept a dict entry per finished line (154 bytes each).
    journal = Journal(tmp_path / "j", OP, scope=SCOPE)
    for n in range(20_000):
        journal.record(journal.work_key(str(n).encode()), {"line": n, "status": "ok"})
    journal.close()
    done = Journal(tmp_path / "j", OP, scope=SCOPE).done
    assert len(done) == 20_000
    assert done._keys.itemsize * len(done._keys) + len(done._met) == 9 * 20_000


def test_sent_work_without_an_answer_is_unfinished_after_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "j"
    journal = Journal(path, OP, scope=SCOPE)
    a, b = journal.work_key(b"PATCH a"), journal.work_key(b"PATCH b")
    journal.sent(a, 1, "id-a")
    journal.sent(b, 2, "id-b")  # killed before its answer
    journal.record(a, {"line": 1, "id": "id-a", "status": "ok"})
    journal.close()
    again = Journal(path, OP, scope=SCOPE)
    assert len(again.done) == 1 and again.done.take(a)
    assert again.unfinished == {b: [{"line": 2, "id": "id-b"}]}
    assert list(again.results()) == [{"line": 1, "id": "id-a", "status": "ok"}]  # sent records are no results
    again.close()
