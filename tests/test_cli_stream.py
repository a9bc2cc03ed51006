"""`corti-interactions stream` and `transcribe`: one command per socket of the spec."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from corti_interactions._cli import main
from corti_interactions.testing import FakeCorti, write_wav


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeCorti:
    with FakeCorti() as service:
        monkeypatch.setenv("CORTI_CLIENT_ID", service.client_id)
        monkeypatch.setenv("CORTI_CLIENT_SECRET", service.client_secret)
        monkeypatch.setenv("CORTI_BASE_URL", service.base_url)
        monkeypatch.setenv("CORTI_TENANT_NAME", service.tenant_name)
        yield service


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_stream_prints_json_lines_as_they_arrive_and_mode_facts_sets_the_config(
    fake: FakeCorti, tmp_path: Path
) -> None:
    interaction = fake.add_interaction()
    fake.script("Chest pain since Monday.")
    wav = write_wav(tmp_path / "visit.wav", 2.0)
    code, out, err = run("stream", interaction["id"], "--file", str(wav), "--mode", "facts", "--no-realtime")
    assert (code, err) == (0, "")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["data"][0]["transcript"] == "Chest pain since Monday."
    assert [m["type"] for m in lines].count("facts") == 2
    assert lines[-2]["type"] == "usage" and lines[-1]["type"] == "ENDED"
    assert fake.socket_records[0].configs[0]["configuration"]["mode"] == {"type": "facts"}
    assert len(fake.stream_facts(interaction["id"])) == 2


def test_transcribe_prints_text_and_is_paced_by_default(fake: FakeCorti, tmp_path: Path) -> None:
    fake.script("Hello there.")
    wav = write_wav(tmp_path / "note.wav", 0.5)
    code, out, _ = run(
        "transcribe", "--file", str(wav), "--format", "text", "--interim", "true", "--chunk-ms", "100"
    )
    assert code == 0
    assert out.splitlines() == ["transcript: Hello", "transcript: Hello there."]
    configuration = fake.socket_records[0].configs[0]["configuration"]
    # the WAV is declared as what it is sent as: raw PCM with its own parameters
    audio_format = "audio/pcm;rate=16000;channels=1;bits=16"
    assert configuration == {"primaryLanguage": "en", "interimResults": True, "audioFormat": audio_format}
    assert fake.socket_records[0].events.count("audio") == 5  # 100 ms chunks of a 0.5 s file


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--language", "xx"], 3, "CONFIG_DENIED"),
        (["--config", "[1]"], 2, "--config must be a JSON object"),
    ],
)
def test_refusals_and_bad_input_exit_without_a_traceback(
    fake: FakeCorti, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    wav = write_wav(tmp_path / "note.wav", 0.2)
    got, _, err = run("transcribe", "--file", str(wav), *args)
    assert got == code and message in err and "Traceback" not in err


def test_a_file_that_cannot_be_paced_is_refused_before_connecting(fake: FakeCorti, tmp_path: Path) -> None:
    mp3 = tmp_path / "note.mp3"
    mp3.write_bytes(b"\xff\xfb" + b"\x00" * 100)
    code, _, err = run("transcribe", "--file", str(mp3))
    assert code == 2 and "is not an MP3 file" in err
    assert fake.socket_records == []
