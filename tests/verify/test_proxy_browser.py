"""`corti-interactions proxy` with real browser-side clients: headless Chromium (Debian's,
driven by playwright-core) on the proxy's development page, and Corti's own
`CortiWebSocketProxyClient` (@corti/sdk), both through the proxy to the fake.

Node scripts in tests/contract: proxy_page_driver.mjs and corti_proxy_oracle.mjs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corti_interactions.testing import FakeCorti, write_wav

from .conftest import Recorder

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "tests" / "contract"
PROXY_TOKEN = "verify-proxy-token"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed")
    assert (CONTRACT / "node_modules" / "playwright-core" / "package.json").exists(), (
        "tests/contract is not installed: run `make verify`"
    )
    return found


@pytest.fixture
def fake(request: pytest.FixtureRequest) -> Iterator[FakeCorti]:
    """The fake (with a test's options, given as an indirect parameter)."""
    with FakeCorti(**getattr(request, "param", {})) as server:
        yield server


@pytest.fixture
def proxy_url(fake: FakeCorti) -> Iterator[str]:
    """`corti-interactions proxy --port 0` against the fake: its ws:// URL."""
    env = {
        **os.environ,
        "CORTI_BASE_URL": fake.base_url,
        "CORTI_TENANT_NAME": fake.tenant_name,
        "CORTI_CLIENT_ID": fake.client_id,
        "CORTI_CLIENT_SECRET": fake.client_secret,
        "CORTI_PROXY_TOKEN": PROXY_TOKEN,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "corti_interactions", "proxy", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("proxy URL: ws://"), line
        yield line.split(": ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def run_node(node: str, script: str, config: dict[str, Any]) -> list[dict[str, Any]]:
    done = subprocess.run(
        [node, str(CONTRACT / script)],
        input=json.dumps(config),
        capture_output=True,
        text=True,
        cwd=CONTRACT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"{script} failed:\n{done.stderr}"
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_chromium_streams_a_file_through_the_proxy_and_shows_the_transcript(
    node: str, fake: FakeCorti, proxy_url: str, tmp_path: Path, record: Recorder
) -> None:
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: `make verify` installs it (apt-get install chromium)")
    fake.script("The patient has a cough.", "No fever since Monday.", "Plan: rest and fluids.")
    audio = tmp_path / "visit.wav"
    write_wav(audio, seconds=3.0)
    (result,) = run_node(
        node,
        "proxy_page_driver.mjs",
        {
            "pageUrl": proxy_url.replace("ws://", "http://") + "/",
            "token": PROXY_TOKEN,
            "socket": "transcribe",
            "file": str(audio),
            "chromium": str(CHROMIUM),
        },
    )
    assert result["transcripts"] == [
        "The patient has a cough.",
        "No fever since Monday.",
        "Plan: rest and fluids.",
    ], result["log"]
    assert "CONFIG_ACCEPTED" in result["log"] and "closed 1000" in result["log"]
    # an interaction's stream in facts mode: its facts shown as well
    interaction = fake.add_interaction()["id"]
    fake.script("Cough for three days.", "Takes no medication.")
    facts_mode = {
        "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "multiple"}]},
        "mode": {"type": "facts", "outputLocale": "en"},
    }
    write_wav(audio, seconds=2.0)
    (streamed,) = run_node(
        node,
        "proxy_page_driver.mjs",
        {
            "pageUrl": proxy_url.replace("ws://", "http://") + "/",
            "token": PROXY_TOKEN,
            "socket": "streams",
            "interactionId": interaction,
            "configuration": facts_mode,
            "file": str(audio),
            "chromium": str(CHROMIUM),
        },
    )
    assert streamed["transcripts"] == ["Cough for three days.", "Takes no medication."], streamed["log"]
    assert streamed["facts"] == ["Noted: Cough for three days.", "Noted: Takes no medication."]
    record(
        "Browser proxy",
        "headless Chromium: the dev page streams a WAV file through the proxy",
        1,
        "transcripts shown",
    )


def test_cortis_proxy_client_streams_and_dictates_and_a_wrong_token_is_refused(
    node: str, fake: FakeCorti, proxy_url: str, record: Recorder
) -> None:
    interaction = fake.add_interaction()["id"]
    stream_config = {
        "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "doctor"}]},
        "mode": {"type": "facts", "outputLocale": "en"},
        "audioFormat": "audio/pcm;rate=16000;channels=1;bits=16",
    }
    transcribe_config = {"primaryLanguage": "en", "audioFormat": "audio/pcm;rate=16000;channels=1;bits=16"}
    runs = run_node(
        node,
        "corti_proxy_oracle.mjs",
        {
            "runs": [
                {
                    "name": "stream",
                    "socket": "stream",
                    "url": f"{proxy_url}/streams/{interaction}",
                    "token": PROXY_TOKEN,
                    "configuration": stream_config,
                    "chunks": 2,
                },
                {
                    "name": "transcribe",
                    "socket": "transcribe",
                    "url": f"{proxy_url}/transcribe",
                    "token": PROXY_TOKEN,
                    "configuration": transcribe_config,
                    "chunks": 2,
                },
                {
                    "name": "wrong token",
                    "socket": "transcribe",
                    "url": f"{proxy_url}/transcribe",
                    "token": "wrong",
                    "configuration": transcribe_config,
                },
            ]
        },
    )
    by_name = {run["name"]: run for run in runs}
    stream, transcribe, wrong = by_name["stream"], by_name["transcribe"], by_name["wrong token"]
    assert stream["ok"], stream
    stream_types = [m["type"] for m in stream["messages"]]
    assert {"transcript", "facts", "flushed", "usage", "ENDED"} <= set(stream_types)
    assert transcribe["ok"], transcribe
    assert [m["type"] for m in transcribe["messages"]].count("transcript") == 2
    assert not wrong["ok"]
    # what reached the fake: the two allowed sessions only, each config as the SDK sent it
    records = fake.socket_records
    assert [r.socket for r in records] == ["stream", "transcribe"]
    assert records[0].configs[0]["configuration"] == stream_config
    assert records[1].configs[0]["configuration"] == transcribe_config
    record(
        "Browser proxy",
        "@corti/sdk CortiWebSocketProxyClient through `corti-interactions proxy` (stream, transcribe, wrong token)",
        3,
        "sessions ended; wrong token refused before the fake",
    )


# A segment per 0.25 s of audio: the fake counts WebM at 16 kB a second, more than Opus sends.
@pytest.mark.parametrize("fake", [{"segment_seconds": 0.25}], indirect=True)
def test_chromium_streams_its_microphone_through_the_proxy_and_shows_the_transcript(
    node: str, fake: FakeCorti, proxy_url: str, record: Recorder
) -> None:
    """The page's Microphone button: getUserMedia (Chromium's fake capture device, its
    prompt answered yes), MediaRecorder's WebM/Opus in 250 ms slices, through the proxy."""
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: `make verify` installs it (apt-get install chromium)")
    fake.script("Spoken into the microphone.", "A second sentence.")
    (result,) = run_node(
        node,
        "proxy_page_driver.mjs",
        {
            "pageUrl": proxy_url.replace("ws://", "http://") + "/",
            "token": PROXY_TOKEN,
            "socket": "transcribe",
            "microphone": True,
            "chromium": str(CHROMIUM),
        },
    )
    assert result["transcripts"][:1] == ["Spoken into the microphone."], result["log"]
    assert "CONFIG_ACCEPTED" in result["log"] and "closed 1000" in result["log"], result["log"]
    (session,) = fake.socket_records
    assert session.configs[0]["configuration"]["audioFormat"] == "audio/webm"
    assert session.audio_start == "webm" and session.audio_bytes > 0  # the recorder's own audio
    assert "end" in session.events  # Stop sent `end`: the session ended, not dropped
    # Every byte the recorder handed over reached the fake before `end`: the last slice, which
    # MediaRecorder gives on stop(), is sent before `end`, not after it (and lost).
    (sent,) = [line for line in result["log"] if line.startswith("microphone sent ")]
    assert sent == f"microphone sent {session.audio_bytes} bytes", (sent, session.events[-3:])
    record(
        "Browser proxy",
        "headless Chromium: the dev page streams its (fake) microphone through the proxy",
        1,
        "transcript shown",
    )
