"""The fake under conditions a long-running or careless client creates: short-lived tokens,
HEAD requests, a history that would grow forever, a client that disconnects mid-request."""

from __future__ import annotations

import socket
import time
from typing import Any

import httpx
import pytest
from corti_interactions import CortiClient
from corti_interactions.testing import FakeCorti, _app


def test_a_token_lifetime_under_a_second_is_sent_as_it_is() -> None:
    with FakeCorti(token_expires_in=0.5) as fake:
        iid = fake.add_interaction()["id"]
        answer = httpx.post(
            fake.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": fake.client_id,
                "client_secret": fake.client_secret,
            },
        )
        assert answer.json()["expires_in"] == 0.5
        client = CortiClient(
            base_url=fake.base_url,
            tenant_name=fake.tenant_name,
            client_id=fake.client_id,
            client_secret=fake.client_secret,
        )
        assert str(client.interactions.get(iid).id) == iid


def test_head_is_answered_as_get_without_a_body() -> None:
    with FakeCorti() as fake:
        iid = fake.add_interaction()["id"]
        headers = {"Authorization": f"Bearer {fake.issue_token()}", "Tenant-Name": fake.tenant_name}
        head = httpx.head(f"{fake.base_url}/interactions/{iid}", headers=headers)
        assert (head.status_code, head.content) == (200, b"")
        assert httpx.head(f"{fake.base_url}/interactions/", headers=headers).status_code == 200
        missing = httpx.head(
            f"{fake.base_url}/interactions/00000000-0000-4000-8000-000000000000", headers=headers
        )
        assert missing.status_code == 404


def test_requests_and_tokens_are_kept_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_app, "HISTORY", 50)
    with FakeCorti() as fake:
        iid = fake.add_interaction()["id"]
        client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token=fake.issue_token())
        for _ in range(120):
            client.interactions.update(iid, patient={"identifier": "P-1"})
        assert len(fake.requests) == 50
        assert fake.attempts(iid) == 50  # counted over what is kept
        fake._state.token_expires_in = 0.01
        for _ in range(120):
            fake.issue_token()
        time.sleep(0.02)
        fake.issue_token()
        assert len(fake._state.tokens) <= 51


def test_a_client_that_disconnects_mid_request_prints_no_traceback(capfd: Any) -> None:
    with FakeCorti() as fake:
        iid = fake.add_interaction()["id"]
        token = fake.issue_token()
        for _ in range(3):
            with socket.create_connection(
                ("127.0.0.1", int(fake.base_url.rsplit(":", 1)[1].split("/")[0]))
            ) as sock:
                head = (
                    f"PATCH /v2/interactions/{iid} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                    f"Tenant-Name: {fake.tenant_name}\r\nContent-Type: application/json\r\n"
                    "Content-Length: 1000\r\n\r\n{"
                )
                sock.sendall(head.encode())
                time.sleep(0.05)  # the body never comes: the connection closes with 999 bytes owed
        time.sleep(0.2)
        assert fake.interactions[iid]["encounter"]["status"] == "planned"
    err = capfd.readouterr().err
    assert "Traceback" not in err and "ClientDisconnect" not in err
