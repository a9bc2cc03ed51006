"""The client against the fake service over real loopback sockets: sync, and async on both
transports (httpx's own pool and aiohttp's)."""

from __future__ import annotations

import asyncio
import http.client
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import trustme
from corti_interactions import (
    APIConnectionError,
    APITimeoutError,
    AsyncCortiClient,
    AuthenticationError,
    BadRequestError,
    CortiClient,
    InteractionsEncounterStatusEnum,
    NotFoundError,
    PermissionDeniedError,
)
from corti_interactions.testing import FakeCorti

NOWHERE = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


class Runner:
    """Runs one scenario on the sync client or on the async client with a given transport."""

    def __init__(self, kind: str, fake: FakeCorti) -> None:
        self.kind, self.fake = kind, fake

    def kwargs(self, **extra: Any) -> dict[str, Any]:
        base = {
            "base_url": self.fake.base_url,
            "tenant_name": self.fake.tenant_name,
            "client_id": self.fake.client_id,
            "client_secret": self.fake.client_secret,
        }
        return {**base, **extra}

    def update(self, interaction_id: str, client_kwargs: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        options = self.kwargs(**(client_kwargs or {}))
        if self.kind == "sync":
            with CortiClient(sleep=lambda s: None, **options) as client:
                return client.interactions.update(interaction_id, **kwargs)

        async def nosleep(seconds: float) -> None:
            return None

        async def main() -> Any:
            transport = self.kind.removeprefix("async-")
            async with AsyncCortiClient(async_transport=transport, sleep=nosleep, **options) as client:  # type: ignore[arg-type]
                return await client.interactions.update(interaction_id, **kwargs)

        return asyncio.run(main())


@pytest.fixture(params=["sync", "async-httpx", "async-aiohttp"])
def run(request: pytest.FixtureRequest, fake: FakeCorti) -> Runner:
    return Runner(request.param, fake)


def test_update_round_trip(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    result = run.update(
        stored["id"],
        encounter={"status": "completed", "period": {"startedAt": "2026-01-01T08:00:00Z", "endedAt": None}},
        patient={"identifier": "P-9", "name": "Test Person", "gender": "other"},
        assigned_user_id=None,
    )
    assert result.encounter.status is InteractionsEncounterStatusEnum.COMPLETED
    assert str(result.assigned_user_id) != stored["assignedUserId"]
    state = fake.interactions[stored["id"]]
    assert state["encounter"]["status"] == "completed"
    assert state["encounter"]["period"] == {"startedAt": "2026-01-01T08:00:00+00:00", "endedAt": None}
    assert state["patient"]["name"] == "Test Person"
    assert state["assignedUserId"] == str(result.assigned_user_id)


def test_service_errors(run: Runner, fake: FakeCorti) -> None:
    with pytest.raises(NotFoundError, match="Interaction not found"):
        run.update(NOWHERE)
    with pytest.raises(PermissionDeniedError):
        run.update(
            fake.add_interaction()["id"],
            client_kwargs={
                "token": fake.issue_token(),
                "client_id": None,
                "client_secret": None,
                "tenant_name": "other",
            },
        )
    with pytest.raises(AuthenticationError):
        run.update(NOWHERE, client_kwargs={"client_secret": "wrong"})


def test_expired_token_is_refreshed_once(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    token = fake.issue_token()
    fake.expire_tokens()
    with pytest.raises(PermissionDeniedError) as info:  # a static token cannot be refreshed
        run.update(stored["id"], client_kwargs={"token": token, "client_id": None, "client_secret": None})
    assert info.value.code == "A0004"  # the service's (and the fake's) "invalid token"
    before = fake.token_requests
    run.update(stored["id"])  # fresh credentials: one token request
    assert fake.token_requests == before + 1


def test_retries_over_real_sockets(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    fake.inject("status", status=503, count=2, retry_after="0")
    run.update(stored["id"], encounter={"status": "on-hold"})
    assert fake.attempts(stored["id"]) == 3
    assert fake.interactions[stored["id"]]["encounter"]["status"] == "on-hold"


def test_read_timeout_is_an_api_timeout_error(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    fake.inject("delay", delay=1.0)
    with pytest.raises(APITimeoutError):
        run.update(stored["id"], client_kwargs={"timeout": 0.3, "max_retries": 0})


def test_dropped_connection_is_a_connection_error_not_a_timeout(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    fake.inject("drop")
    with pytest.raises(APIConnectionError) as info:
        run.update(stored["id"], client_kwargs={"max_retries": 0})
    assert not isinstance(info.value, APITimeoutError)


def test_refused_connection(run: Runner) -> None:
    with pytest.raises(APIConnectionError) as info:
        run.update(
            NOWHERE,
            client_kwargs={
                "base_url": "http://127.0.0.1:9/v2",
                "token": "x",
                "client_id": None,
                "client_secret": None,
                "max_retries": 0,
            },
        )
    assert not isinstance(info.value, APITimeoutError)


def test_invalid_input_is_refused_by_the_client_before_the_fake_sees_it(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    before = len(fake.requests)
    with pytest.raises(ValueError, match="encounter.status"):
        run.update(stored["id"], encounter={"status": "bogus"})
    assert len(fake.requests) == before


def test_fake_rejects_what_the_spec_forbids(fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    with CortiClient(
        base_url=fake.base_url, tenant_name=fake.tenant_name, token=fake.issue_token()
    ) as client:
        raw = client._http.patch(
            f"{fake.base_url}/interactions/{stored['id']}",
            json={"encounter": {"status": "bogus"}},
            headers={"Tenant-Name": fake.tenant_name, "Authorization": f"Bearer {fake.issue_token()}"},
        )
    assert raw.status_code == 400
    assert BadRequestError.__name__ == "BadRequestError"


class _ForwardProxy(BaseHTTPRequestHandler):
    """A plain HTTP forward proxy: records each absolute-form request and relays it."""

    seen: list[str]

    def _relay(self) -> None:
        self.seen.append(f"{self.command} {self.path}")
        target = urllib.parse.urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        upstream = http.client.HTTPConnection(target.hostname or "", target.port, timeout=10)
        headers = {
            k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")
        }
        upstream.request(
            self.command, target.path + (f"?{target.query}" if target.query else ""), body, headers
        )
        answer = upstream.getresponse()
        content = answer.read()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)
        upstream.close()

    do_PATCH = do_POST = _relay

    def log_message(self, *args: Any) -> None:
        pass


def test_an_environment_proxy_carries_every_request(
    run: Runner, fake: FakeCorti, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP(S)_PROXY is honoured the same way on every transport, token request included."""
    seen: list[str] = []
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), type("Proxy", (_ForwardProxy,), {"seen": seen}))
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.server_address[1]}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    try:
        stored = fake.add_interaction()
        result = run.update(stored["id"], encounter={"title": "via the proxy"})
    finally:
        proxy.shutdown()
    assert result.encounter.title == "via the proxy"
    assert seen == [
        f"POST {fake.token_url}",
        f"PATCH {fake.base_url}/interactions/{stored['id']}",
    ]


@pytest.fixture(scope="module")
def tls_fake(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeCorti, Path]]:
    """The fake over HTTPS with a certificate from a throwaway CA; yields the CA's PEM file."""
    authority = trustme.CA()
    folder = tmp_path_factory.mktemp("tls")
    cert, key, ca = folder / "cert.pem", folder / "key.pem", folder / "ca.pem"
    issued = authority.issue_cert("127.0.0.1")
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    authority.cert_pem.write_to_path(str(ca))
    with FakeCorti(tls=(str(cert), str(key))) as server:
        yield server, ca


def test_tls_is_verified_the_same_way_on_every_transport(
    run: Runner, tls_fake: tuple[FakeCorti, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unknown CA is refused; trusting it through SSL_CERT_FILE works, on every transport."""
    server, ca = tls_fake
    assert server.base_url.startswith("https://")
    stored = server.add_interaction()
    tls_run = Runner(run.kind, server)
    with pytest.raises(APIConnectionError) as info:
        tls_run.update(stored["id"], {"max_retries": 0}, encounter={"title": "x"})
    assert "CERTIFICATE_VERIFY_FAILED" in repr(info.value.__cause__) + repr(info.value.__cause__.__cause__)
    assert server.interactions[stored["id"]]["encounter"]["title"] is None  # nothing got through
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    result = tls_run.update(stored["id"], encounter={"title": "over TLS"})
    assert result.encounter.title == "over TLS"
