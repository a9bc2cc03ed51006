"""Hostile input and the places secrets could leak, each as a test."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from corti_interactions import APIStatusError, AsyncCortiClient, CortiClient, CortiError
from corti_interactions.testing import FakeCorti

from .conftest import Recorder

ENVIRONMENTS = [
    "eu.evil.com",
    "x/",
    "a@b",
    "a:1",
    "a#",
    "еu",
    "eu\u200b",
    "ｅu",
    "eu.",
    "..",
    "eu/../x",
    "EU",
    "eu%2f",
    "",
    " eu",
]
IDS = ["..", ".", "../x", "%2e%2e", "%2e%2e%2fx", "..%2f", "..\\x", "3c90c3cc-0d44-4b50-8888-8dd25736052a/../x",
       "3c90c3cc-0d44-4b50-8888-8dd25736052a?x=1", "3c90c3cc-0d44-4b50-8888-8dd25736052a#f", "%33c90c3cc-0d44-4b50-8888-8dd25736052a",
       "3c90c3cc-0d44-4b50-8888-8dd25736052\u0430", ""]  # fmt: skip
TENANTS = ["a\r\nX-Evil: 1", "a\nb", "a\rb", "nul\x00", "\x00", "tab\tname", " lead", "trail ", "ünïcode", ""]
BASE_URLS = ["http://api.eu.corti.app/v2", "http://10.0.0.5/v2", "http://192.168.1.2/v2", "http://localhost.evil.com/v2",
             "http://127.0.0.1.evil.com/v2", "ftp://127.0.0.1/v2", "https://user:pw@proxy.example/v2", "javascript:alert(1)"]  # fmt: skip
COUNTS: dict[str, int] = {}


def tally(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_environment_cannot_move_the_host(environment: str) -> None:
    with pytest.raises(ValueError, match="environment"):
        CortiClient(tenant_name="t", environment=environment, token="x")
    tally("environment values that try to change the host")


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


@pytest.mark.parametrize("interaction_id", IDS)
def test_ids_cannot_change_the_path(fake: FakeCorti, interaction_id: str) -> None:
    before = len(fake.requests)
    with (
        CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token=fake.issue_token()) as client,
        pytest.raises(ValueError, match="interaction_id must be a UUID"),
    ):
        client.interactions.update(interaction_id)
    assert len(fake.requests) == before
    tally("interaction ids that try to change the path")


@pytest.mark.parametrize("tenant", TENANTS)
def test_tenant_names_cannot_split_headers(tenant: str) -> None:
    with pytest.raises(ValueError, match="tenant_name"):
        CortiClient(tenant_name=tenant, token="x")
    tally("tenant names with CR/LF, NUL and other invisible characters")


@pytest.mark.parametrize("base_url", BASE_URLS)
def test_no_cleartext_or_credentials_in_base_urls(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        CortiClient(tenant_name="t", base_url=base_url, token="x")
    tally("base URLs: http:// to non-loopback hosts, other schemes, credentials")


_INTERACTION = {
    "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    "assignedUserId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    "encounter": {
        "identifier": "e",
        "status": "planned",
        "type": "consultation",
        "period": {"startedAt": "2026-11-25T09:00:00Z"},
    },
    "patient": {"identifier": "p"},
    "createdAt": "2026-11-25T09:00:00Z",
    "updatedAt": "2026-11-25T09:00:00Z",
    "websocketUrl": "wss://api.eu.corti.app/v2/interactions/3c90c3cc-0d44-4b50-8888-8dd25736052a/streams",
    "lastUpdated": "2026-11-25T09:00:00Z",
}


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, str]]
    location = ""

    def do_PATCH(self) -> None:
        self.seen.append({k.lower(): v for k, v in self.headers.items()})
        if self.location:
            self.send_response(307)
            self.send_header("Location", self.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:  # a valid interaction, so following the redirect would look like success
            body = json.dumps(_INTERACTION).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def _serve(location: str) -> tuple[ThreadingHTTPServer, list[dict[str, str]]]:
    seen: list[dict[str, str]] = []
    handler = type("Handler", (_Recorder,), {"seen": seen, "location": location})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


@pytest.mark.parametrize("mode", ["sync", "async-httpx", "async-aiohttp"])
def test_a_redirect_to_another_host_does_not_carry_the_token(mode: str) -> None:
    other, other_seen = _serve("")
    api, api_seen = _serve(f"http://localhost:{other.server_address[1]}/steal")
    base = f"http://127.0.0.1:{api.server_address[1]}/v2"
    outcome: object = None
    try:
        try:
            if mode == "sync":
                with CortiClient(tenant_name="t", base_url=base, token="secret-token") as client:
                    outcome = client.interactions.update("3c90c3cc-0d44-4b50-8888-8dd25736052a")
            else:

                async def main() -> object:
                    transport = mode.removeprefix("async-")
                    async with AsyncCortiClient(
                        tenant_name="t", base_url=base, token="secret-token", async_transport=transport
                    ) as client:  # type: ignore[arg-type]
                        return await client.interactions.update("3c90c3cc-0d44-4b50-8888-8dd25736052a")

                outcome = asyncio.run(main())
        except APIStatusError as exc:
            outcome = exc
        assert other_seen == []  # the redirect was not followed, so the token stayed home
        assert len(api_seen) == 1 and api_seen[0]["authorization"] == "Bearer secret-token"
        assert isinstance(outcome, APIStatusError) and outcome.status_code == 307
    finally:
        api.shutdown()
        other.shutdown()
    tally("3xx to another host: token not sent there")


def test_tls_verification_is_on_by_default() -> None:
    sync_client = CortiClient(tenant_name="t", token="x")
    assert sync_client._http._transport._pool._ssl_context.verify_mode.name == "CERT_REQUIRED"  # type: ignore[attr-defined]
    for transport in ("httpx", "aiohttp"):
        client = AsyncCortiClient(tenant_name="t", token="x", async_transport=transport)  # type: ignore[arg-type]
        inner = client._http._transport
        context = inner.ssl_context if transport == "aiohttp" else inner._pool._ssl_context
        assert context.verify_mode.name == "CERT_REQUIRED"
        assert context.check_hostname
    tally("TLS verification on by default (sync, async httpx, async aiohttp)")


def test_no_secret_in_logs_errors_or_reprs_across_every_error_path(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    patient = "Ingrid Confidential-Patient"
    texts: list[str] = []
    carried: list[CortiError] = []  # everything these carry is searched for secrets too
    with FakeCorti(client_secret="very-secret-client-secret") as fake:
        stored = fake.add_interaction()
        options = {"base_url": fake.base_url, "tenant_name": fake.tenant_name, "client_id": fake.client_id,
                   "client_secret": fake.client_secret, "sleep": lambda s: None}  # fmt: skip
        body = {"patient": {"identifier": "p", "name": patient}}
        with CortiClient(**options) as client:  # type: ignore[arg-type]
            texts.append(repr(client))
            client.interactions.update(stored["id"], **body)  # the patient's name goes out and comes back
            scenarios = [
                ("status", {"status": 429, "retry_after": "120"}),
                ("status", {"status": 500, "count": 3}),
                ("html_502", {"count": 3}),
                ("drop", {"count": 3}),
                ("truncated", {}),
                ("not_json", {}),
            ]
            for kind, extra in scenarios:
                fake.inject(kind, **extra)  # type: ignore[arg-type]
                try:
                    client.interactions.update(stored["id"], **body)
                except CortiError as exc:
                    texts += [str(exc), repr(exc)]
                    carried.append(exc)
            for call in (
                lambda: client.interactions.update("00000000-0000-4000-8000-000000000000", **body),  # 404
                lambda: client.interactions.update(stored["id"], **body, timeout=0.2),  # timeout below
            ):
                fake.inject("delay", delay=0.6)
                try:
                    call()
                except CortiError as exc:
                    texts += [str(exc), repr(exc)]
                    carried.append(exc)
            fake.expire_tokens()
            client.interactions.update(stored["id"], **body)  # 401, refresh, retry
        with CortiClient(
            **{
                **options,
                "tenant_name": "wrong-tenant",
                "client_id": None,
                "client_secret": None,
                "token": fake.issue_token(),
            }
        ) as other:  # type: ignore[arg-type]
            try:
                other.interactions.update(stored["id"], **body)  # 403
            except CortiError as exc:
                texts += [str(exc), repr(exc), repr(other)]
                carried.append(exc)
        with CortiClient(**{**options, "client_secret": "wrong-secret"}) as bad:  # type: ignore[arg-type]
            try:
                bad.interactions.update(stored["id"], **body)  # token endpoint 401
            except CortiError as exc:
                texts += [str(exc), repr(exc), repr(bad)]
                carried.append(exc)
        raw = httpx.patch(f"{fake.base_url}/interactions/{stored['id']}", json={"patient": {"name": patient}},
                          headers={"Authorization": f"Bearer {fake.issue_token()}", "Tenant-Name": fake.tenant_name})  # fmt: skip
        assert raw.status_code == 400  # the 400 path, from outside the client
        tokens = [t for t in fake._state.tokens]
    assert len(texts) >= 16
    blob = "\n".join(texts + [caplog.text] + [r.getMessage() for r in caplog.records])
    for secret in [*tokens, "very-secret-client-secret", "wrong-secret", patient]:
        assert secret not in blob
    # What an exception carries (pickled: its request, response and body) may hold the
    # caller's own patient data, but no token or secret; nor may its cause's request.
    assert len(carried) >= 8
    held = b"".join(pickle.dumps(exc) for exc in carried).decode("latin-1")
    causes = [exc.__cause__ for exc in carried if isinstance(exc.__cause__, httpx.RequestError)]
    held += "".join(f"{c.request.headers.multi_items()}{c.request.content!r}" for c in causes)
    for secret in [*tokens, "very-secret-client-secret", "wrong-secret"]:
        assert secret not in held
    tally(
        "error paths run for the leak check (401, 403, 404, 429, 5xx, 502, drop, timeout, bad JSON, bad credentials), "
        "messages, reprs, logs and the pickled exceptions"
    )


STREAM_URLS = [
    "wss://evil.example/audio-bridge/v2/interactions/x/streams",
    "wss://api.eu.corti.app.evil.example/streams",
    "wss://api.eu.corti.app@evil.example/streams",
    "wss://user:pw@api.eu.corti.app/streams",
    "ws://api.eu.corti.app/streams",
    "https://api.eu.corti.app/streams",
    "wss://api.eu.corti.app/streams#fragment",
    "wss://evil.example/streams#api.eu.corti.app",
    "wss://xn--api-eu-corti-app.example/streams",
]


@pytest.mark.parametrize("url", STREAM_URLS)
def test_stream_url_puts_the_token_only_on_the_apis_host(url: str) -> None:
    with (
        CortiClient(tenant_name="t", token="secret-token") as client,
        pytest.raises(ValueError, match="refusing to put the token") as info,
    ):
        client.stream_url(url)
    assert "secret-token" not in str(info.value)
    tally("websocket URLs to another host, with credentials, a fragment or not wss://: token not appended")


@pytest.mark.parametrize("token", ["a\r\nX-Evil: 1", "a\nb", "a b", "t\u00f6k", "", "a\x00"])
def test_a_token_callable_cannot_split_a_header(token: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    with (
        CortiClient(
            tenant_name="t", token=lambda: token, httpx_client=httpx.Client(transport=transport)
        ) as client,
        pytest.raises(ValueError, match="token callable"),
    ):
        client.interactions.update("3c90c3cc-0d44-4b50-8888-8dd25736052a")
    assert sent == []
    tally("tokens from a callable with CR/LF, NUL, spaces or non-ASCII: refused before sending")


def test_record_security(record: Recorder) -> None:
    for name, cases in sorted(COUNTS.items()):
        record("Security", name, cases, "refused / not leaked")
    assert COUNTS
