"""`corti-interactions interactions update --from FILE`: results, exit codes, the journal,
and SIGKILL at random points followed by a resume."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corti_interactions import CortiClient
from corti_interactions._bulk.journal import Journal, JournalError
from corti_interactions._cli import main
from corti_interactions._cli.bulk import _Lines
from corti_interactions.testing import FakeCorti


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


@pytest.fixture
def env(fake: FakeCorti, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {
        "CORTI_BASE_URL": fake.base_url,
        "CORTI_TENANT_NAME": fake.tenant_name,
        "CORTI_TOKEN": fake.issue_token(),
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def _write(path: Path, lines: list[Any]) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def _results(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_every_line_applied_results_on_stdout(fake: FakeCorti, env: dict[str, str], tmp_path: Path) -> None:
    ids = [fake.add_interaction()["id"] for _ in range(3)]
    source = _write(tmp_path / "in.jsonl", [{"id": i, "encounter": {"status": "completed"}} for i in ids])
    code, out, err = cli("interactions", "update", "--from", str(source), "--encounter-title", "Closed")
    assert code == 0, err
    assert sorted(r["line"] for r in _results(out)) == [1, 2, 3]
    assert {r["status"] for r in _results(out)} == {"ok"}
    assert all(fake.interactions[i]["encounter"]["status"] == "completed" for i in ids)
    assert all(fake.interactions[i]["encounter"]["title"] == "Closed" for i in ids)  # flags merged


def test_from_stdin_and_failures_exit_1(fake: FakeCorti, env: dict[str, str], tmp_path: Path) -> None:
    good = fake.add_interaction()["id"]
    missing = "00000000-0000-4000-8000-000000000000"
    lines = "\n".join(json.dumps({"id": i, "patient": {"identifier": "P"}}) for i in (good, missing)) + "\n"
    code, out, _ = cli("interactions", "update", "--from", "-", stdin=lines)
    assert code == 1
    results = {r["line"]: r for r in _results(out)}
    assert results[1]["status"] == "ok"
    assert results[2]["status"] == "error" and results[2]["id"] == missing
    assert results[2]["error"]["type"] == "NotFoundError" and results[2]["error"]["status"] == 404
    assert "P" not in json.dumps(results[2]["error"]["message"]).replace("PATCH", "")


def test_a_bad_line_sends_nothing_unless_keep_going(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    ident = fake.add_interaction()["id"]
    source = _write(
        tmp_path / "in.jsonl", [{"id": ident, "encounter": {"title": "new"}}, "{oops", {"id": "x"}]
    )
    before = len(fake.requests)
    code, out, err = cli("interactions", "update", "--from", str(source))
    assert code == 2 and out == ""
    assert "line 2" in err and "line 3" in err and "nothing sent" in err
    code, _, err = cli("interactions", "update", "--from", str(source), "--dry-run")
    assert code == 2 and "nothing sent" in err
    assert len(fake.requests) == before
    code, out, _ = cli("interactions", "update", "--from", str(source), "--keep-going")
    assert code == 1
    assert {r["line"]: r["status"] for r in _results(out)} == {1: "ok", 2: "error", 3: "error"}
    assert fake.interactions[ident]["encounter"]["title"] == "new"


def test_dry_run_of_a_valid_file_exits_0_and_sends_nothing(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    source = _write(tmp_path / "in.jsonl", [{"id": fake.add_interaction()["id"]}])
    before = len(fake.requests)
    code, out, err = cli("interactions", "update", "--from", str(source), "--dry-run")
    assert (code, out) == (0, "") and "1 valid" in err
    assert len(fake.requests) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["interactions", "update"],
        ["interactions", "update", "3c90c3cc-0d44-4b50-8888-8dd25736052a", "--from", "x"],
        ["interactions", "update", "--from", "-", "--body", "{}"],
        ["interactions", "update", "3c90c3cc-0d44-4b50-8888-8dd25736052a", "--results", "r"],
        ["interactions", "update", "--from", "/no/such/file"],
        ["interactions", "update", "--from", "-", "--concurrency", "0"],
    ],
)
def test_bad_usage_exits_2(env: dict[str, str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) if "--concurrency" in argv else _nothing():
        code, _, err = cli(*argv)
        assert code == 2 and "Traceback" not in err


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_only_bulk_operations_take_from(env: dict[str, str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli("interactions", "delete", "3c90c3cc-0d44-4b50-8888-8dd25736052a", "--from", "x")
    assert exit_info.value.code == 2


def test_resume_skips_done_lines_and_keeps_results_complete(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    ids = [fake.add_interaction()["id"] for _ in range(4)]
    source = _write(
        tmp_path / "in.jsonl", [{"id": i, "encounter": {"title": f"r{n}"}} for n, i in enumerate(ids)]
    )
    results = tmp_path / "results.jsonl"
    assert cli("interactions", "update", "--from", str(source), "--results", str(results))[0] == 0
    journal = Path(f"{results}.journal")
    # Keep two lines done (and a torn third record), as if the run had been killed. Records
    # are in completion order, so which two lines they are is read from them.
    # (Sent records, `s<key>`, come before each; those kept stand for work in flight.)
    lines = journal.read_text().splitlines(keepends=True)
    finished = [n for n, record in enumerate(lines) if n and not record.startswith("s")]
    kept = lines[: finished[1] + 1]
    journal.write_text("".join(kept) + lines[finished[1] + 1][:10])
    done = {json.loads(lines[n].split("\t")[1])["line"] for n in finished[:2]}
    expected = [0 if n in done else 1 for n in range(1, 5)]
    results.write_text("")
    before = [fake.attempts(i) for i in ids]
    code, _, err = cli("interactions", "update", "--from", str(source), "--results", str(results))
    assert code == 0 and "torn" in err
    assert [fake.attempts(i) - b for i, b in zip(ids, before, strict=True)] == expected
    assert sorted(r["line"] for r in _results(results.read_text())) == [1, 2, 3, 4]
    # Done: the same command again sends nothing and still writes every result.
    code, _, _ = cli("interactions", "update", "--from", str(source), "--results", str(results))
    assert code == 0 and [fake.attempts(i) - b for i, b in zip(ids, before, strict=True)] == expected
    assert sorted(r["line"] for r in _results(results.read_text())) == [1, 2, 3, 4]
    # A changed line is new work: it alone is sent; the others are still done.
    _write(
        source,
        [
            {"id": ids[0], "encounter": {"title": "changed"}},
            *map(json.loads, source.read_text().splitlines()[1:]),
        ],
    )
    before = [fake.attempts(i) for i in ids]
    code, _, err = cli("interactions", "update", "--from", str(source), "--results", str(results))
    assert code == 0, err
    assert [fake.attempts(i) - b for i, b in zip(ids, before, strict=True)] == [1, 0, 0, 0]


def test_a_journal_damaged_before_its_end_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j"
    journal = Journal(path, "interactions_update", scope=SCOPE)
    for line in (1, 2, 3):
        journal.record(line, {"line": line, "status": "ok"})
    journal.close()
    text = path.read_text().splitlines(keepends=True)
    path.write_text(text[0] + text[1].replace("ok", "ko") + "".join(text[2:]))
    with pytest.raises(JournalError, match="damaged"):
        Journal(path, "interactions_update", scope=SCOPE)
    with pytest.raises(JournalError, match="another command"):
        Journal(_journal_with_header(tmp_path), "interactions_update", scope=SCOPE)


SCOPE = {"service": "https://api.eu.corti.app/v2", "tenant": "t"}


def _journal_with_header(tmp_path: Path) -> Path:
    other = tmp_path / "other"
    Journal(other, "interactions_delete", scope=SCOPE).close()
    return other


def test_the_journal_names_which_part_of_its_scope_differs_and_keeps_no_value(tmp_path: Path) -> None:
    path = tmp_path / "j"
    Journal(path, "interactions_update", scope=SCOPE).close()
    assert "api.eu.corti.app" not in path.read_text() and "\tt" not in path.read_text()
    with pytest.raises(JournalError, match="another service/tenant; use another --journal or delete it"):
        Journal(path, "interactions_update", scope={"service": "s", "tenant": "u"})
    old = tmp_path / "old"  # a journal of 0.2.0 (keyed on line numbers)
    old.write_text("corti-journal 1 interactions_update\n")
    Path(f"{old}.key").write_text("00" * 32)
    with pytest.raises(JournalError, match="earlier version"):
        Journal(old, "interactions_update", scope=SCOPE)


def test_transient_failures_are_not_journaled_and_are_retried_on_resume(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    ident = fake.add_interaction()["id"]
    source = _write(tmp_path / "in.jsonl", [{"id": ident, "encounter": {"title": "eventually"}}])
    results = tmp_path / "results.jsonl"
    fake.inject("status", status=503, count=1)
    code, _, _ = cli(
        "interactions", "update", "--from", str(source), "--results", str(results), "--max-retries", "0"
    )
    assert code == 1
    [failed] = _results(results.read_text())
    assert failed["error"]["status"] == 503 and failed["error"]["retryable"] is True
    code, _, _ = cli("interactions", "update", "--from", str(source), "--results", str(results))
    assert code == 0 and [r["status"] for r in _results(results.read_text())] == ["ok"]
    assert fake.interactions[ident]["encounter"]["title"] == "eventually"


# -- SIGKILL at random points, then resume -------------------------------------------------------

KILL_CHAINS, KILLS_PER_CHAIN, LINES = 4, 5, 240


def _spawn(source: Path, results: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "corti_interactions", "interactions", "update", "--from", str(source),
         "--results", str(results), "--concurrency", "8"],
        env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def _journaled(journal: Path) -> int:
    return journal.read_bytes().count(b"\n") - 1 if journal.exists() else 0


@pytest.mark.parametrize("chain", range(KILL_CHAINS))
def test_sigkill_at_random_points_then_resume(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path, chain: int
) -> None:
    rng = random.Random(1400 + chain)
    ids = [fake.add_interaction()["id"] for _ in range(40)]
    items = [(rng.choice(ids), f"c{chain}-l{n}") for n in range(1, LINES + 1)]
    source = _write(tmp_path / "in.jsonl", [{"id": i, "encounter": {"title": t}} for i, t in items])
    results = tmp_path / "results.jsonl"
    fake.inject("delay", delay=0.02, count=LINES)  # slow enough that kills land mid-run
    journal = Path(f"{results}.journal")
    # Kill points chosen by progress, not by time, so they differ and land mid-run however
    # fast the machine is: after `target` lines were journaled (plus what was in flight).
    done_after_kill = []
    for target in sorted(rng.sample(range(1, LINES - 20), KILLS_PER_CHAIN)):
        process = _spawn(source, results, env)
        while _journaled(journal) < target and process.poll() is None:
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        done_after_kill.append(_journaled(journal))
    assert all(0 < done < LINES for done in done_after_kill), done_after_kill
    process = _spawn(source, results, env)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr.decode()
    # Every line applied, exactly as the input says: each interaction ends at its last line,
    # got only bodies the input asked for, and got its lines in input order (a line is sent
    # again only if its answer was not journaled, and before any later line of its id).
    lines_of: dict[str, list[int]] = {}
    for number, (ident, _) in enumerate(items, 1):
        lines_of.setdefault(ident, []).append(number)
    for ident, numbers in lines_of.items():
        assert fake.interactions[ident]["encounter"]["title"] == f"c{chain}-l{numbers[-1]}"
    for request in fake.requests:
        ident = request.path.rsplit("/", 1)[-1]
        if request.method == "PATCH" and ident in lines_of:
            assert int(request.body["encounter"]["title"].split("-l")[1]) in lines_of[ident]
    for ident, numbers in lines_of.items():
        sent = [
            int(r.body["encounter"]["title"].split("-l")[1])
            for r in fake.requests
            if r.method == "PATCH" and r.path.endswith(ident)
        ]
        assert sent == sorted(sent) and set(sent) == set(numbers)
    # The results are complete: one per line, each ok.
    recorded = _results(results.read_text())
    assert sorted(r["line"] for r in recorded) == list(range(1, LINES + 1))
    assert {r["status"] for r in recorded} == {"ok"}


# -- review findings ------------------------------------------------------------------------------


def _title(fake: FakeCorti, ident: str) -> Any:
    return fake.interactions[ident]["encounter"]["title"]


def test_a_line_after_an_unfinished_one_for_its_id_is_held_back_and_resumed_in_order(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    ident = fake.add_interaction()["id"]
    lines = [{"id": ident, "encounter": {"title": t}} for t in ("first", "second")]
    source = _write(tmp_path / "in.jsonl", lines)
    results = tmp_path / "results.jsonl"
    argv = ("interactions", "update", "--from", str(source), "--results", str(results), "--max-retries", "0")
    fake.inject("status", status=503, count=1)
    code, _, _ = cli(*argv)
    assert code == 1
    by_line = {r["line"]: r for r in _results(results.read_text())}
    assert by_line[1]["error"]["status"] == 503
    assert by_line[2]["error"]["type"] == "HeldBackError" and by_line[2]["error"]["retryable"] is True
    assert "line 1" in by_line[2]["error"]["message"] and "did not finish" in by_line[2]["error"]["message"]
    assert _title(fake, ident) != "second"  # not sent ahead of line 1
    code, _, err = cli(*argv)
    assert code == 0, err
    assert _title(fake, ident) == "second"
    assert [r["status"] for r in _results(results.read_text())] == ["ok", "ok"]


def test_a_journal_for_another_service_or_tenant_is_refused_other_flags_are_new_work(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    ident = fake.add_interaction()["id"]
    source = _write(tmp_path / "in.jsonl", [{"id": ident}])
    results = tmp_path / "results.jsonl"
    argv = ("interactions", "update", "--from", str(source), "--results", str(results))
    assert cli(*argv, "--encounter-title", "A")[0] == 0
    before = len(fake.requests)
    for extra, what in [
        (("--encounter-title", "A", "--tenant-name", "elsewhere"), "tenant"),
        (("--encounter-title", "A", "--base-url", "http://127.0.0.1:9/v2"), "service"),
    ]:
        code, _, err = cli(*argv, *extra)
        assert code == 2, err
        assert f"another {what}" in err and "--journal" in err and "Traceback" not in err
        assert "elsewhere" not in err and "\tB" not in err
    assert len(fake.requests) == before
    assert cli(*argv, "--encounter-title", "A")[0] == 0  # the same command still resumes
    assert len(fake.requests) == before  # ... and sends nothing: its work is done
    assert cli(*argv, "--encounter-title", "B")[0] == 0  # other flags: other work, sent
    assert fake.interactions[ident]["encounter"]["title"] == "B"


def test_a_line_the_flags_cannot_merge_into_is_an_invalid_line(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    good, other = fake.add_interaction()["id"], fake.add_interaction()["id"]
    source = _write(tmp_path / "in.jsonl", [{"id": good}, {"id": other, "encounter": "oops"}])
    before = len(fake.requests)
    code, out, err = cli("interactions", "update", "--from", str(source), "--encounter-title", "T")
    assert code == 2 and out == "" and "line 2: encounter" in err and "--body" not in err
    assert len(fake.requests) == before
    code, out, err = cli(
        "interactions", "update", "--from", str(source), "--encounter-title", "T", "--keep-going"
    )
    assert code == 1, err
    assert {r["line"]: r["status"] for r in _results(out)} == {1: "ok", 2: "error"}
    assert _title(fake, good) == "T"


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_output_while_replaying_the_journal_exits_cleanly(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    source = _write(tmp_path / "in.jsonl", [{"id": fake.add_interaction()["id"]} for _ in range(3)])
    argv = ["interactions", "update", "--from", str(source), "--journal", str(tmp_path / "j")]
    assert cli(*argv)[0] == 0
    err = io.StringIO()
    code = main(argv, out=_ClosedPipe(), err=err, stdin=io.StringIO())
    assert code == 130 and "output was closed" in err.getvalue()


def test_a_resumed_run_piped_into_head_exits_without_a_traceback(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    source = _write(tmp_path / "in.jsonl", [{"id": fake.add_interaction()["id"]} for _ in range(2000)])
    journal = tmp_path / "j"
    command = [sys.executable, "-m", "corti_interactions", "interactions", "update", "--from", str(source)]
    command += ["--journal", str(journal)]
    subprocess.run(command, env={**os.environ, **env}, stdout=subprocess.DEVNULL, check=True)
    shell = " ".join(f"'{part}'" for part in command) + " | head -1"
    done = subprocess.run(
        ["sh", "-c", shell], env={**os.environ, **env}, capture_output=True, timeout=60, check=False
    )
    assert len(done.stdout.splitlines()) == 1
    assert b"Traceback" not in done.stderr and b"Exception ignored" not in done.stderr, done.stderr


def test_concurrency_default_and_check_come_from_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    from corti_interactions._cli import bulk_flags as _cli_bulk  # the bulk command's flags

    monkeypatch.setattr(_cli_bulk, "DEFAULT_BULK_CONCURRENCY", 7, raising=False)
    parser = argparse.ArgumentParser()
    _cli_bulk.add_bulk_arguments(parser)
    assert parser.parse_args([]).concurrency == 7
    assert "default 7" in parser.format_help()
    for bad in ("0", "257", "x", "2.5"):
        with pytest.raises(argparse.ArgumentTypeError, match="concurrency must be an integer from 1 to 256"):
            _cli_bulk.concurrency_arg(bad)
    assert _cli_bulk.concurrency_arg("256") == 256


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (("--results", "{src}"), "--results"),
        (("--journal", "{src}"), "--journal"),
        (("--results", "{out}", "--journal", "{out}"), "--journal"),
        (("--results", "{link}"), "--results"),
    ],
)
def test_results_or_journal_on_the_input_or_each_other_are_refused(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path, flags: tuple[str, ...], named: str
) -> None:
    source = _write(tmp_path / "in.jsonl", [{"id": fake.add_interaction()["id"]}])
    (tmp_path / "link.jsonl").symlink_to(source)
    text = source.read_text()
    paths = {"src": str(source), "out": str(tmp_path / "out.jsonl"), "link": str(tmp_path / "link.jsonl")}
    before = len(fake.requests)
    code, _, err = cli("interactions", "update", "--from", str(source), *(f.format(**paths) for f in flags))
    assert code == 2 and named in err and "same file" in err, err
    assert source.read_text() == text and len(fake.requests) == before


# --- issue 21 (REVIEW 2, 3, 8, 10, 11, 15) --------------------------------------------------------


def test_keep_going_a_result_that_cannot_be_encoded_does_not_stop_the_run(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    ids = [fake.add_interaction()["id"] for _ in range(3)]
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": ids[0], "encounter": {"status": "completed"}}) + "\n"
        '{"id": "\\ud800", "encounter": {"status": "completed"}}\n'
        + json.dumps({"id": ids[1], "encounter": {"status": "on-hold"}})
        + "\n"
        + json.dumps({"id": ids[2], "patiënt": {}})
        + "\n"
    )
    results = tmp_path / "out.jsonl"
    argv = ("interactions", "update", "--from", str(source), "--keep-going", "--results", str(results))
    code, _, err = cli(*argv, "--concurrency", "1")
    assert code == 1 and "codec" not in err
    assert fake.interactions[ids[1]]["encounter"]["status"] == "on-hold"
    assert len(_results(results.read_text())) == 4
    sent = sum(fake.attempts(i) for i in ids)
    code, _, _ = cli(*argv, "--concurrency", "1")
    assert code == 1 and len(_results(results.read_text())) == 4  # resumed, results complete
    assert sum(fake.attempts(i) for i in ids) == sent  # nothing left to send


def test_a_regenerated_input_resumes(fake: FakeCorti, env: dict[str, str], tmp_path: Path) -> None:
    # The README pipeline: `list | jq select(in-progress) | update --from -`, killed, run again.
    ids = [fake.add_interaction(encounter={"status": "in-progress"})["id"] for _ in range(6)]
    results = tmp_path / "closed.jsonl"

    def todo() -> str:
        return "".join(
            json.dumps({"id": i, "encounter": {"status": "completed"}}) + "\n"
            for i in ids
            if fake.interactions[i]["encounter"]["status"] == "in-progress"
        )

    assert cli("interactions", "update", "--from", "-", "--results", str(results), stdin=todo())[0] == 0
    journal = Path(f"{results}.journal")
    # 3 done, killed: keep the first 3 finished records with their sent records, nothing else
    lines = journal.read_text().splitlines(keepends=True)
    first3 = [r.split("\t")[0] for r in lines[1:] if not r.startswith("s")][:3]
    journal.write_text(
        lines[0] + "".join(r for r in lines[1:] if r.split("\t")[0].removeprefix("s") in first3)
    )
    with CortiClient(
        base_url=fake.base_url, tenant_name=fake.tenant_name, token=fake.issue_token()
    ) as client:
        done = {json.loads(r.split("\t")[1])["id"] for r in lines[1:] if r.split("\t")[0] in first3}
        for record in (r for r in _results(results.read_text()) if r["id"] not in done):  # never sent
            client.interactions.update(record["id"], encounter={"status": "in-progress"})
    before = {i: fake.attempts(i) for i in ids}
    code, _, err = cli("interactions", "update", "--from", "-", "--results", str(results), stdin=todo())
    assert code == 0, err
    assert sum(fake.attempts(i) - before[i] for i in ids) == 3
    assert sorted(r["id"] for r in _results(results.read_text())) == sorted(ids)


def test_work_in_flight_at_a_kill_is_in_the_results_of_a_regenerated_run(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    """The review's 18: the README pipeline killed with calls in flight (applied at the
    service, no answer journaled); the regenerated input no longer holds them, and the results
    still account for them, as "unknown"."""
    ids = [fake.add_interaction(encounter={"status": "in-progress"})["id"] for _ in range(40)]
    results = tmp_path / "closed.jsonl"
    journal = Path(f"{results}.journal")

    def todo() -> bytes:
        return "".join(
            json.dumps({"id": i, "encounter": {"status": "completed"}}) + "\n"
            for i in ids
            if fake.interactions[i]["encounter"]["status"] == "in-progress"
        ).encode()

    fake.inject("delay", delay=0.05, count=40)
    argv = [sys.executable, "-m", "corti_interactions", "interactions", "update", "--from", "-",
            "--results", str(results), "--concurrency", "8"]  # fmt: skip
    process = subprocess.Popen(
        argv,
        env={**os.environ, **env},
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    process.stdin.write(todo())
    process.stdin.close()
    while _journaled_done(journal) < 10 and process.poll() is None:
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    time.sleep(0.3)  # the calls in flight land at the fake
    done = subprocess.run(
        argv, env={**os.environ, **env}, input=todo(), capture_output=True, check=False, timeout=120
    )
    stderr = done.stderr.decode()
    completed = {i for i in ids if fake.interactions[i]["encounter"]["status"] == "completed"}
    assert completed == set(ids)
    reported = [r["id"] for r in _results(results.read_text())]
    assert sorted(reported) == sorted(ids), stderr  # before: 38 of 40 (the 2 in flight were missing)
    unknown = [r for r in _results(results.read_text()) if r["status"] == "error"]
    assert all(r["error"]["outcome"] == "unknown" for r in unknown)
    assert done.returncode == (1 if unknown else 0), stderr
    if unknown:
        assert f"{len(unknown)} of them may have been applied" in stderr


def _journaled_done(journal: Path) -> int:
    if not journal.exists():
        return 0
    return sum(1 for line in journal.read_bytes().splitlines()[1:] if not line.startswith(b"s"))


def test_applied_but_answered_late_is_not_nothing_applied(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    ids = [fake.add_interaction()["id"] for _ in range(2)]
    source = _write(tmp_path / "in.jsonl", [{"id": i, "encounter": {"status": "completed"}} for i in ids])
    fake.inject("delay", delay=1.0, count=2)
    code, out, err = cli(
        "interactions",
        "update",
        "--from",
        str(source),
        "--no-journal",
        "--timeout",
        "0.3",
        "--max-retries",
        "0",
    )
    assert code == 1, err  # before: exit 4, "nothing applied"
    assert "may have been applied" in err
    assert all(r["error"]["outcome"] == "unknown" for r in _results(out))


def test_an_unwritable_results_file_is_refused_before_sending(
    fake: FakeCorti, env: dict[str, str], tmp_path: Path
) -> None:
    ident = fake.add_interaction()["id"]
    source = _write(tmp_path / "in.jsonl", [{"id": ident, "encounter": {"status": "completed"}}])
    before = fake.attempts(ident)
    code, _, err = cli("interactions", "update", "--from", str(source), "--results", "/nonexistent/out.jsonl")
    assert code == 2 and "cannot write" in err and "Traceback" not in err
    code, _, err = cli(
        "interactions", "update", "--from", str(source), "--no-journal", "--results", "/dev/full"
    )
    assert code == 74 and "cannot write the results" in err and "1 lines applied" in err
    assert fake.attempts(ident) == before + 1


def test_from_a_fifo_is_spooled(fake: FakeCorti, env: dict[str, str], tmp_path: Path) -> None:
    ident = fake.add_interaction()["id"]
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    line = json.dumps({"id": ident, "encounter": {"status": "completed"}}) + "\n"
    writer = threading.Thread(target=fifo.write_text, args=(line,))
    writer.start()
    code, _, err = cli("interactions", "update", "--from", str(fifo), "--no-journal")
    writer.join()
    assert code == 0, err  # before: "File or stream is not seekable"
    assert fake.interactions[ident]["encounter"]["status"] == "completed"


def test_lines_appended_after_the_check_are_not_sent(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"a": 1}\n{"b": 2}\n')
    with contextlib.ExitStack() as stack:
        lines = _Lines(str(source), io.StringIO(), stack)
        first = list(lines)
        with source.open("ab") as file:
            file.write(b'{"id": "not-checked"}\n')
        assert list(lines) == first == [(1, b'{"a": 1}\n'), (2, b'{"b": 2}\n')]
