"""`stream` and `transcribe` tell the truth: what may not have reached the service is said on
stderr with a non-zero exit, exit 4 only when nothing was sent, any transcript printable."""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corti_interactions._cli import main
from corti_interactions.testing import FakeCorti, write_wav


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        monkeypatch.setenv("CORTI_CLIENT_ID", service.client_id)
        monkeypatch.setenv("CORTI_CLIENT_SECRET", service.client_secret)
        monkeypatch.setenv("CORTI_BASE_URL", service.base_url)
        monkeypatch.setenv("CORTI_TENANT_NAME", service.tenant_name)
        yield service


def run(*argv: str, out: io.TextIOBase | None = None) -> tuple[int, str, str]:
    stdout = out if out is not None else io.StringIO()
    err = io.StringIO()
    code = main(list(argv), out=stdout, err=err)  # type: ignore[arg-type]
    if isinstance(stdout, io.TextIOWrapper):
        stdout.flush()
        text = stdout.buffer.getvalue().decode("ascii")  # type: ignore[attr-defined]
    else:
        text = stdout.getvalue()  # type: ignore[attr-defined]
    return code, text, err.getvalue()


@pytest.mark.parametrize("fmt", ["jsonl", "text"])
def test_a_non_ascii_transcript_prints_on_an_ascii_stdout(fake: FakeCorti, tmp_path: Path, fmt: str) -> None:
    fake.script("Patiënt is well.")
    wav = write_wav(tmp_path / "note.wav", 1.0)
    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    code, out, err = run("transcribe", "--file", str(wav), "--no-realtime", "--format", fmt, out=ascii_out)
    assert (code, err) == (0, "")
    if fmt == "jsonl":
        first = json.loads(out.splitlines()[0])
        assert first["data"]["text"] == "Patiënt is well."
    else:
        assert out.splitlines()[0] == "transcript: Pati?nt is well."


def test_a_drop_is_healed_by_resending_and_exit_0_is_true(fake: FakeCorti, tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "note.wav", 12)
    fake.inject_socket("drop", after_bytes=2 * 32000 + 44)
    code, out, err = run("transcribe", "--file", str(wav), "--no-realtime")
    assert (code, err) == (0, "")
    first, second = fake.socket_records
    assert second.audio_bytes - 44 >= 12 * 32000 - (first.audio_bytes - 44)  # all of it, the header again
    transcribed = [json.loads(line) for line in out.splitlines() if '"transcript"' in line]
    assert transcribed[-1]["data"]["end"] >= 12 - (first.audio_bytes - 44) / 32000


def test_a_session_that_fails_after_sending_exits_1_and_says_how_much_audio_is_at_risk(
    fake: FakeCorti, tmp_path: Path
) -> None:
    wav = write_wav(tmp_path / "note.wav", 3)
    fake.inject_socket("drop", after_bytes=32_000)  # after 1 s of audio (paced: 1 s from now)

    def refuse_the_reconnects() -> None:
        while not fake.socket_records or "config" not in fake.socket_records[0].events:
            time.sleep(0.01)
        fake.inject_socket("refuse", status=403, count=5)  # final: no more attempts

    refusing = threading.Thread(target=refuse_the_reconnects)
    refusing.start()
    code, _, err = run("transcribe", "--file", str(wav))
    refusing.join()
    assert code == 1, err
    assert "may not have reached the service" in err
    assert "nothing was sent" not in err and "Traceback" not in err


def test_exit_4_when_nothing_was_sent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, never listening: connections are refused
        monkeypatch.setenv("CORTI_BASE_URL", f"http://127.0.0.1:{port}/v2")
        monkeypatch.setenv("CORTI_TENANT_NAME", "t")
        monkeypatch.setenv("CORTI_TOKEN", "a-token")
        monkeypatch.delenv("CORTI_CLIENT_ID", raising=False)
        wav = write_wav(tmp_path / "note.wav", 1)
        code, _, err = run("transcribe", "--file", str(wav), "--no-realtime")
    assert code == 4 and "may not have reached" not in err


def test_a_file_sent_to_its_end_is_not_reported_unsent_when_the_session_fails_after(
    fake: FakeCorti, tmp_path: Path
) -> None:
    """A WAV goes as raw PCM (its 44-byte header never goes): once all of its audio was handed
    over, a failure says what may not have arrived, not that part of the file was not sent."""
    wav = write_wav(tmp_path / "note.wav", 2)
    fake.inject_socket("drop", after_bytes=2 * 32_000)  # after the last chunk

    def refuse_the_reconnects() -> None:
        while not fake.socket_records or "dropped" not in fake.socket_records[0].events:
            time.sleep(0.01)
        fake.inject_socket("refuse", status=403, count=5)

    refusing = threading.Thread(target=refuse_the_reconnects)
    refusing.start()
    code, _, err = run("transcribe", "--file", str(wav), "--no-realtime")
    refusing.join()
    assert code == 1, err
    assert "may not have reached the service" in err
    assert "not sent" not in err, err


def test_a_file_unreadable_part_way_exits_1_not_2(
    fake: FakeCorti, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose parser meets damage part-way raises ValueError after audio went: the exit
    is 1 (some sent, some not) with the unsent bound, not 2 ("bad input, nothing sent")."""
    from corti_interactions._streaming.session import AsyncSession

    async def damaged(self: AsyncSession, path: Any, **options: Any) -> float:
        await self.send_audio(b"\x01\x00" * 8_000)  # a quarter second went
        raise ValueError("a WebM file (a malformed EBML element)")

    monkeypatch.setattr(AsyncSession, "stream_file", damaged)
    wav = write_wav(tmp_path / "note.wav", 1)
    code, _, err = run("transcribe", "--file", str(wav), "--no-realtime")
    assert code == 1, err
    assert "malformed EBML" in err and "up to" in err and "not sent" in err and "Traceback" not in err
