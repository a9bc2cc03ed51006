"""The README's "A backend for browsers", as written: a FastAPI app with `CortiProxy` mounted
and a scoped-token route, served by uvicorn on a loopback port, in front of the fake.

A "browser" (a `websockets` client) streams through the mounted proxy, and the token the
route hands out opens `/streams` but is refused on REST (403): it cannot read patient data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from corti_interactions import CortiClient, PermissionDeniedError
from corti_interactions.testing import FakeCorti
from corti_interactions.testing._server import BackgroundServer
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

pytest.importorskip("fastapi")

SECOND = b"\x01\x00" * 16_000  # one second of 16 kHz mono 16-bit PCM
PCM = "audio/pcm;rate=16000;channels=1;bits=16"
STREAM_CONFIG = {
    "type": "config",
    "configuration": {
        "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "doctor"}]},
        "mode": {"type": "facts", "outputLocale": "en"},
        "audioFormat": PCM,
    },
}
README = Path(__file__).resolve().parent.parent / "README.md"


def readme_app() -> str:
    section = README.read_text(encoding="utf-8").split("## A backend for browsers", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


@pytest.fixture
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        yield service


@pytest.fixture
def backend(fake: FakeCorti, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The README's app on uvicorn (a real server, a loopback port): its http:// base."""
    monkeypatch.setenv("CORTI_BASE_URL", fake.base_url)
    monkeypatch.setenv("CORTI_TENANT_NAME", fake.tenant_name)
    monkeypatch.setenv("CORTI_CLIENT_ID", fake.client_id)
    monkeypatch.setenv("CORTI_CLIENT_SECRET", fake.client_secret)
    namespace: dict[str, Any] = {}
    exec(compile(readme_app(), "README.md", "exec"), namespace)  # noqa: S102 - our own README
    from fastapi import FastAPI

    assert isinstance(namespace["app"], FastAPI)  # the example is FastAPI, not Starlette
    server = BackgroundServer(namespace["app"])
    server.start()
    try:
        yield f"127.0.0.1:{server.port}"
    finally:
        server.stop()


def test_the_readme_example_is_fastapi_in_about_twenty_lines() -> None:
    code = readme_app()
    assert "from fastapi import" in code and "app.mount(" in code and "scoped_token(" in code
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert len(lines) <= 26, len(lines)


def test_a_browser_streams_through_the_mounted_proxy_to_the_fake(fake: FakeCorti, backend: str) -> None:
    started = httpx.post(
        f"http://{backend}/api/start-session", params={"session": "demo-session"}, timeout=10
    )
    assert started.status_code == 200
    interaction = started.json()["interactionId"]
    assert interaction in fake.interactions  # the route created it at the fake
    with connect(f"ws://{backend}/corti/streams/{interaction}?session=demo-session", open_timeout=10) as ws:
        ws.send(json.dumps(STREAM_CONFIG))
        assert json.loads(ws.recv(timeout=10))["type"] == "CONFIG_ACCEPTED"
        ws.send(SECOND)
        ws.send(json.dumps({"type": "end"}))
        kinds = []
        for frame in ws:
            assert isinstance(frame, str)  # text stays text through FastAPI's mount
            kinds.append(json.loads(frame)["type"])
    assert ws.close_code == 1000
    assert "transcript" in kinds and "facts" in kinds and kinds[-1] == "ENDED"
    record = fake.socket_records[-1]  # the fake got the browser's own config and audio
    assert record.configs == [STREAM_CONFIG] and record.audio_bytes == len(SECOND)
    assert record.query["token"] == "Bearer ***"  # a token the browser never had: the proxy's


def test_the_routes_token_opens_streams_only_and_is_refused_on_rest(fake: FakeCorti, backend: str) -> None:
    started = httpx.post(
        f"http://{backend}/api/start-session", params={"session": "demo-session"}, timeout=10
    )
    assert started.status_code == 200
    interaction, token = started.json()["interactionId"], started.json()["accessToken"]
    with CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token=token) as browser:
        with pytest.raises(PermissionDeniedError) as refused:
            browser.interactions.get(interaction)  # patient data: out of the token's scope
        assert refused.value.status_code == 403
        with pytest.raises(PermissionDeniedError):
            browser.interactions.list()  # the first page is fetched here
        with browser.stream.connect_raw(interaction) as raw:  # what it is for: the stream socket
            raw.send(json.dumps(STREAM_CONFIG))
            first = raw.recv(timeout=10)
            assert isinstance(first, str) and json.loads(first)["type"] == "CONFIG_ACCEPTED"
    # the proxy's own token route (behind the same hook) mints the scope it was given
    minted = httpx.post(f"http://{backend}/corti/token?session=demo-session", timeout=10)
    assert minted.status_code == 200 and minted.json()["scope"] == "openid transcribe"


def test_a_browser_the_hook_refuses_gets_neither_socket_nor_token(backend: str) -> None:
    with pytest.raises(InvalidStatus) as refused:
        connect(f"ws://{backend}/corti/transcribe?session=nobody", open_timeout=10)
    assert refused.value.response.status_code == 403
    assert httpx.post(f"http://{backend}/corti/token?session=nobody", timeout=10).status_code == 403
    started = httpx.post(f"http://{backend}/api/start-session", params={"session": "nobody"}, timeout=10)
    assert started.status_code == 403 and "accessToken" not in started.text
