"""The command line of the scribe workflow: `recordings upload ID FILE` (a progress line on a
terminal), `recordings get ... -o FILE` (streamed), `transcripts create ... --wait`, `facts
list --format table`, and a document from the current facts in one command
(`--context-from facts`)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from corti_interactions._cli.commands import main
from corti_interactions._cli.transfer import ByteProgress, ProgressFile
from corti_interactions.testing import FakeCorti

from .test_scribe_operations import wav


class Out(io.StringIO):
    def __init__(self, tty: bool = False) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.fixture(scope="module")
def fake() -> Any:
    with FakeCorti(transcript_delay=0.2) as server:
        yield server


@pytest.fixture
def cli(fake: FakeCorti, monkeypatch: pytest.MonkeyPatch) -> Any:
    for key, value in {"CORTI_BASE_URL": fake.base_url, "CORTI_TENANT_NAME": fake.tenant_name,
                       "CORTI_TOKEN": fake.issue_token()}.items():  # fmt: skip
        monkeypatch.setenv(key, value)

    def run(*args: str, expect: int = 0) -> tuple[str, str]:
        out, err = Out(), Out()
        code = main(list(args), out=out, err=err)
        assert code == expect, err.getvalue()
        return out.getvalue(), err.getvalue()

    return run


def test_the_workflow_through_the_command_line(cli: Any, fake: FakeCorti, tmp_path: Path) -> None:
    recording = tmp_path / "visit.wav"
    recording.write_bytes(wav(3))
    iid = fake.add_interaction()["id"]
    rid = json.loads(cli("recordings", "upload", iid, str(recording))[0])["recordingId"]
    assert fake.recording_bytes(iid, rid) == recording.read_bytes()
    uploaded = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/recordings/")][-1]
    assert uploaded.headers["content-length"] == str(recording.stat().st_size)
    assert uploaded.body == f"<{recording.stat().st_size} bytes>"  # the fake logs no audio

    table, _ = cli("transcripts", "create", iid, "--recording-id", rid, "--primary-language", "en",
                   "--async", "true", "--wait", "--format", "table")  # fmt: skip
    assert table.splitlines()[0].split() == ["channel", "participant", "speakerId", "text", "start", "end"]
    assert "She takes ibuprofen 400 mg twice a day." in table
    assert any(r.path.endswith("/status") for r in fake.requests)  # it polled

    facts, _ = cli("facts", "list", iid, "--format", "table")
    rows = facts.splitlines()
    assert rows[0].split()[:3] == ["id", "text", "group"] and len(rows) == 4
    discarded = json.loads(cli("facts", "list", iid)[0])["facts"][0]["id"]
    cli("facts", "update", iid, discarded, "--is-discarded", "true")

    document = json.loads(cli("documents", "classic", "create", iid, "--template-key", "corti-soap",
                              "--output-language", "en", "--context-from", "facts")[0])  # fmt: skip
    sent = fake.requests[-1].body
    assert sent["templateKey"] == "corti-soap"
    assert [item["type"] for item in sent["context"]] == ["facts"]
    assert [f["text"] for f in sent["context"][0]["data"]] == [
        "She takes ibuprofen 400 mg twice a day.",
        "Blood pressure is 128 over 82 and there is no fever.",
    ]  # the current facts: the discarded one left out, each cut to text, group and source
    assert set(sent["context"][0]["data"][0]) == {"text", "group", "source"}
    texts = {s["key"]: s["text"] for s in document["sections"]}
    assert texts["corti-medications"] == "She takes ibuprofen 400 mg twice a day."

    out = tmp_path / "back.wav"
    _, said = cli("recordings", "get", iid, rid, "-o", str(out))
    assert out.read_bytes() == recording.read_bytes()
    assert said == f"wrote {out.stat().st_size} bytes to {out}\n"


def test_upload_refusals_exit_2_with_a_message(cli: Any, fake: FakeCorti, tmp_path: Path) -> None:
    iid = fake.add_interaction()["id"]
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    _, err = cli("recordings", "upload", iid, str(empty), expect=2)
    assert err == "corti-interactions: error: file is empty; there is nothing to upload\n"
    _, err = cli("recordings", "upload", iid, str(tmp_path / "missing.wav"), expect=2)
    assert "cannot read" in err and "missing.wav" in err


def test_the_dry_run_of_an_upload_shows_the_request_not_the_audio(cli: Any, tmp_path: Path) -> None:
    recording = tmp_path / "visit.wav"
    recording.write_bytes(b"RIFF secret audio")
    out, _ = cli("recordings", "upload", "3c90c3cc-0d44-4b50-8888-8dd25736052a", str(recording),
                 "--content-type", "audio/wav", "--dry-run")  # fmt: skip
    assert out.splitlines()[0].startswith("POST http") and out.splitlines()[0].endswith("/recordings/")
    assert "content-type: audio/wav" in out and "content-length: 17" in out
    assert "secret" not in out


def test_a_large_upload_draws_progress_on_a_terminal_only() -> None:
    data = io.BytesIO(b"x" * (3 * 2**20))
    tty, log = Out(tty=True), Out()
    for stream in (tty, log):
        data.seek(0)
        progress = ByteProgress(stream, 3 * 2**20, "uploading visit.wav")
        progress._drawn = -1.0  # draw at the first read
        wrapped = ProgressFile(data, progress)  # type: ignore[arg-type]
        while wrapped.read(2**20):
            pass
        progress.finish()
    assert (
        "uploading visit.wav: " in tty.getvalue() and "MiB" in tty.getvalue() and "(100%)" in tty.getvalue()
    )
    assert log.getvalue() == ""
