"""Scoped tokens, as Corti enforces them: `streams` opens only `/streams` sockets,
`transcribe` only `/transcribe`, and either is refused on the REST API, so the token handed
to a browser cannot read patient data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from corti_interactions import (
    AsyncCortiClient,
    CortiAuth,
    CortiClient,
    PermissionDeniedError,
    StreamHandshakeError,
    StreamPermissionError,
)
from corti_interactions.testing import FakeCorti

STREAM_CONFIG: dict[str, Any] = {
    "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "doctor"}]},
    "mode": {"type": "facts", "outputLocale": "en"},
    "audioFormat": "audio/pcm;rate=16000;channels=1;bits=16",
}
DICTATION = {"primaryLanguage": "en"}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        yield service


def server_client(fake: FakeCorti) -> CortiClient:
    return CortiClient(
        base_url=fake.base_url,
        tenant_name=fake.tenant_name,
        client_id=fake.client_id,
        client_secret=fake.client_secret,
    )


def browser(fake: FakeCorti, token: str) -> CortiClient:
    """What a browser builds from the token it was handed: no secret, no tenant (the JWT)."""
    return CortiClient(base_url=fake.base_url, token=token)


def opens(client: CortiClient, socket: str, interaction_id: str) -> int | None:
    """None if the socket opened, else the refused handshake's status."""
    try:
        if socket == "stream":
            with client.stream.connect(interaction_id, configuration=STREAM_CONFIG) as session:
                session.end()
        else:
            with client.transcribe.connect(configuration=DICTATION) as session:
                session.end()
    except StreamHandshakeError as exc:
        return exc.status_code
    return None


def test_the_token_handed_to_a_browser_cannot_read_patient_data(fake: FakeCorti) -> None:
    interaction = fake.add_interaction(patient={"identifier": "PATIENT-4711", "name": "Jane Roe"})
    with server_client(fake) as server:
        handed = server.scoped_token(["streams"]).access_token
        assert server.interactions.get(interaction["id"]).patient.identifier == "PATIENT-4711"
    page = browser(fake, handed)
    with pytest.raises(PermissionDeniedError) as caught:
        page.interactions.get(interaction["id"])
    assert caught.value.status_code == 403 and caught.value.code == "A0001"
    assert "PATIENT-4711" not in repr(caught.value.response.content)
    with pytest.raises(PermissionDeniedError):
        list(page.interactions.list())
    # ... but it streams
    assert opens(page, "stream", interaction["id"]) is None


@pytest.mark.parametrize(
    ("scopes", "stream", "transcribe"),
    [
        (["streams"], None, 403),
        (["transcribe"], 403, None),
        (["streams", "transcribe"], None, None),
    ],
)
def test_a_scoped_token_opens_only_its_sockets(
    fake: FakeCorti, scopes: list[str], stream: int | None, transcribe: int | None
) -> None:
    interaction = fake.add_interaction()
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        token = auth.client_credentials(
            client_id=fake.client_id, client_secret=fake.client_secret, scopes=scopes
        )
    page = browser(fake, token.access_token)
    assert opens(page, "stream", interaction["id"]) == stream
    assert opens(page, "transcribe", interaction["id"]) == transcribe
    with pytest.raises(PermissionDeniedError):
        page.interactions.get(interaction["id"])


def test_an_unscoped_token_reaches_everything(fake: FakeCorti) -> None:
    interaction = fake.add_interaction()
    with server_client(fake) as server:
        assert server.interactions.get(interaction["id"])
        assert opens(server, "stream", interaction["id"]) is None
        assert opens(server, "transcribe", interaction["id"]) is None


def test_a_refused_scope_is_not_taken_for_an_expired_token(fake: FakeCorti) -> None:
    """403 A0001, not A0004: the client does not renew and resend a token that is valid."""
    provider_calls = 0

    def provider() -> str:
        nonlocal provider_calls
        provider_calls += 1
        return fake.issue_token(scopes=["transcribe"])

    client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token_provider=provider)
    with pytest.raises(PermissionDeniedError):
        client.interactions.get(fake.add_interaction()["id"])
    assert provider_calls == 1


# -- a socket refused for its scope --------------------------------------------------------
def test_a_socket_out_of_the_tokens_scope_is_a_permission_error_naming_the_scope(fake: FakeCorti) -> None:
    """403 at the handshake (inferred: see the fake's `_sockets`), read as a permission error
    that names the scope the socket needs; not a 401, so no token is renewed, no retry made."""
    interaction = fake.add_interaction()["id"]
    asked = 0

    def provider() -> str:
        nonlocal asked
        asked += 1
        return fake.issue_token(scopes=["transcribe"])

    before = len(fake.socket_records)
    with CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token_provider=provider) as page:
        with (
            pytest.raises(StreamPermissionError) as caught,
            page.stream.connect(interaction, configuration=STREAM_CONFIG),
        ):
            pass
        assert caught.value.status_code == 403 and caught.value.scope == "streams"
        assert caught.value.code == "A0001"  # read from the refusal's body, as on REST
        assert "'streams'" in str(caught.value) and "HTTP 403" in str(caught.value)
        with pytest.raises(StreamPermissionError) as raw_caught, page.stream.connect_raw(interaction):
            pass  # the raw session alike
        assert raw_caught.value.scope == "streams"
    assert asked == 1  # the token was not taken for an expired one
    assert [r.events for r in fake.socket_records[before:]] == [["refused 403"], ["refused 403"]]


async def test_the_dictation_socket_names_its_own_scope(fake: FakeCorti) -> None:
    token = fake.issue_token(scopes=["streams"])
    async with AsyncCortiClient(base_url=fake.base_url, token=token) as page:
        with pytest.raises(StreamPermissionError) as caught:
            async with page.transcribe.connect_raw():
                pass
    assert caught.value.scope == "transcribe" and isinstance(caught.value, StreamHandshakeError)
    assert token not in str(caught.value) and token not in repr(caught.value.__dict__)


def test_a_403_for_the_tenant_says_it_may_be_the_tenant(fake: FakeCorti) -> None:
    """A handshake refused 403 for the tenant: a permission error too (the client cannot tell
    the two apart), whose message asks for a token of this tenant."""
    page = CortiClient(base_url=fake.base_url, tenant_name="someone-else", token=fake.issue_token())
    with page, pytest.raises(StreamPermissionError) as caught, page.transcribe.connect_raw():
        pass
    assert "a token of this tenant" in str(caught.value)


def test_a_403_saying_invalid_token_is_renewed_as_a_401_is() -> None:
    """Corti answers an invalid token 403 A0004 on REST; a handshake refused so is a token
    refusal (one renewal, one retry), not a permission error."""
    import json
    import threading

    from websockets.datastructures import Headers
    from websockets.http11 import Response
    from websockets.sync.server import ServerConnection, serve

    handshakes: list[str] = []

    def process_request(connection: ServerConnection, request: object) -> Response | None:
        handshakes.append("refused" if not handshakes else "accepted")
        if handshakes[-1] == "accepted":
            return None
        body = json.dumps({"status": 403, "type": "A0004", "detail": "Invalid token"}).encode()
        return Response(403, "Forbidden", Headers([("Content-Type", "application/json")]), body)

    def handler(ws: ServerConnection) -> None:
        ws.send('{"type": "CONFIG_ACCEPTED"}')
        ws.close()

    asked = 0

    def provider() -> str:
        nonlocal asked
        asked += 1
        return f"token-{asked}"

    with serve(handler, "127.0.0.1", 0, process_request=process_request) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.socket.getsockname()[1]}/v2"
        client = CortiClient(base_url=base, tenant_name="t", token_provider=provider)
        with client, client.transcribe.connect_raw() as raw:
            assert list(raw) == ['{"type": "CONFIG_ACCEPTED"}']
        server.shutdown()
    assert handshakes == ["refused", "accepted"] and asked == 2
