"""Real-time sessions against the fake's sockets: handshake, config, flush, end, reconnects,
backpressure, redaction, sync and async."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import sys
import traceback
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from corti_interactions import (
    AsyncCortiClient,
    ConfigRefusedError,
    ConfigTimeoutError,
    CortiClient,
    Reconnected,
    StreamClosedError,
    StreamHandshakeError,
    StreamServerError,
    UnknownMessage,
)
from corti_interactions._streaming.logger import SOCKET_LOGGER, redact
from corti_interactions._streaming.protocol import Kind, Phase, SessionProtocol, parse_message
from corti_interactions._streaming.urls import socket_base
from corti_interactions.testing import FakeCorti, write_wav
from corti_interactions_api.types import WebSocket
from corti_interactions_api.websockets import WEBSOCKETS

STREAM_CONFIG: dict[str, Any] = {
    "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "doctor"}]},
    "mode": {"type": "facts", "outputLocale": "en"},
    "audioFormat": "audio/pcm;rate=16000;channels=1;bits=16",
}
PCM = "audio/pcm;rate=16000;channels=1;bits=16"
SECOND = b"\x01\x00" * 16_000  # one second of 16 kHz mono 16-bit PCM


@pytest.fixture
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        yield service


def client_of(fake: FakeCorti, **options: Any) -> CortiClient:
    return CortiClient(
        base_url=fake.base_url,
        tenant_name=fake.tenant_name,
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        **options,
    )


@pytest.fixture
async def aclient(fake: FakeCorti) -> AsyncIterator[AsyncCortiClient]:
    async with AsyncCortiClient(
        base_url=fake.base_url,
        tenant_name=fake.tenant_name,
        client_id=fake.client_id,
        client_secret=fake.client_secret,
    ) as client:
        yield client


async def collect(session: Any) -> list[Any]:
    return [message async for message in session]


# -- the whole session -----------------------------------------------------------------
async def test_a_session_is_accepted_streams_flushes_and_ends(
    fake: FakeCorti, aclient: AsyncCortiClient, tmp_path: Path
) -> None:
    interaction = fake.add_interaction()
    fake.script("Patient reports a headache.", "No fever.")
    wav = write_wav(tmp_path / "visit.wav", 2.5)
    async with aclient.stream.connect(interaction["id"], configuration=STREAM_CONFIG) as session:
        assert session.accepted.type_.value == "CONFIG_ACCEPTED"
        messages = asyncio.ensure_future(collect(session))
        assert await session.stream_file(wav, realtime=False) == pytest.approx(2.5)
        await session.flush()
        usage = await session.end()
        received = await messages
    assert usage.credits_ == pytest.approx(0.025)
    transcripts = [m.data[0].transcript for m in received if m.type_ == "transcript"]
    assert transcripts == ["Patient reports a headache.", "No fever.", "Segment 3 of the consultation."]
    types = [str(getattr(m, "type_", "")) for m in received]
    assert types.index("flushed") > types.index("transcript")
    assert types[-2:] == ["usage", "ENDED"]
    facts = [m.fact[0].text for m in received if m.type_ == "facts"]
    assert [f["text"] for f in fake.stream_facts(interaction["id"])] == facts
    listed = (await aclient.facts.list(interaction["id"])).facts  # the stream's facts are the interaction's
    assert {(f.id, f.text) for f in listed} == {
        (m.fact[0].id, m.fact[0].text) for m in received if m.type_ == "facts"
    }
    record = fake.socket_records[-1]
    assert record.events[0] == "config" and record.events[-2:] == ["flush", "end"]
    assert record.configs[0]["configuration"]["mode"] == {"type": "facts", "outputLocale": "en"}


def test_the_sync_twin_dictates_with_interim_results_and_commands(fake: FakeCorti) -> None:
    fake.script("Next section", "The patient is well.")
    config = {
        "primaryLanguage": "en",
        "interimResults": True,
        "audioFormat": PCM,
        "commands": [{"id": "next-section", "phrases": ["next section"]}],
    }
    with client_of(fake) as client, client.transcribe.connect(configuration=config) as session:
        assert session.accepted.session_id
        session.send_audio(SECOND)
        session.send_audio(bytearray(SECOND))
        session.flush()
        assert session.end().credits_ == pytest.approx(0.02)
        received = list(session)
    assert [(m.type_, m.data.id) for m in received if m.type_ == "command"] == [("command", "next-section")]
    dictated = [(m.data.text, m.data.is_final) for m in received if m.type_ == "transcript"]
    assert dictated == [("The patient", False), ("The patient is well.", True)]
    assert received[-1].type_ == "ended"


# -- the handshake ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "status"),
    [("token", 401), ("tenant", 403), ("interaction", 404)],
)
async def test_a_refused_handshake_raises_its_status_and_is_not_retried(
    fake: FakeCorti, change: str, status: int
) -> None:
    interaction = fake.add_interaction()
    token = "not-a-token" if change == "token" else fake.issue_token()
    tenant = "other" if change == "tenant" else fake.tenant_name
    target = "3c90c3cc-0d44-4b50-8888-8dd25736052a" if change == "interaction" else interaction["id"]
    async with AsyncCortiClient(base_url=fake.base_url, tenant_name=tenant, token=token) as client:
        with pytest.raises(StreamHandshakeError) as caught:
            async with client.stream.connect(target, configuration=STREAM_CONFIG):
                pass
    assert caught.value.status_code == status
    assert [r.events for r in fake.socket_records] == [[f"refused {status}"]]


@pytest.mark.parametrize(
    ("socket", "language", "kind", "reason"),
    [
        ("stream", "xx", "CONFIG_DENIED", "language unavailable"),
        ("transcribe", "en", "CONFIG_DENIED", "injected"),
    ],
)
async def test_a_refused_config_raises_its_type_and_reason(
    fake: FakeCorti, aclient: AsyncCortiClient, socket: str, language: str, kind: str, reason: str
) -> None:
    interaction = fake.add_interaction()
    if socket == "stream":
        config = {**STREAM_CONFIG, "transcription": {"primaryLanguage": language, "participants": []}}
        opening = aclient.stream.connect(interaction["id"], configuration=config)
    else:
        fake.inject_socket("deny")
        opening = aclient.transcribe.connect(configuration={"primaryLanguage": language})
    with pytest.raises(ConfigRefusedError) as caught:
        async with opening:
            pass
    assert (caught.value.type, caught.value.reason) == (kind, reason)


@pytest.mark.parametrize(
    ("socket", "kind"), [("stream", "CONFIG_NOT_PROVIDED"), ("transcribe", "CONFIG_TIMEOUT")]
)
async def test_the_services_config_deadline_is_a_refusal(socket: str, kind: str) -> None:
    with FakeCorti(config_deadline=0.0) as fake:
        args = (fake.add_interaction()["id"],) if socket == "stream" else ()
        config = STREAM_CONFIG if socket == "stream" else {"primaryLanguage": "en"}
        async with AsyncCortiClient(
            base_url=fake.base_url, tenant_name=fake.tenant_name, token=fake.issue_token()
        ) as c:
            with pytest.raises(ConfigRefusedError) as caught:
                async with getattr(c, socket).connect(*args, configuration=config):
                    pass
    assert caught.value.type == kind


async def test_no_answer_to_the_config_hits_the_clients_own_deadline(
    fake: FakeCorti, aclient: AsyncCortiClient
) -> None:
    fake.inject_socket("silent")
    with pytest.raises(ConfigTimeoutError) as caught:
        async with aclient.transcribe.connect(configuration={"primaryLanguage": "en"}, config_timeout=0.3):
            pass
    assert caught.value.timeout == 0.3


async def test_a_close_before_acceptance_raises_with_the_close_code(
    fake: FakeCorti, aclient: AsyncCortiClient
) -> None:
    fake.inject_socket("close", status=4001)
    with pytest.raises(StreamClosedError) as caught:
        async with aclient.transcribe.connect(configuration={"primaryLanguage": "en"}):
            pass
    assert caught.value.code == 4001
    assert "before the config was accepted" in str(caught.value)


def test_a_bad_configuration_is_refused_before_anything_is_sent(fake: FakeCorti) -> None:
    interaction = fake.add_interaction()
    bad = {**STREAM_CONFIG, "mode": {"type": "summaries"}}
    with client_of(fake) as client, pytest.raises(ValueError, match=r"configuration\.mode\.type"):
        client.stream.connect(interaction["id"], configuration=bad)
    with client_of(fake) as client, pytest.raises(ValueError, match="interaction_id"):
        client.stream.connect("not-a-uuid", configuration=STREAM_CONFIG)
    assert fake.socket_records == [] and fake.token_requests == 0


# -- the protocol, without I/O -----------------------------------------------------------
def _protocol(socket: str = "stream") -> SessionProtocol:
    config = STREAM_CONFIG if socket == "stream" else {"primaryLanguage": "en"}
    protocol = SessionProtocol(WEBSOCKETS[socket], config)
    protocol.config_frame()
    return protocol


@pytest.mark.parametrize(
    ("frame", "error"),
    [
        ('{"type": "error", "error": {"id": "audio-invalid", "details": "bad"}}', StreamServerError),
        ('{"type": "ENDED"}', StreamClosedError),
        ('{"type": "CONFIG_MISSING"}', ConfigRefusedError),
    ],
)
def test_what_comes_before_acceptance_fails_the_session(frame: str, error: type[Exception]) -> None:
    protocol = _protocol()
    event = protocol.receive(frame)
    assert event.kind is Kind.FAILED and isinstance(event.error, error)
    assert protocol.phase is Phase.FAILED and not protocol.may_reconnect


@pytest.mark.parametrize("socket", ["stream", "transcribe"])
def test_a_config_the_service_already_has_opens_the_session(socket: str) -> None:
    """The spec's `already_configured` (CONFIG_ALREADY_RECEIVED): the service has a config, the
    session goes on (review 0.3.0 #19: the field was generated and never read)."""
    protocol = _protocol(socket)
    event = protocol.receive('{"type": "CONFIG_ALREADY_RECEIVED"}')
    assert event.kind is Kind.ACCEPTED and protocol.phase is Phase.OPEN


def test_unknown_types_and_misfits_are_generic_messages_never_errors() -> None:
    socket: WebSocket = WEBSOCKETS["stream"]
    novel = parse_message(socket, {"type": "summary", "text": "x"})
    assert novel == UnknownMessage("summary", {"type": "summary", "text": "x"})
    misfit = parse_message(socket, {"type": "usage", "credits": "lots", "extra": 1})
    assert isinstance(misfit, UnknownMessage) or misfit.credits_ == "lots"
    broken = parse_message(socket, {"type": "transcript"})  # no `data`
    assert isinstance(broken, UnknownMessage) and broken.type_ == "transcript"
    kept = parse_message(socket, {"type": "flushed", "newField": 2})
    assert kept.additional_properties == {"newField": 2}
    protocol = _protocol()
    protocol.receive('{"type": "CONFIG_ACCEPTED"}')
    assert protocol.receive("not json").kind is Kind.MESSAGE
    assert protocol.receive('{"type": "CONFIG_ALREADY_RECEIVED"}').kind is Kind.MESSAGE
    assert protocol.phase is Phase.OPEN
    assert protocol.receive('{"type": "ENDED"}').kind is Kind.ENDED
    assert protocol.closed(1000, "") is None and not protocol.may_reconnect


async def test_a_second_config_is_already_received_and_the_session_goes_on(
    fake: FakeCorti, aclient: AsyncCortiClient
) -> None:
    async with aclient.transcribe.connect(
        configuration={"primaryLanguage": "en", "audioFormat": PCM}
    ) as session:
        await session._ws.send('{"type": "config", "configuration": {"primaryLanguage": "en"}}')  # type: ignore[attr-defined]
        await session.send_audio(SECOND)
        await session.end()
        types = [m.type_ for m in await collect(session)]
    assert types[0] == "CONFIG_ALREADY_RECEIVED" and "transcript" in types and types[-1] == "ended"


# -- reconnects --------------------------------------------------------------------------
class Tokens:
    """A token callable that fetches a new token from the fake on every call."""

    def __init__(self, fake: FakeCorti) -> None:
        self.fake = fake
        self.issued: list[str] = []

    def __call__(self) -> str:
        self.issued.append(self.fake.issue_token())
        return self.issued[-1]


async def test_a_drop_reconnects_with_a_fresh_token_and_the_config_before_audio(fake: FakeCorti) -> None:
    interaction = fake.add_interaction()
    fake.inject_socket("drop", after_bytes=2 * len(SECOND))
    tokens = Tokens(fake)
    config = {**STREAM_CONFIG, "audioFormat": PCM}
    client = AsyncCortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token=tokens)
    async with client, client.stream.connect(interaction["id"], configuration=config) as session:
        messages = asyncio.ensure_future(collect(session))
        for _ in range(6):
            await session.send_audio(SECOND)
            await asyncio.sleep(0.05)
        await session.end()
        received = await messages
    reconnects = [m for m in received if isinstance(m, Reconnected)]
    assert [r.attempt for r in reconnects] == [1]
    assert "connection lost" in reconnects[0].reason or "closed" in reconnects[0].reason
    first, second = fake.socket_records
    assert "dropped" in first.events
    assert second.events[0] == "config" and "audio before config" not in second.events
    assert len(tokens.issued) >= 2 and len(set(tokens.issued)) == len(tokens.issued)
    assert session.reconnects == 1


async def test_an_end_right_after_a_drop_still_ends_the_session_with_its_usage(
    fake: FakeCorti, aclient: AsyncCortiClient
) -> None:
    fake.inject_socket("drop", after_bytes=len(SECOND))
    async with aclient.transcribe.connect(
        configuration={"primaryLanguage": "en", "audioFormat": PCM}
    ) as session:
        await session.send_audio(SECOND)  # the fake cuts the connection on receiving it
        usage = await session.end(timeout=20)
        received = await collect(session)
    assert usage is not None and usage.type_ == "usage"
    assert [type(m).__name__ for m in received if isinstance(m, Reconnected)] == ["Reconnected"]
    assert fake.socket_records[-1].events[0] == "config" and fake.socket_records[-1].events[-1] == "end"


@pytest.mark.parametrize(("fault", "error"), [("deny", ConfigRefusedError), ("refuse", StreamHandshakeError)])
async def test_no_reconnect_after_a_refusal(
    fake: FakeCorti, aclient: AsyncCortiClient, fault: str, error: type[Exception]
) -> None:
    fake.inject_socket("drop", after_bytes=1)
    async with aclient.transcribe.connect(
        configuration={"primaryLanguage": "en", "audioFormat": PCM}
    ) as session:
        fake.inject_socket(fault, status=403, count=3)  # (a 401 is retried once with a new token)
        await session.send_audio(SECOND)
        with pytest.raises(error):
            await collect(session)
    assert len(fake.socket_records) == 2  # the first, and the one refused: no more


async def test_reconnects_stop_at_the_limit(fake: FakeCorti, aclient: AsyncCortiClient) -> None:
    fake.inject_socket("drop", after_bytes=1)
    async with aclient.transcribe.connect(
        configuration={"primaryLanguage": "en", "audioFormat": PCM}, max_reconnects=2
    ) as session:
        fake.inject_socket("refuse", status=503, count=10)
        await session.send_audio(SECOND)
        with pytest.raises(StreamHandshakeError) as caught:
            await collect(session)
    assert caught.value.status_code == 503
    assert len(fake.socket_records) == 3  # the first and two attempts


async def test_no_reconnect_after_the_end(fake: FakeCorti, aclient: AsyncCortiClient) -> None:
    async with aclient.transcribe.connect(
        configuration={"primaryLanguage": "en", "audioFormat": PCM}
    ) as session:
        await session.end()
        assert [m.type_ for m in await collect(session)][-1] == "ended"
        await asyncio.sleep(0.1)
    assert len(fake.socket_records) == 1


class BlackHole:
    """A TCP forwarder to the fake that, once `freeze()` is called, stops forwarding the
    connections it carries (a dead network path: no close, no reset); new ones flow again."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.frozen: list[asyncio.Event] = []
        self.server: asyncio.Server | None = None
        self.tasks: list[asyncio.Task[Any]] = []

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._carry, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    def freeze(self) -> None:
        for event in self.frozen:
            event.set()

    def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        if self.server is not None:
            self.server.close()

    async def _carry(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        frozen = asyncio.Event()
        self.frozen.append(frozen)

        async def pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            while data := await source.read(65536):
                if frozen.is_set():
                    await asyncio.sleep(3600)  # swallow everything from now on
                sink.write(data)
                await sink.drain()

        tasks = [
            asyncio.ensure_future(pump(reader, upstream_writer)),
            asyncio.ensure_future(pump(upstream_reader, writer)),
        ]
        self.tasks += tasks
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.gather(*tasks)
        upstream_writer.close()
        writer.close()


async def test_pings_detect_a_dead_connection_and_the_session_reconnects(fake: FakeCorti) -> None:
    port = int(fake.base_url.split(":")[2].split("/")[0])
    hole = BlackHole(port)
    proxy = await hole.start()
    base = fake.base_url.replace(f":{port}/", f":{proxy}/")
    client = AsyncCortiClient(base_url=base, tenant_name=fake.tenant_name, token=Tokens(fake))
    config = {"primaryLanguage": "en", "audioFormat": PCM}
    async with client, client.transcribe.connect(configuration=config, ping_interval=0.2) as session:
        hole.freeze()  # the socket stays open, nothing gets through: only a ping can tell
        first = await asyncio.wait_for(session.__anext__(), 10)
        assert isinstance(first, Reconnected)
        await session.send_audio(SECOND)
        await session.end()
    hole.stop()
    assert len(fake.socket_records) == 2
    assert fake.socket_records[1].events == ["config", "audio", "end"]


# -- backpressure ------------------------------------------------------------------------
async def test_a_slow_server_holds_the_sender_back_instead_of_growing_memory() -> None:
    chunk = b"\x00" * 64_000
    total = 0
    # No transcripts (a segment would be hours of audio): what is measured is the audio path
    # alone, not the messages the session keeps for an iteration this test never does.
    with FakeCorti(segment_seconds=1e9) as fake:
        fake.inject_socket("slow", delay=0.01)
        client = AsyncCortiClient(
            base_url=fake.base_url, tenant_name=fake.tenant_name, token=fake.issue_token()
        )
        async with (
            client,
            client.transcribe.connect(configuration={"primaryLanguage": "en", "audioFormat": PCM}) as session,
        ):
            gc.collect()
            tracemalloc.start()
            try:
                for _ in range(240):  # 15 MB, far more than the socket buffers hold
                    await session.send_audio(chunk)
                    total += len(chunk)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
        received = fake.socket_records[0].audio_bytes
    assert total == 240 * 64_000
    assert peak < total / 6, f"peak {peak} bytes while sending {total}"  # ~1.2 MB here
    assert received > 0


# -- secrets -----------------------------------------------------------------------------
def _frames_hold(error: BaseException, secret: str) -> bool:
    for frame, _ in traceback.walk_tb(error.__traceback__):
        if "corti_interactions" not in frame.f_code.co_filename:
            continue  # this test's own frames hold the tokens it made
        if any(secret in repr(value) for value in frame.f_locals.values()):
            return True
    return False


async def test_no_token_or_payload_reaches_a_log_an_error_or_a_repr(
    fake: FakeCorti, caplog: pytest.LogCaptureFixture
) -> None:
    tokens = Tokens(fake)
    interaction = fake.add_interaction()
    fake.script("SECRET-DIAGNOSIS")
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="websockets")  # restored after the test (a later
    # test's servers would otherwise log every frame)
    client = AsyncCortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token=tokens)
    config = {**STREAM_CONFIG, "audioFormat": PCM}
    async with client, client.stream.connect(interaction["id"], configuration=config) as s:
        await s.send_audio(SECOND)
        await s.end()
        received = await collect(s)
        shown = repr(s)
    expired = tokens()
    fake.expire_tokens()
    async with AsyncCortiClient(
        base_url=fake.base_url, tenant_name=fake.tenant_name, token=expired
    ) as client:
        with pytest.raises(StreamHandshakeError) as caught:
            async with client.stream.connect(interaction["id"], configuration=STREAM_CONFIG):
                pass
    assert any(getattr(m, "type_", None) == "transcript" for m in received)
    error = caught.value
    assert error.__context__ is None and error.__cause__ is None
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    for token in tokens.issued:
        for text in (logged, shown, str(error), repr(error)):
            assert token not in text
        assert not _frames_hold(error, token)
    assert "SECRET-DIAGNOSIS" not in logged
    assert "token=***" in redact("wss://h/s?tenant-name=t&token=Bearer%20abc.def")
    assert not SOCKET_LOGGER.isEnabledFor(logging.DEBUG)


def test_a_scoped_token_is_minted_with_the_clients_credentials(fake: FakeCorti) -> None:
    with client_of(fake) as client:
        scoped = client.scoped_token(["streams"])
        assert scoped.access_token not in repr(scoped) and scoped.scopes == ("streams",)
        with pytest.raises(ValueError, match="scopes"):
            client.scoped_token("streams")
    assert fake.requests[-1].body["scope"] == "openid streams"
    interaction = fake.add_interaction()
    with CortiClient(
        base_url=fake.base_url, tenant_name=fake.tenant_name, token=scoped.access_token
    ) as browser:
        with browser.stream.connect(interaction["id"], configuration=STREAM_CONFIG) as session:
            assert session.accepted is not None
        with pytest.raises(ValueError, match="client_id"):
            browser.scoped_token(["streams"])


def test_without_websockets_connect_names_the_extra(fake: FakeCorti, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "websockets.asyncio.client", None)
    with client_of(fake) as client, pytest.raises(ImportError, match=r"corti-interactions\[streaming\]"):
        client.transcribe.connect(configuration={"primaryLanguage": "en"})


# -- URLs and files ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("https://api.eu.corti.app/v2", "wss://api.eu.corti.app/audio-bridge/v2"),
        ("http://127.0.0.1:8080/v2", "ws://127.0.0.1:8080/audio-bridge/v2"),
        ("https://proxy.example/corti", "wss://proxy.example/corti/audio-bridge/v2"),
    ],
)
def test_the_socket_base_follows_the_rest_base(base: str, expected: str) -> None:
    assert socket_base(base) == expected
