"""Raw socket sessions (`connect_raw`): nothing sent for the caller, frames as they come,
a fresh token per connect (a renewed one after a 401, once), refusals as typed errors with no
token anywhere, and no token at all for a client made with `no_auth=True`."""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Iterator

import pytest
from corti_interactions import AsyncCortiClient, CortiClient, StreamHandshakeError
from corti_interactions.proxy import CortiProxy, Handshake
from corti_interactions.testing import FakeCorti

PCM = "audio/pcm;rate=16000;channels=1;bits=16"
CONFIG = json.dumps({"type": "config", "configuration": {"primaryLanguage": "en", "audioFormat": PCM}})


@pytest.fixture
def fake() -> Iterator[FakeCorti]:
    with FakeCorti(config_deadline=1.0) as service:
        yield service


def credentials(fake: FakeCorti) -> dict[str, str]:
    return {
        "base_url": fake.base_url,
        "tenant_name": fake.tenant_name,
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
    }


def test_nothing_is_sent_for_the_caller(fake: FakeCorti) -> None:
    with CortiClient(**credentials(fake)) as client, client.transcribe.connect_raw() as raw:
        frames = list(raw)  # no config from us: the service's deadline passes
    assert [json.loads(f)["type"] for f in frames] == ["CONFIG_TIMEOUT"]  # type: ignore[arg-type]
    assert raw.close_code == 1000
    assert fake.socket_records[-1].configs == []


async def test_frames_go_and_come_as_they_are_async(fake: FakeCorti) -> None:
    async with AsyncCortiClient(**credentials(fake)) as client, client.transcribe.connect_raw() as raw:
        await raw.send(CONFIG)
        await raw.send(b"\x01\x00" * 16_000)
        await raw.send('{"type": "end"}')
        frames = [frame async for frame in raw]
    assert all(isinstance(f, str) for f in frames)
    assert [json.loads(f)["type"] for f in frames] == [
        "CONFIG_ACCEPTED", "transcript", "delta_usage", "usage", "ended"
    ]  # fmt: skip
    assert raw.close_code == 1000
    assert fake.socket_records[-1].audio_bytes == 32_000


def test_each_connect_asks_the_client_for_its_token_then() -> None:
    with FakeCorti(token_expires_in=0.4) as fake, CortiClient(**credentials(fake)) as client:
        with client.transcribe.connect_raw():
            pass
        time.sleep(0.5)  # the first token has expired: the next connect must not reuse it
        with client.transcribe.connect_raw() as raw:
            raw.send(CONFIG)
            assert json.loads(raw.recv(timeout=5) or "")["type"] == "CONFIG_ACCEPTED"  # type: ignore[arg-type]
        assert fake.token_requests == 2


async def test_a_refused_handshake_is_typed_and_holds_no_token(fake: FakeCorti) -> None:
    token = "secret-token-value"
    async with AsyncCortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token=token) as client:
        with pytest.raises(StreamHandshakeError) as refused:
            async with client.transcribe.connect_raw():
                pass
    assert refused.value.status_code == 401
    text = "".join(traceback.format_exception(refused.value))
    frames = [frame for frame, _ in traceback.walk_tb(refused.value.__traceback__)]
    assert token not in text
    ours = [f for f in frames if "corti_interactions" in f.f_code.co_filename]
    assert ours  # the runtime's frames are there, and hold no token
    assert not [f for f in ours if any(token in repr(v) for v in f.f_locals.values())]


def test_a_bad_id_or_option_is_a_value_error_before_any_connection(fake: FakeCorti) -> None:
    with CortiClient(**credentials(fake)) as client:
        with pytest.raises(ValueError, match="interaction_id"):
            client.stream.connect_raw("not-a-uuid")
        with pytest.raises(ValueError, match="max_frame"):
            client.transcribe.connect_raw(max_frame=0)
    assert fake.socket_records == []


# -- a token refused at the handshake: one renewal, then the error ---------------------------
def test_a_raw_handshake_refused_401_renews_the_token_once_and_opens(fake: FakeCorti) -> None:
    with CortiClient(**credentials(fake)) as client:
        with client.transcribe.connect_raw():
            pass
        fake.expire_tokens()  # the service no longer takes the cached (not yet expired) token
        with client.transcribe.connect_raw() as raw:
            raw.send(CONFIG)
            assert json.loads(raw.recv(timeout=5) or "")["type"] == "CONFIG_ACCEPTED"  # type: ignore[arg-type]
    assert [r.events[:1] for r in fake.socket_records][-2:] == [["refused 401"], ["config"]]
    assert fake.token_requests == 2


async def test_an_async_raw_handshake_refused_401_renews_the_token_once_and_opens(fake: FakeCorti) -> None:
    async with AsyncCortiClient(**credentials(fake)) as client:
        async with client.stream.connect_raw(fake.add_interaction()["id"]):
            pass
        fake.expire_tokens()
        async with client.stream.connect_raw(fake.add_interaction()["id"]) as raw:
            await raw.send(CONFIG)  # a dictation config on /streams: answered, then recorded
            assert await raw.recv() is not None
    assert [r.events[:1] for r in fake.socket_records][-2:] == [["refused 401"], ["config"]]
    assert fake.token_requests == 2


async def test_sessions_refused_together_share_one_renewal(fake: FakeCorti) -> None:
    import asyncio

    async with AsyncCortiClient(**credentials(fake)) as client:
        async with client.transcribe.connect_raw():
            pass
        fake.expire_tokens()  # every session below is refused 401 with the same cached token

        async def one() -> str | bytes | None:
            async with client.transcribe.connect_raw() as raw:
                await raw.send(CONFIG)
                return await raw.recv()

        answers = await asyncio.gather(*(one() for _ in range(8)))
    assert all(json.loads(a or "")["type"] == "CONFIG_ACCEPTED" for a in answers)
    assert fake.token_requests == 2  # the first token, and one renewal for all eight
    assert sum(r.events[:1] == ["refused 401"] for r in fake.socket_records) == 8


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_second_401_is_the_error_after_one_renewal(fake: FakeCorti, kind: str) -> None:
    fake.inject_socket("refuse", status=401, count=3)
    with pytest.raises(StreamHandshakeError) as refused:
        if kind == "sync":
            with CortiClient(**credentials(fake)) as client, client.transcribe.connect_raw():
                pass
        else:
            async with AsyncCortiClient(**credentials(fake)) as aclient, aclient.transcribe.connect_raw():
                pass
    assert refused.value.status_code == 401
    assert [r.events for r in fake.socket_records] == [["refused 401"], ["refused 401"]]  # not 3
    assert fake.token_requests == 2  # the first token, and one renewal


def test_a_token_provider_is_asked_again_after_a_401(fake: FakeCorti) -> None:
    """Every cached token (a provider's, a user's, client credentials) is renewed the same way."""
    asked = 0

    def provider() -> str:
        nonlocal asked
        asked += 1
        return fake.issue_token()

    with CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token_provider=provider) as client:
        with client.transcribe.connect_raw():
            pass
        fake.expire_tokens()
        with client.transcribe.connect_raw() as raw:
            raw.send(CONFIG)
            assert json.loads(raw.recv(timeout=5) or "")["type"] == "CONFIG_ACCEPTED"  # type: ignore[arg-type]
        fake.expire_tokens()  # the managed session takes the same path
        with client.transcribe.connect(configuration={"primaryLanguage": "en"}) as session:
            assert session.accepted is not None
    assert asked == 3


def test_a_fixed_token_refused_401_is_not_tried_again(fake: FakeCorti) -> None:
    client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token="not-a-token")
    with client, pytest.raises(StreamHandshakeError) as refused, client.transcribe.connect_raw():
        pass
    assert refused.value.status_code == 401
    assert [r.events for r in fake.socket_records] == [["refused 401"]]


# -- no auth: a backend behind a proxy that adds the credentials -------------------------------
@pytest.fixture
def credential_adding_proxy(fake: FakeCorti) -> Iterator[tuple[str, list[Handshake]]]:
    """`CortiProxy` (with the fake's credentials) where a client's socket base is, recording
    every handshake it gets: (its http:// base URL for a client, the handshakes)."""
    from corti_interactions.testing._server import BackgroundServer
    from starlette.applications import Starlette
    from starlette.routing import Mount

    seen: list[Handshake] = []

    def authorize(handshake: Handshake) -> str:
        seen.append(handshake)
        return "backend"

    upstream = AsyncCortiClient(**credentials(fake))
    app = Starlette(routes=[Mount("/audio-bridge/v2", app=CortiProxy(upstream, authorize=authorize))])
    server = BackgroundServer(app)
    server.start()
    try:
        yield f"http://127.0.0.1:{server.port}/v2", seen
    finally:
        server.stop()


def test_a_no_auth_client_opens_sockets_with_no_credentials_at_all(
    fake: FakeCorti, credential_adding_proxy: tuple[str, list[Handshake]]
) -> None:
    base, seen = credential_adding_proxy
    with CortiClient(base_url=base, tenant_name=fake.tenant_name, no_auth=True) as client:
        with client.transcribe.connect_raw() as raw:
            raw.send(CONFIG)
            assert json.loads(raw.recv(timeout=5) or "")["type"] == "CONFIG_ACCEPTED"  # type: ignore[arg-type]
        with client.transcribe.connect(configuration={"primaryLanguage": "en"}) as session:
            assert session.accepted is not None
    assert len(seen) == 2
    for handshake in seen:
        assert dict(handshake.query) == {"tenant-name": fake.tenant_name}  # no token
        assert "authorization" not in handshake.headers and not handshake.protocols
    assert fake.token_requests == 1  # the proxy's (cached for both sockets): the client asked none


async def test_an_async_no_auth_client_dictates_through_the_proxy(
    fake: FakeCorti, credential_adding_proxy: tuple[str, list[Handshake]]
) -> None:
    base, seen = credential_adding_proxy
    client = AsyncCortiClient(base_url=base, tenant_name=fake.tenant_name, no_auth=True)
    async with client, client.transcribe.connect(configuration={"primaryLanguage": "en"}) as session:
        await session.send_audio(b"\x01\x00" * 16_000)
        await session.end()
        kinds = [message.type_ async for message in session]
    assert "transcript" in kinds
    assert dict(seen[-1].query) == {"tenant-name": fake.tenant_name}
    assert "authorization" not in seen[-1].headers


def test_a_no_auth_client_streams_an_interaction_through_the_proxy(
    fake: FakeCorti, credential_adding_proxy: tuple[str, list[Handshake]]
) -> None:
    """The proxy answers Corti's own `/interactions/{id}/streams` path as well as its short
    `/streams/{id}`, so a client whose socket base is the mount point reaches both sockets."""
    base, seen = credential_adding_proxy
    interaction = fake.add_interaction()["id"]
    with CortiClient(base_url=base, tenant_name=fake.tenant_name, no_auth=True) as client:
        configuration = {
            "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "doctor"}]},
            "mode": {"type": "facts", "outputLocale": "en"},
            "audioFormat": PCM,
        }
        with client.stream.connect(interaction, configuration=configuration) as session:
            assert session.accepted is not None
            session.send_audio(b"\x01\x00" * 16_000)
            session.end()
    (handshake,) = seen
    assert handshake.interaction_id == interaction and "token" not in dict(handshake.query)
    assert fake.socket_records[-1].interaction_id == interaction


def test_a_no_auth_stream_socket_sends_no_credentials(fake: FakeCorti) -> None:
    """Corti's own `/interactions/{id}/streams` path, at a server recording each handshake."""
    import threading

    from websockets.sync.server import ServerConnection, serve

    seen: list[tuple[str, dict[str, str]]] = []

    def handler(ws: ServerConnection) -> None:
        assert ws.request is not None
        seen.append((ws.request.path, {k.lower(): v for k, v in ws.request.headers.raw_items()}))
        ws.send('{"type": "hello"}')
        ws.close()

    interaction = fake.add_interaction()["id"]
    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        base = f"http://127.0.0.1:{port}/v2"
        client = CortiClient(base_url=base, tenant_name=fake.tenant_name, no_auth=True)
        with client, client.stream.connect_raw(interaction) as raw:
            assert list(raw) == ['{"type": "hello"}']
        server.shutdown()
    [(path, headers)] = seen
    assert path == f"/audio-bridge/v2/interactions/{interaction}/streams?tenant-name={fake.tenant_name}"
    assert "authorization" not in headers and "sec-websocket-protocol" not in headers


def test_a_no_auth_client_refused_401_is_not_tried_again(fake: FakeCorti) -> None:
    client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, no_auth=True)
    with client, pytest.raises(StreamHandshakeError) as refused, client.transcribe.connect_raw():
        pass
    assert refused.value.status_code == 401
    assert [r.events for r in fake.socket_records] == [["refused 401"]]
    assert fake.socket_records[0].query == {"tenant-name": fake.tenant_name}  # no token
