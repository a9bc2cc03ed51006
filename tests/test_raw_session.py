"""Raw socket sessions (`connect_raw`): nothing sent for the caller, frames as they come,
a fresh token per connect, refusals as typed errors with no token anywhere."""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Iterator

import pytest
from corti_interactions import AsyncCortiClient, CortiClient, StreamHandshakeError
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
