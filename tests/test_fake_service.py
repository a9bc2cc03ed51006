"""The fake service itself, over real sockets with plain httpx."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from corti_interactions.testing import FakeCorti
from corti_interactions.testing._schema import schema_validator


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


@pytest.fixture
def http(fake: FakeCorti) -> Iterator[httpx.Client]:
    token = fake.issue_token()
    headers = {"Authorization": f"Bearer {token}", "Tenant-Name": fake.tenant_name}
    with httpx.Client(base_url=fake.base_url, headers=headers, timeout=5) as client:
        yield client


def patch(http: httpx.Client, interaction_id: str, body: Any) -> httpx.Response:
    return http.patch(f"/interactions/{interaction_id}", json=body)


def test_update_merges_and_answers_a_valid_interaction(fake: FakeCorti, http: httpx.Client) -> None:
    stored = fake.add_interaction(patient={"identifier": "p1", "name": "Before"})
    response = patch(http, stored["id"], {"encounter": {"status": "completed", "title": "T"}})
    assert response.status_code == 200
    data = response.json()
    schema_validator("InteractionsGetResponse").validate(data)
    assert data["encounter"]["status"] == "completed"
    assert data["encounter"]["title"] == "T"
    assert data["encounter"]["type"] == stored["encounter"]["type"]  # left out: unchanged
    assert data["patient"] == {"identifier": "p1", "name": "Before"}
    assert data["updatedAt"] > stored["updatedAt"]
    assert (
        data["websocketUrl"]
        == f"ws://127.0.0.1:{httpx.URL(fake.base_url).port}/audio-bridge/v2/interactions/{stored['id']}/streams"
    )
    assert fake.interactions[stored["id"]] == data


def test_null_clears_and_unassign_assigns_a_fresh_uuid(fake: FakeCorti, http: httpx.Client) -> None:
    stored = fake.add_interaction(encounter={"title": "x"}, patient={"identifier": "p", "name": "N"})
    data = patch(
        http,
        stored["id"],
        {"assignedUserId": None, "encounter": {"title": None}, "patient": {"identifier": "p", "name": None}},
    ).json()
    assert data["encounter"]["title"] is None
    assert data["patient"]["name"] is None
    assert data["assignedUserId"] != stored["assignedUserId"]
    assert uuid.UUID(data["assignedUserId"])


def test_fields_the_spec_does_not_declare_are_ignored(fake: FakeCorti, http: httpx.Client) -> None:
    """Read-only and unknown fields are allowed by the schema but never stored."""
    stored = fake.add_interaction()
    hostile = {
        "id": "00000000-0000-0000-0000-000000000000",
        "createdAt": 5,
        "websocketUrl": "wss://evil.example/",
        "encounter": {"status": "on-hold", "foo": [1], "period": {"startedAt": stored["createdAt"], "x": 1}},
        "patient": {"identifier": "p", "ssn": "123"},
    }
    data = patch(http, stored["id"], hostile).json()
    schema_validator("InteractionsGetResponse").validate(data)
    assert (data["id"], data["createdAt"], data["websocketUrl"]) == (
        stored["id"], stored["createdAt"], stored["websocketUrl"],
    )  # fmt: skip
    assert data["encounter"]["status"] == "on-hold"
    assert "foo" not in data["encounter"] and "x" not in data["encounter"]["period"]
    assert data["patient"] == {"identifier": "p", "name": None}


def test_ids_are_stored_in_the_form_the_client_sends(fake: FakeCorti, http: httpx.Client) -> None:
    upper = str(uuid.uuid4()).upper()
    stored = fake.add_interaction(id=upper)
    assert stored["id"] == upper.lower()
    assert patch(http, upper, {}).status_code == 200
    assert fake.interactions[upper]["id"] == upper.lower()


def test_timestamps_move_forward_strictly(fake: FakeCorti, http: httpx.Client) -> None:
    stored = fake.add_interaction()
    stamps = [patch(http, stored["id"], {}).json()["updatedAt"] for _ in range(5)]
    assert stamps == sorted(set(stamps))


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"encounter": {"status": "bogus"}}, "encounter.status"),
        ({"assignedUserId": "nope"}, "assignedUserId"),
        ({"encounter": {"period": {"startedAt": "2024-01-01T00:00:00"}}}, "encounter.period.startedAt"),
        ({"encounter": {"period": {"endedAt": "2024-01-01T00:00:00Z"}}}, "encounter.period.startedAt"),
        ({"patient": {"name": "x"}}, "patient.identifier"),
        ({"patient": {"identifier": "p", "gender": None}}, "patient.gender"),
        ({"encounter": {"status": None}}, "encounter.status"),
    ],
)
def test_invalid_bodies_name_the_field(fake: FakeCorti, http: httpx.Client, body: Any, field: str) -> None:
    stored = fake.add_interaction()
    response = patch(http, stored["id"], body)
    assert response.status_code == 400
    data = response.json()
    assert data["type"] == "A0003"
    assert any(field in error for error in data["validationErrors"])
    assert data["requestid"] == response.headers["x-request-id"]
    assert fake.interactions[stored["id"]]["updatedAt"] == stored["updatedAt"]  # not applied


def test_non_json_body_is_400(fake: FakeCorti, http: httpx.Client) -> None:
    stored = fake.add_interaction()
    response = http.patch(f"/interactions/{stored['id']}", content=b"not json")
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("path_id", "status", "code"),
    [
        ("not-a-uuid", 400, "A0008"),
        ("..%2F..%2Fx", 400, "A0008"),
        ("5f0c7a52-9d3e-4b8a-8c41-2f6e1d9b3a70", 404, "A0007"),  # fixed: pytest-xdist workers collect alike
    ],
)
def test_ids(http: httpx.Client, path_id: str, status: int, code: str) -> None:
    response = patch(http, path_id, {})
    assert (response.status_code, response.json()["type"]) == (status, code)


def test_auth_and_tenant_errors(fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    url = f"{fake.base_url}/interactions/{stored['id']}"
    token = fake.issue_token()
    assert httpx.patch(url, json={}, headers={"Tenant-Name": fake.tenant_name}).status_code == 401
    invalid = httpx.patch(
        url, json={}, headers={"Authorization": "Bearer wrong", "Tenant-Name": fake.tenant_name}
    )
    assert (invalid.status_code, invalid.json()["type"]) == (403, "A0004")  # what the spec documents
    assert httpx.patch(url, json={}, headers={"Authorization": f"Bearer {token}"}).status_code == 403
    wrong_tenant = httpx.patch(
        url, json={}, headers={"Authorization": f"Bearer {token}", "Tenant-Name": "other"}
    )
    assert (wrong_tenant.status_code, wrong_tenant.json()["type"]) == (403, "A0001")
    fake.expire_tokens()
    expired = httpx.patch(
        url, json={}, headers={"Authorization": f"Bearer {token}", "Tenant-Name": fake.tenant_name}
    )
    assert (expired.status_code, expired.json()["type"]) == (403, "A0004")


def test_token_endpoint(fake: FakeCorti) -> None:
    before = fake.token_requests
    good = {
        "grant_type": "client_credentials",
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
    }
    response = httpx.post(fake.token_url, data=good)
    assert response.status_code == 200
    assert response.json()["expires_in"] == 300
    assert response.json()["token_type"] == "Bearer"
    assert httpx.post(fake.token_url, data={**good, "client_secret": "bad"}).status_code == 401
    assert httpx.post(fake.token_url.replace(fake.tenant_name, "other"), data=good).status_code == 404
    assert fake.token_requests == before + 3
    logged = [r for r in fake.requests if r.path.endswith("/token")]
    assert all(r.body.get("client_secret") == "***" for r in logged)


def test_requests_are_logged_with_the_token_masked(fake: FakeCorti, http: httpx.Client) -> None:
    stored = fake.add_interaction()
    patch(http, stored["id"], {"encounter": {"status": "on-hold"}})
    last = fake.requests[-1]
    assert (last.method, last.path) == ("PATCH", f"/v2/interactions/{stored['id']}")
    assert last.headers["authorization"] == "Bearer ***"
    assert last.body == {"encounter": {"status": "on-hold"}}
    assert fake.attempts(stored["id"]) == 1


@pytest.mark.parametrize("scheme", ["", "bearer\t", "Token ", "bearer "])
def test_the_token_is_masked_whatever_the_scheme(fake: FakeCorti, scheme: str) -> None:
    token = fake.issue_token()
    httpx.patch(
        f"{fake.base_url}/interactions/{uuid.uuid4()}",
        headers={"Authorization": f"{scheme}{token}", "Tenant-Name": fake.tenant_name},
        json={},
    )
    logged = fake.requests[-1].headers["authorization"]
    assert token not in logged
    assert logged in ("Bearer ***", "***")


@pytest.mark.parametrize(
    ("fault", "status", "applied"),
    [
        ({"kind": "status", "status": 429, "retry_after": "2"}, 429, False),
        ({"kind": "status", "status": 503, "retry_after_ms": "150"}, 503, False),
        ({"kind": "html_502"}, 502, False),
        ({"kind": "truncated"}, 200, True),
        ({"kind": "not_json"}, 200, True),
        ({"kind": "delay", "delay": 0.2}, 200, True),
    ],
)
def test_faults_fire_once_then_the_fake_is_normal(
    fake: FakeCorti, http: httpx.Client, fault: dict[str, Any], status: int, applied: bool
) -> None:
    stored = fake.add_interaction()
    fake.inject(**fault)
    response = patch(http, stored["id"], {"encounter": {"status": "cancelled"}})
    assert response.status_code == status
    if "retry_after" in fault:
        assert response.headers["retry-after"] == fault["retry_after"]
    if "retry_after_ms" in fault:
        assert response.headers["retry-after-ms"] == fault["retry_after_ms"]
    if fault["kind"] == "truncated":
        with pytest.raises(ValueError, match="Unterminated|Expecting"):
            response.json()
    assert (fake.interactions[stored["id"]]["encounter"]["status"] == "cancelled") is applied
    assert fake.pending_faults == []
    assert patch(http, stored["id"], {}).status_code == 200


def test_drop_closes_the_connection_without_an_answer(fake: FakeCorti, http: httpx.Client) -> None:
    stored = fake.add_interaction()
    fake.inject("drop")
    with pytest.raises(httpx.RemoteProtocolError):
        patch(http, stored["id"], {"encounter": {"status": "cancelled"}})
    assert fake.interactions[stored["id"]]["encounter"]["status"] != "cancelled"
    assert patch(http, stored["id"], {}).status_code == 200


def test_token_endpoint_faults(fake: FakeCorti) -> None:
    fake.inject("status", status=500, target="token")
    good = {
        "grant_type": "client_credentials",
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
    }
    assert httpx.post(fake.token_url, data=good).status_code == 500
    assert httpx.post(fake.token_url, data=good).status_code == 200


def test_unknown_fault_is_refused(fake: FakeCorti) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        fake.inject("explode")  # type: ignore[arg-type]


def test_threads_update_safely(fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    token = fake.issue_token()
    headers = {"Authorization": f"Bearer {token}", "Tenant-Name": fake.tenant_name}
    errors: list[int] = []

    def work() -> None:
        with httpx.Client(base_url=fake.base_url, headers=headers) as client:
            for _ in range(10):
                status = client.patch(f"/interactions/{stored['id']}", json={}).status_code
                if status != 200:
                    errors.append(status)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert fake.attempts(stored["id"]) == 60


def test_stop_leaves_no_thread() -> None:
    before = {t.name for t in threading.enumerate()}
    with FakeCorti() as server:
        assert "corti-fake" in {t.name for t in threading.enumerate()}
        port = httpx.URL(server.base_url).port
    assert {t.name for t in threading.enumerate()} == before
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/")


def test_reset_forgets_everything(fake: FakeCorti) -> None:
    fake.add_interaction()
    fake.inject("html_502")
    fake.reset()
    assert len(fake.interactions) == 0
    assert fake.requests == []
    assert fake.pending_faults == []


def test_pytest_fixture(corti_fake: FakeCorti) -> None:
    assert isinstance(corti_fake, FakeCorti)
    assert httpx.post(corti_fake.token_url, data={}).status_code == 400


def test_history_bounds_the_requests_remembered() -> None:
    with FakeCorti(history=3) as server:
        token = server.issue_token()
        for _ in range(5):
            httpx.get(f"{server.base_url}/interactions/", headers={"Authorization": f"Bearer {token}"})
        assert len(server.requests) == 3
        server.reset()
        for _ in range(4):
            httpx.get(f"{server.base_url}/interactions/", headers={"Authorization": f"Bearer {token}"})
        assert len(server.requests) == 3  # reset keeps the bound


@pytest.mark.parametrize("history", [0, -1, 2.5, True])
def test_history_must_be_a_positive_count(history: Any) -> None:
    with pytest.raises(ValueError, match="history must be a positive number of requests"):
        FakeCorti(history=history)
