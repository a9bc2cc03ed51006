"""Contract: the client's requests, judged by Stoplight Prism (an oracle nobody here wrote)
and by the fake service, which must agree with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from corti_interactions import APIStatusError, CortiClient
from corti_interactions.testing import FakeCorti
from corti_interactions.testing._schema import load_spec

from .conftest import Recorder

ROOT = Path(__file__).resolve().parents[2]
INTERACTION_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
SCHEMAS = load_spec()["components"]["schemas"]
WHEN = "2026-11-25T09:00:00Z"

UPDATES: list[dict[str, Any]] = [
    {},
    {"assigned_user_id": None},
    {"assigned_user_id": "8d5d0b38-bd4e-4a41-9b0c-2c6a4d3f7e10"},
    {"encounter": {"identifier": "enc-1", "title": "Follow-up"}},
    {"encounter": {"title": None}},
    {"encounter": {"period": {"startedAt": WHEN}}},
    {"encounter": {"period": {"startedAt": WHEN, "endedAt": None}}},
    {"encounter": {"period": {"started_at": WHEN, "ended_at": "2026-11-25T09:30:00+01:00"}}},
    {"patient": {"identifier": "P-1"}},
    {"patient": {"identifier": "P-1", "name": None, "birthDate": None, "pronouns": None}},
    {
        "patient": {
            "identifier": "P-1",
            "name": "Søren Ærø",
            "birthDate": "1984-03-01T00:00:00Z",
            "pronouns": "he/him",
        }
    },
    *({"encounter": {"status": value}} for value in SCHEMAS["InteractionsEncounterStatusEnum"]["enum"]),
    *({"encounter": {"type": value}} for value in SCHEMAS["InteractionsEncounterTypeEnum"]["enum"]),
    *(
        {"patient": {"identifier": "P", "gender": value}}
        for value in SCHEMAS["InteractionsGenderEnum"]["enum"]
    ),
    {
        "assigned_user_id": None,
        "encounter": {
            "identifier": "e",
            "status": "completed",
            "type": "emergency",
            "period": {"startedAt": WHEN, "endedAt": WHEN},
            "title": "t",
        },
        "patient": {"identifier": "p", "name": "n", "gender": "other", "birthDate": WHEN, "pronouns": "they"},
    },
]

MALFORMED: list[tuple[str, dict[str, str], Any, str]] = [
    ("unknown status", {}, {"encounter": {"status": "done"}}, INTERACTION_ID),
    ("non-uuid assignedUserId", {}, {"assignedUserId": "nope"}, INTERACTION_ID),
    ("patient without identifier", {}, {"patient": {"name": "x"}}, INTERACTION_ID),
    ("date without time", {}, {"encounter": {"period": {"startedAt": "2026-11-25"}}}, INTERACTION_ID),
    ("null status", {}, {"encounter": {"status": None}}, INTERACTION_ID),
    ("missing Tenant-Name", {"Tenant-Name": ""}, {}, INTERACTION_ID),
    ("non-uuid id", {}, {}, "not-a-uuid"),
]


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


def send_all(base_url: str, token: str, interaction_id: str) -> list[str]:
    """Each update's outcome: "200", or the status with Prism's reasons (`sl-violations`)."""
    outcomes = []
    with CortiClient(base_url=base_url, tenant_name="copiloteu", token=token, max_retries=0) as client:
        for update in UPDATES:
            try:
                raw = client.interactions.with_raw_response.update(interaction_id, **update)
                outcomes.append(str(raw.status_code))
            except APIStatusError as exc:
                why = exc.response.headers.get("sl-violations", "")
                outcomes.append(f"{exc.status_code} for {update}: {why}")
    return outcomes


def test_prism_accepts_every_request_the_client_sends(prism: str, record: Recorder) -> None:
    outcomes = send_all(prism, "any-token", INTERACTION_ID)
    assert outcomes == ["200"] * len(UPDATES)
    record("Contract (Prism)", "client update requests accepted by Prism", len(UPDATES), "all accepted")


ENCOUNTER = {"identifier": "enc-1", "status": "planned", "type": "first_consultation"}
# (method, positional arguments, keyword arguments) for the other operations.
OTHER_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("list", (), {}),
    ("list", (), {"page_size": 1, "index": 3}),
    ("list", (), {"encounter_status": ["planned", "completed"], "patient": "P-1"}),
    *(("list", (), {"sort": value, "direction": "asc"}) for value in SCHEMAS["InteractionsListRequestSort"]["enum"]),
    ("list", (), {"direction": "desc"}),
    ("create", (), {"encounter": ENCOUNTER}),
    ("create", (), {"encounter": ENCOUNTER, "assigned_user_id": None}),
    ("create", (), {"encounter": {**ENCOUNTER, "period": {"startedAt": WHEN}, "title": None},
                    "assigned_user_id": "8d5d0b38-bd4e-4a41-9b0c-2c6a4d3f7e10",
                    "patient": {"identifier": "P-1", "name": "Søren", "gender": "other"}}),
    ("get", (INTERACTION_ID,), {}),
    ("delete", (INTERACTION_ID,), {}),
]  # fmt: skip


def send_other_calls(base_url: str, token: str, interaction_id: str) -> list[str]:
    """Each list/create/get/delete call's outcome: its status, or the status with Prism's reasons."""
    outcomes = []
    with CortiClient(base_url=base_url, tenant_name="copiloteu", token=token, max_retries=0) as client:
        for method, args, kwargs in OTHER_CALLS:
            positional = tuple(interaction_id if a == INTERACTION_ID else a for a in args)
            try:
                raw = getattr(client.interactions.with_raw_response, method)(*positional, **kwargs)
                raw.parse()  # the answer conforms to the operation's model too
                outcomes.append(f"{method} {raw.status_code}")
            except APIStatusError as exc:
                why = exc.response.headers.get("sl-violations", "")
                outcomes.append(f"{method} {exc.status_code} for {kwargs}: {why}")
    return outcomes


EXPECTED_OTHER = [f"{m} {dict(list=200, create=201, get=200, delete=204)[m]}" for m, _, _ in OTHER_CALLS]


def test_prism_accepts_every_operation_the_client_calls(prism: str, record: Recorder) -> None:
    assert send_other_calls(prism, "any-token", INTERACTION_ID) == EXPECTED_OTHER
    record(
        "Contract (Prism)",
        "client list/create/get/delete calls accepted by Prism",
        len(OTHER_CALLS),
        "all accepted",
    )


def test_the_fake_answers_every_operation_the_client_calls(fake: FakeCorti, record: Recorder) -> None:
    stored = fake.add_interaction()
    assert send_other_calls(fake.base_url, fake.issue_token(), stored["id"]) == EXPECTED_OTHER
    record(
        "Contract (fake)",
        "the same list/create/get/delete calls answered by the fake",
        len(OTHER_CALLS),
        "all answered",
    )


UNNAMED_FIELDS: list[dict[str, Any]] = [
    {"assigned_user_id": None},
    {"encounter": {"Status": "completed"}},
    {"patient": {"identifier": "p", "nam": "x"}},
]


@pytest.mark.parametrize("body", UNNAMED_FIELDS)
def test_prism_rejects_fields_the_spec_does_not_name(prism: str, body: dict[str, Any]) -> None:
    """The closed copy is what makes a misspelt field visible to the oracle."""
    headers = {"Authorization": "Bearer t", "Tenant-Name": "copiloteu"}
    response = httpx.patch(f"{prism}/interactions/{INTERACTION_ID}", json=body, headers=headers)
    assert response.status_code in (400, 422)
    assert "additional" in response.headers.get("sl-violations", "").lower()


@pytest.mark.parametrize(("label", "headers", "body", "path_id"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_prism_rejects_malformed_requests(
    prism: str, label: str, headers: dict[str, str], body: Any, path_id: str
) -> None:
    sent_headers = {"Authorization": "Bearer t", "Tenant-Name": "copiloteu", **headers}
    sent_headers = {k: v for k, v in sent_headers.items() if v}
    response = httpx.patch(f"{prism}/interactions/{path_id}", json=body, headers=sent_headers)
    assert response.status_code in (400, 422), label


def test_prism_rejection_count(prism: str, record: Recorder) -> None:
    record(
        "Contract (Prism)",
        "malformed raw requests rejected by Prism (oracle awake)",
        len(MALFORMED),
        "all rejected",
    )
    record(
        "Contract (Prism)",
        "misspelt or unknown fields rejected by Prism (request schemas closed)",
        len(UNNAMED_FIELDS),
        "all rejected",
    )


def test_the_fake_accepts_the_same_requests(fake: FakeCorti, record: Recorder) -> None:
    stored = fake.add_interaction()
    outcomes = send_all(fake.base_url, fake.issue_token(), stored["id"])
    assert outcomes == ["200"] * len(UPDATES)
    record("Contract (fake)", "client requests accepted by the fake", len(UPDATES), "all accepted")


@pytest.mark.parametrize(("label", "headers", "body", "path_id"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_the_fake_rejects_what_prism_rejects(
    fake: FakeCorti, label: str, headers: dict[str, str], body: Any, path_id: str
) -> None:
    stored = fake.add_interaction()
    target = stored["id"] if path_id == INTERACTION_ID else path_id
    sent_headers = {
        "Authorization": f"Bearer {fake.issue_token()}",
        "Tenant-Name": fake.tenant_name,
        **headers,
    }
    sent_headers = {k: v for k, v in sent_headers.items() if v}
    response = httpx.patch(f"{fake.base_url}/interactions/{target}", json=body, headers=sent_headers)
    assert 400 <= response.status_code < 500, label
