"""The command line for every operation: commands and flags derived from the spec."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from corti_interactions.testing import FakeCorti
from corti_interactions_api.client import OPERATIONS

from .test_cli import cli

CREATE = [
    "--encounter-identifier",
    "E-1",
    "--encounter-status",
    "planned",
    "--encounter-type",
    "consultation",
]


@pytest.fixture
def fake() -> Any:
    with FakeCorti() as server:
        yield server


def test_every_operation_of_the_spec_is_a_command() -> None:
    for tag, methods in OPERATIONS.items():
        for method, operation in methods.items():
            done = cli(*tag.split("."), method, "--help")  # documents.classic: `documents classic`
            assert done.returncode == 0, done.stderr
            assert operation.summary in done.stdout
            for param in operation.path_params:
                assert param.name.upper() in done.stdout


def test_create_get_delete_round_trip(fake: FakeCorti, env: dict[str, str]) -> None:
    done = cli(
        "interactions", "create", *CREATE, "--patient-identifier", "P-1", "--clear-assigned-user-id", env=env
    )
    assert done.returncode == 0, done.stderr
    created = json.loads(done.stdout)
    stored = fake.interactions[created["interactionId"]]
    assert stored["encounter"] == {
        "identifier": "E-1", "status": "planned", "type": "consultation",
        "period": {"startedAt": stored["createdAt"]}, "title": None,
    }  # fmt: skip
    assert fake.requests[-1].body == {
        "assignedUserId": None,
        "encounter": {"identifier": "E-1", "status": "planned", "type": "consultation"},
        "patient": {"identifier": "P-1"},
    }
    got = cli("interactions", "get", created["interactionId"], "--format", "table", env=env)
    assert got.returncode == 0, got.stderr
    assert f"id                          {created['interactionId']}" in got.stdout
    deleted = cli("interactions", "delete", created["interactionId"], env=env)
    assert (deleted.returncode, deleted.stdout) == (0, "")
    assert created["interactionId"] not in fake.interactions
    gone = cli("interactions", "get", created["interactionId"], env=env)
    assert gone.returncode == 3
    assert "404 Not Found" in gone.stderr


def test_create_names_the_missing_required_fields(env: dict[str, str]) -> None:
    done = cli("interactions", "create", "--encounter-identifier", "E-1", env=env)
    assert done.returncode == 2
    assert "--encounter-status: encounter.status is required when encounter is given" in done.stderr


def test_list_all_pages_as_json_lines(fake: FakeCorti, env: dict[str, str]) -> None:
    ids = {fake.add_interaction(encounter={"status": "completed"})["id"] for _ in range(7)}
    fake.add_interaction(encounter={"status": "planned"})
    before = len(fake.requests)
    done = cli("interactions", "list", "--encounter-status", "completed", "--page-size", "3", "--all",
               "--format", "jsonl", env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {json.loads(line)["id"] for line in done.stdout.splitlines()} == ids
    listed = [r for r in fake.requests[before:] if r.method == "GET"]
    assert len(listed) == 3  # 3 + 3 + 1: the short page ends the walk


def test_list_first_page_only_without_all(fake: FakeCorti, env: dict[str, str]) -> None:
    for _ in range(4):
        fake.add_interaction()
    done = cli("interactions", "list", "--page-size", "2", env=env)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["interactions"]) == 2
    table = cli("interactions", "list", "--page-size", "2", "--format", "table", env=env)
    header, *rows = table.stdout.splitlines()
    assert header.split()[:2] == ["id", "assignedUserId"]
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--page-size", "0"], "--page-size: page_size must be at least 1; got 0"),
        (["--page-size", "x"], "argument --page-size: invalid int value: 'x'"),
        (["--sort", "name"], "argument --sort: invalid choice: 'name'"),
        (["--encounter-status", "finished"], "argument --encounter-status: invalid choice: 'finished'"),
    ],
)
def test_list_refuses_bad_query_values_naming_the_flag(
    fake: FakeCorti, env: dict[str, str], args: list[str], message: str
) -> None:
    before = len(fake.requests)
    done = cli("interactions", "list", *args, env=env)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(fake.requests) == before  # nothing sent


def test_dry_run_of_a_get_shows_no_body_and_sends_nothing(fake: FakeCorti) -> None:
    done = cli("interactions", "list", "--encounter-status", "planned", "--encounter-status", "on-hold",
               "--dry-run", env={"CORTI_BASE_URL": fake.base_url, "CORTI_TENANT_NAME": "t"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first == (
        f"GET {fake.base_url}/interactions/?pageSize=10&index=1&encounterStatus=planned&encounterStatus=on-hold"
    ) or first.startswith(
        f"GET {fake.base_url}/interactions/?encounterStatus=planned&encounterStatus=on-hold"
    )
    assert "content-type" not in done.stdout.lower()
    assert fake.requests == []


def test_legacy_update_command_keeps_its_flags(fake: FakeCorti, env: dict[str, str]) -> None:
    stored = fake.add_interaction(encounter={"title": "x"})
    done = cli("update", stored["id"], "--started-at", "2026-11-25T09:00:00Z", "--clear-title", "--unassign",
               env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert fake.requests[-1].body == {
        "assignedUserId": None,
        "encounter": {"period": {"startedAt": "2026-11-25T09:00:00+00:00"}, "title": None},
    }


def test_short_and_full_flags_are_the_same_field(fake: FakeCorti, env: dict[str, str]) -> None:
    stored = fake.add_interaction()
    full = cli("interactions", "update", stored["id"], "--encounter-period-started-at", "2026-11-25T09:00:00Z",
               "--patient-identifier", "P", "--patient-gender", "other", env=env)  # fmt: skip
    short = cli("interactions", "update", stored["id"], "--started-at", "2026-11-25T09:00:00Z",
                "--patient-identifier", "P", "--gender", "other", env=env)  # fmt: skip
    assert full.returncode == short.returncode == 0, full.stderr + short.stderr
    patches = [r.body for r in fake.requests if r.method == "PATCH"]
    assert patches == [patches[0]] * 2
    assert patches[0] == {
        "encounter": {"period": {"startedAt": "2026-11-25T09:00:00+00:00"}},
        "patient": {"identifier": "P", "gender": "other"},
    }


def test_an_error_names_the_flag_as_the_user_spelled_it(env: dict[str, str]) -> None:
    stored_id = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    short = cli("interactions", "update", stored_id, "--started-at", "yesterday", env=env)
    full = cli("interactions", "update", stored_id, "--encounter-period-started-at", "yesterday", env=env)
    assert short.stderr.startswith(
        "corti-interactions: error: --started-at: encounter.period.startedAt must be"
    )
    assert full.stderr.startswith(
        "corti-interactions: error: --encounter-period-started-at: encounter.period.startedAt must be"
    )


def test_a_reader_that_goes_away_is_not_a_traceback(fake: FakeCorti, env: dict[str, str]) -> None:
    """`... | head -1`: the reader closes the pipe after one line."""
    for _ in range(300):
        fake.add_interaction()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CORTI_")}
    args = ["interactions", "list", "--all", "--page-size", "100", "--format", "jsonl"]
    with subprocess.Popen(
        [sys.executable, "-m", "corti_interactions", *args],
        env={**clean, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as process:  # fmt: skip
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().startswith("{")
        process.stdout.close()
        stderr = process.stderr.read()
        code = process.wait(timeout=60)
    assert "Traceback" not in stderr
    assert code == 141
