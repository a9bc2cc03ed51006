"""`corti_interactions.proxy`: browsers through `CortiProxy` to the fake, frame by frame.

The "browser" is a `websockets` client; the proxy runs on uvicorn (a real server, port 0).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import re
import socket
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import websockets
from corti_interactions import AsyncCortiClient, CortiClient
from corti_interactions.proxy import (
    CLOSE_BROWSER_BEHIND,
    CLOSE_FRAME_TOO_LARGE,
    CLOSE_IDLE,
    CLOSE_UPSTREAM_BEHIND,
    CortiProxy,
    Handshake,
    SessionSummary,
)
from corti_interactions.testing import FakeCorti
from corti_interactions.testing._server import BackgroundServer
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect as sync_connect

SECOND = b"\x01\x00" * 16_000  # one second of 16 kHz mono 16-bit PCM
PCM = "audio/pcm;rate=16000;channels=1;bits=16"
TRANSCRIBE_CONFIG = {"type": "config", "configuration": {"primaryLanguage": "en", "audioFormat": PCM}}
STREAM_CONFIG = {
    "type": "config",
    "configuration": {
        "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "doctor"}]},
        "mode": {"type": "facts", "outputLocale": "en"},
        "audioFormat": PCM,
    },
}
TRANSCRIBE_CONFIG_TEXT = json.dumps(TRANSCRIBE_CONFIG)
_VARYING = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d\d-\d\dT[0-9:.]+Z?"
)


@pytest.fixture
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        yield service


def upstream_client(base_url: str, tenant: str, *, token: Any = None, fake: FakeCorti | None = None) -> Any:
    if fake is not None:
        return AsyncCortiClient(
            base_url=fake.base_url,
            tenant_name=fake.tenant_name,
            client_id=fake.client_id,
            client_secret=fake.client_secret,
        )
    return AsyncCortiClient(base_url=base_url, tenant_name=tenant, token=token)


@contextlib.contextmanager
def serve(client: Any, **options: Any) -> Iterator[tuple[str, list[SessionSummary]]]:
    """The proxy on uvicorn at port 0: (its ws:// base, the summaries of ended sessions)."""
    summaries: list[SessionSummary] = []
    options.setdefault("authorize", lambda handshake: "user-7")
    proxy = CortiProxy(client, on_session_end=summaries.append, **options)
    server = BackgroundServer(proxy)
    server.start()
    try:
        yield f"ws://127.0.0.1:{server.port}", summaries
    finally:
        server.stop()


def converse(url: str, frames: list[bytes | str], **connect: Any) -> tuple[list[bytes | str], int | None]:
    """Send `frames`, then read to the close: (every frame received, the close code)."""
    received: list[bytes | str] = []
    with sync_connect(url, open_timeout=10, max_size=None, **connect) as ws:
        for frame in frames:
            ws.send(frame)
        with contextlib.suppress(websockets.ConnectionClosed):
            while True:
                received.append(ws.recv(timeout=15))
    return received, ws.close_code


def normal(frames: list[bytes | str]) -> list[Any]:
    """The frames with ids and timestamps (random in the fake) masked."""
    return [f if isinstance(f, bytes) else _VARYING.sub("*", f) for f in frames]


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    done = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        done.wait(0.02)
    raise AssertionError("condition not met in time")


# -- frames verbatim -----------------------------------------------------------------
def test_a_proxied_session_is_the_direct_one_frame_by_frame(fake: FakeCorti) -> None:
    interaction = fake.add_interaction()["id"]
    frames: list[bytes | str] = [json.dumps(STREAM_CONFIG), SECOND, SECOND[:8000], '{"type": "end"}']
    with (
        CortiClient(
            base_url=fake.base_url,
            tenant_name=fake.tenant_name,
            client_id=fake.client_id,
            client_secret=fake.client_secret,
        ) as direct,
        direct.stream.connect_raw(interaction) as raw,
    ):
        for frame in frames:
            raw.send(frame)
        expected = list(raw)
        assert raw.close_code == 1000
    with serve(upstream_client("", "", fake=fake)) as (base, summaries):
        got, code = converse(f"{base}/streams/{interaction}", frames)
    assert code == 1000
    assert all(isinstance(f, str) for f in got)  # text stays text
    assert normal(got) == normal(expected)
    assert [json.loads(f)["type"] for f in got][:2] == ["CONFIG_ACCEPTED", "transcript"]
    assert "facts" in [json.loads(f)["type"] for f in got]
    # the fake got the browser's frames as sent: the config first, binary audio as binary
    record = fake.socket_records[-1]
    assert record.configs == [STREAM_CONFIG] and record.audio_bytes == len(SECOND) + 8000
    wait_for(lambda: len(summaries) == 1)
    (summary,) = summaries
    assert (summary.user, summary.route, summary.interaction_id) == ("user-7", "streams", interaction)
    assert summary.bytes_up == sum(len(f) if isinstance(f, bytes) else len(f.encode()) for f in frames)
    assert summary.frames_down == len(got) and summary.bytes_down == sum(len(f.encode()) for f in got)  # type: ignore[union-attr]
    assert (summary.browser_close, summary.upstream_close) == (1000, 1000)
    assert summary.undelivered_down == summary.undelivered_up == 0


def test_config_denied_reaches_the_browser_as_corti_sent_it(fake: FakeCorti) -> None:
    fake.inject_socket("deny", reason="language unavailable")
    with serve(upstream_client("", "", fake=fake)) as (base, _):
        got, code = converse(f"{base}/transcribe", [json.dumps(TRANSCRIBE_CONFIG)])
    sent = fake.socket_records[-1].sent
    assert [json.loads(f) for f in got] == sent
    assert sent == [{"type": "CONFIG_DENIED", "reason": "language unavailable"}]
    assert code == 1000


def test_binary_from_corti_reaches_the_browser_as_binary() -> None:
    async def echo(ws: Any) -> None:
        async for message in ws:
            await ws.send(message)

    with contextlib.ExitStack() as stack:
        base_url, tenant = stack.enter_context(upstream("echo", echo))
        base, _ = stack.enter_context(serve(upstream_client(base_url, tenant, token="t0ken")))
        ws = stack.enter_context(sync_connect(f"{base}/transcribe"))
        ws.send(b"\x00\xffaudio")
        ws.send("text")
        assert ws.recv(timeout=5) == b"\x00\xffaudio"
        assert ws.recv(timeout=5) == "text"


# -- refusals before the upgrade -----------------------------------------------------
def test_the_hook_refuses_with_403_before_any_upgrade_and_corti_is_never_reached(fake: FakeCorti) -> None:
    seen: list[Handshake] = []

    async def authorize(handshake: Handshake) -> bool:
        seen.append(handshake)
        return handshake.protocol_headers.get("authorization") == "Bearer good one"

    with serve(upstream_client("", "", fake=fake), authorize=authorize) as (base, summaries):
        with pytest.raises(InvalidStatus) as refused:
            sync_connect(f"{base}/transcribe?x=1", subprotocols=["authorization", quote("Bearer bad")])  # type: ignore[list-item]
        assert refused.value.response.status_code == 403
        with sync_connect(
            f"{base}/transcribe",
            subprotocols=["authorization", quote("Bearer good one"), "plain"],  # type: ignore[list-item]
        ) as ws:
            assert ws.subprotocol == "authorization"  # the first offered is answered
    assert seen[0].query == {"x": "1"} and seen[0].route == "transcribe"
    assert seen[1].protocols == ("authorization", "Bearer%20good%20one", "plain")
    assert "Bearer" not in repr(seen[1])
    assert len(fake.socket_records) == 1  # only the allowed browser reached the fake
    assert not [s for s in summaries if s.user]  # the hook's True has no user


def test_an_unknown_interaction_is_refused_at_the_handshake(fake: FakeCorti) -> None:
    with serve(upstream_client("", "", fake=fake)) as (base, _):
        with pytest.raises(InvalidStatus) as refused:
            sync_connect(f"{base}/streams/00000000-0000-4000-8000-000000000000")
        assert refused.value.response.status_code == 404
        with pytest.raises(InvalidStatus) as bad:
            sync_connect(f"{base}/streams/not-a-uuid")
        assert bad.value.response.status_code == 400


def test_the_session_cap_answers_503_before_any_upgrade(fake: FakeCorti) -> None:
    with contextlib.ExitStack() as stack:
        base, _ = stack.enter_context(serve(upstream_client("", "", fake=fake), max_sessions=1))
        first = stack.enter_context(sync_connect(f"{base}/transcribe"))
        with pytest.raises(InvalidStatus) as refused:
            sync_connect(f"{base}/transcribe")
        assert refused.value.response.status_code == 503
        first.send(json.dumps(TRANSCRIBE_CONFIG))
        assert json.loads(first.recv(timeout=5))["type"] == "CONFIG_ACCEPTED"


# -- limits and close codes ----------------------------------------------------------
def test_a_frame_over_the_cap_closes_1009_and_ends_the_upstream_session(fake: FakeCorti) -> None:
    with serve(upstream_client("", "", fake=fake), max_frame=10_000) as (base, summaries):
        with sync_connect(f"{base}/transcribe") as ws:
            ws.send(json.dumps(TRANSCRIBE_CONFIG))
            assert json.loads(ws.recv(timeout=5))["type"] == "CONFIG_ACCEPTED"
            ws.send(b"\x00" * 10_000)  # at the cap: fine
            ws.send(b"\x00" * 10_001)
            with pytest.raises(websockets.ConnectionClosed):
                while True:
                    ws.recv(timeout=5)
        wait_for(lambda: len(summaries) == 1)
    assert ws.close_code == CLOSE_FRAME_TOO_LARGE
    assert fake.socket_records[-1].events[-1] == "end"  # ended cleanly, the big frame not sent
    assert summaries[0].undelivered_up == 10_001 and summaries[0].outcome == "frame too large"


def test_an_idle_session_is_closed_with_its_code(fake: FakeCorti) -> None:
    with serve(upstream_client("", "", fake=fake), idle_timeout=0.5) as (base, summaries):
        _, code = converse(f"{base}/transcribe", [json.dumps(TRANSCRIBE_CONFIG)])
        wait_for(lambda: len(summaries) == 1)
    assert code == CLOSE_IDLE and summaries[0].outcome == "idle"
    assert fake.socket_records[-1].events[-1] == "end"


def test_corti_close_codes_are_mirrored_and_a_failure_is_1011(fake: FakeCorti) -> None:
    fake.inject_socket("close", status=4321)
    with serve(upstream_client("", "", fake=fake)) as (base, summaries):
        _, code = converse(f"{base}/transcribe", [json.dumps(TRANSCRIBE_CONFIG)])
        assert code == 4321
        fake.inject_socket("drop", after_bytes=1)
        _, code = converse(f"{base}/transcribe", [json.dumps(TRANSCRIBE_CONFIG), SECOND])
        assert code == 1011
        wait_for(lambda: len(summaries) == 2)
    assert [s.upstream_close for s in summaries] == [4321, 1006]


def test_a_browser_that_closes_closes_upstream_with_its_code(fake: FakeCorti) -> None:
    with serve(upstream_client("", "", fake=fake)) as (base, summaries):
        with sync_connect(f"{base}/transcribe") as ws:
            ws.send(json.dumps(TRANSCRIBE_CONFIG))
            ws.recv(timeout=5)
            ws.close(4100, "bye")
        wait_for(lambda: len(summaries) == 1)
    assert summaries[0].browser_close == 4100 and summaries[0].upstream_close == 4100


# -- backpressure --------------------------------------------------------------------
def test_corti_reading_too_slowly_closes_the_browser_with_its_code(fake: FakeCorti) -> None:
    fake.inject_socket("slow", delay=0.5)
    chunk = b"\x01\x00" * 16_000
    with serve(upstream_client("", "", fake=fake), buffer_bytes=256 * 1024) as (base, summaries):
        with sync_connect(f"{base}/transcribe") as ws:
            ws.send(json.dumps(TRANSCRIBE_CONFIG))
            assert json.loads(ws.recv(timeout=5))["type"] == "CONFIG_ACCEPTED"
            with contextlib.suppress(websockets.ConnectionClosed):
                for _ in range(1000):  # 32 MB: far more than the socket buffers between
                    ws.send(chunk)
                while True:
                    ws.recv(timeout=10)
        wait_for(lambda: len(summaries) == 1, 30)
    assert ws.close_code == CLOSE_UPSTREAM_BEHIND
    (summary,) = summaries
    assert summary.outcome == "upstream behind" and summary.undelivered_up > 0
    assert summary.bytes_up + summary.undelivered_up <= len(TRANSCRIBE_CONFIG_TEXT) + 1000 * len(chunk)


FLOOD_FRAME = 64 * 1024
FLOOD_FRAMES = 1024  # 64 MiB from "Corti" to a browser that reads none of it


def test_a_browser_that_stops_reading_is_closed_and_memory_stays_bounded() -> None:
    flood_done = threading.Event()
    ended: list[Any] = []

    async def flood(ws: Any) -> None:
        with contextlib.suppress(websockets.ConnectionClosed):
            for _ in range(FLOOD_FRAMES):
                await ws.send(b"\x00" * FLOOD_FRAME)
            await ws.wait_closed()
        ended.append(ws.close_code)
        flood_done.set()

    with contextlib.ExitStack() as stack:
        base_url, tenant = stack.enter_context(upstream("flood", flood))
        client = upstream_client(base_url, tenant, token="t0ken")
        base, summaries = stack.enter_context(serve(client, buffer_bytes=1 << 20))
        gc.collect()
        tracemalloc.start()
        try:
            port = int(base.rsplit(":", 1)[1])
            with stalled_browser(port, "/transcribe"):
                assert flood_done.wait(60)
                wait_for(lambda: len(summaries) == 1, 30)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    summary = summaries[0]
    assert summary.outcome == "browser behind" and summary.browser_close == CLOSE_BROWSER_BEHIND
    assert summary.undelivered_down > 0  # counted, not silent
    assert summary.bytes_down + summary.undelivered_down <= FLOOD_FRAME * FLOOD_FRAMES
    assert ended == [1000]  # the upstream session ended cleanly
    assert peak < 12 << 20, f"peak {peak} bytes while 64 MiB flowed"


@contextlib.contextmanager
def stalled_browser(port: int, path: str) -> Iterator[socket.socket]:
    """A browser that opens the socket, then never reads again (a tiny receive buffer)."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    sock.sendall(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    assert sock.recv(12) == b"HTTP/1.1 101"
    try:
        yield sock
    finally:
        sock.close()


@contextlib.contextmanager
def upstream(name: str, handler: Any) -> Iterator[tuple[str, str]]:
    """A stand-in Corti socket server (`websockets`) on its own loop: (base URL, tenant)."""
    from websockets.asyncio.server import serve as ws_serve

    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop = asyncio.Event()
    port: list[int] = []

    async def main() -> None:
        async with ws_serve(handler, "127.0.0.1", 0, max_size=None, compression=None) as server:
            port.append(next(iter(server.sockets)).getsockname()[1])
            ready.set()
            await stop.wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), name=f"up-{name}", daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield f"http://127.0.0.1:{port[0]}/v2", "tenant"
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(10)
        loop.close()


# -- the scoped token ----------------------------------------------------------------
async def test_the_token_route_mints_a_scoped_token_behind_the_hook(fake: FakeCorti) -> None:
    import httpx

    def authorize(handshake: Handshake) -> bool:
        return handshake.route == "token" and handshake.headers.get("x-session") == "ok"

    with serve(upstream_client("", "", fake=fake), authorize=authorize, token_scopes=["transcribe"]) as (
        base,
        _,
    ):
        url = base.replace("ws://", "http://") + "/token"
        async with httpx.AsyncClient() as http:
            refused = await http.post(url)
            minted = await http.post(url, headers={"x-session": "ok"})
    assert refused.status_code == 403
    assert minted.status_code == 200 and minted.headers["cache-control"] == "no-store"
    body = minted.json()
    assert body["token_type"] == "Bearer" and body["scope"] == "openid transcribe"
    assert body["expires_in"] > 0 and body["access_token"]
    # the browser's token opens the socket directly
    ws_url = f"{fake.base_url.replace('http', 'ws', 1).rsplit('/v2', 1)[0]}/audio-bridge/v2/transcribe"
    token = quote("Bearer " + body["access_token"])
    with sync_connect(f"{ws_url}?tenant-name={fake.tenant_name}&token={token}") as ws:
        ws.send(json.dumps(TRANSCRIBE_CONFIG))
        assert json.loads(ws.recv(timeout=5))["type"] == "CONFIG_ACCEPTED"


# -- logs ------------------------------------------------------------------------------
def test_no_payload_token_or_query_in_any_log_line(fake: FakeCorti, caplog: pytest.LogCaptureFixture) -> None:
    secret_text = "PATIENT-NAME-Jane"
    caplog.set_level(logging.DEBUG)
    config = {**TRANSCRIBE_CONFIG, "configuration": {**TRANSCRIBE_CONFIG["configuration"]}}
    config["configuration"]["commands"] = [{"id": "c1", "phrases": [secret_text]}]  # type: ignore[index]
    with serve(upstream_client("", "", fake=fake)) as (base, summaries):
        frames = [json.dumps(config), SECOND, '{"type":"end"}']
        browser = logging.getLogger("test.browser")  # the test's own client, not the proxy
        converse(f"{base}/transcribe?proxy-auth-token=QUERY-SECRET", frames, logger=browser)
        wait_for(lambda: len(summaries) == 1)
    lines = [record.getMessage() for record in caplog.records if not record.name.startswith("test.")]
    assert any(line.startswith("proxy session transcribe") for line in lines)
    text = "\n".join(lines)
    for secret in (secret_text, "QUERY-SECRET", "Segment 1", fake.client_secret, "Bearer "):
        assert secret not in text


# -- the README's example ------------------------------------------------------------
def test_the_readmes_backend_for_browsers_runs(fake: FakeCorti, monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A backend for browsers", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.setenv("CORTI_BASE_URL", fake.base_url)
    monkeypatch.setenv("CORTI_TENANT_NAME", fake.tenant_name)
    monkeypatch.setenv("CORTI_CLIENT_ID", fake.client_id)
    monkeypatch.setenv("CORTI_CLIENT_SECRET", fake.client_secret)
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    server = BackgroundServer(namespace["app"])
    server.start()
    try:
        base = f"127.0.0.1:{server.port}/corti"
        with pytest.raises(InvalidStatus) as refused:
            sync_connect(f"ws://{base}/transcribe?session=nobody")
        assert refused.value.response.status_code == 403
        with sync_connect(f"ws://{base}/transcribe?session=demo-session") as ws:
            ws.send(json.dumps(TRANSCRIBE_CONFIG))
            assert json.loads(ws.recv(timeout=5))["type"] == "CONFIG_ACCEPTED"
        minted = httpx.post(f"http://{base}/token?session=demo-session", timeout=10)
        assert minted.status_code == 200 and minted.json()["scope"] == "openid transcribe"
    finally:
        server.stop()
