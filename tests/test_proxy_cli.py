"""`corti-interactions proxy`: uvicorn serving `CortiProxy` and its page, browsers admitted
by `proxy-auth-token` == `CORTI_PROXY_TOKEN`, the upstream from the `CORTI_*` variables."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from corti_interactions._cli import main
from corti_interactions.testing import FakeCorti
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

PCM = "audio/pcm;rate=16000;channels=1;bits=16"


@pytest.fixture
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        yield service


def test_without_a_proxy_token_it_exits_2_naming_the_variable(
    fake: FakeCorti, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CORTI_PROXY_TOKEN", raising=False)
    assert main(["proxy", "--port", "0"]) == 2
    assert "CORTI_PROXY_TOKEN" in capsys.readouterr().err


def test_the_command_serves_the_proxy_and_its_page(fake: FakeCorti) -> None:
    env = {
        **os.environ,
        "CORTI_BASE_URL": fake.base_url,
        "CORTI_TENANT_NAME": fake.tenant_name,
        "CORTI_CLIENT_ID": fake.client_id,
        "CORTI_CLIENT_SECRET": fake.client_secret,
        "CORTI_PROXY_TOKEN": "let-me-in",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "corti_interactions", "proxy", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("proxy URL: ws://127.0.0.1:"), line
        url = line.split(": ", 1)[1].strip()
        page = httpx.get(url.replace("ws://", "http://") + "/", timeout=10)
        assert page.status_code == 200 and "new WebSocket(url)" in page.text
        assert "let-me-in" not in page.text
        with pytest.raises(InvalidStatus) as refused:
            connect(f"{url}/transcribe?proxy-auth-token=wrong")
        assert refused.value.response.status_code == 403
        with connect(f"{url}/transcribe?proxy-auth-token=let-me-in") as ws:
            # It offered permessage-deflate, as browsers do: declined, audio does not deflate.
            assert ws.response is not None
            assert "Sec-WebSocket-Extensions" not in ws.response.headers
            ws.send(
                json.dumps({"type": "config", "configuration": {"primaryLanguage": "en", "audioFormat": PCM}})
            )
            assert json.loads(ws.recv(timeout=10))["type"] == "CONFIG_ACCEPTED"
            ws.send(b"\x01\x00" * 16_000)
            assert json.loads(ws.recv(timeout=10))["type"] == "transcript"
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert "let-me-in" not in err and "wrong" not in err
