"""The command line, run as a subprocess against the fake service."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from corti_interactions import __version__
from corti_interactions.testing import FakeCorti


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


def cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CORTI_")}
    return subprocess.run(
        [sys.executable, "-m", "corti_interactions", *args],
        env={**clean, **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    done = cli("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"corti-interactions {__version__}")


def test_update_prints_the_interaction_as_json(fake: FakeCorti, env: dict[str, str]) -> None:
    stored = fake.add_interaction()
    done = cli(
        "update", stored["id"], "--encounter-status", "completed", "--title", "Visit",
        "--patient-identifier", "P1", "--patient-name", "Someone", "--gender", "unknown",
        env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["encounter"]["status"] == "completed"
    assert data["encounter"]["title"] == "Visit"
    assert fake.interactions[stored["id"]]["patient"]["name"] == "Someone"


def test_clear_flags_and_unassign_send_nulls(fake: FakeCorti, env: dict[str, str]) -> None:
    stored = fake.add_interaction(encounter={"title": "x"})
    done = cli("update", stored["id"], "--clear-title", "--unassign", env=env)
    assert done.returncode == 0, done.stderr
    state = fake.interactions[stored["id"]]
    assert state["encounter"]["title"] is None
    assert state["assignedUserId"] != stored["assignedUserId"]
    assert fake.requests[-1].body == {"assignedUserId": None, "encounter": {"title": None}}


def test_body_from_argument_file_and_stdin(fake: FakeCorti, env: dict[str, str], tmp_path: Path) -> None:
    stored = fake.add_interaction()
    assert (
        cli("update", stored["id"], "--body", '{"encounter": {"status": "on-hold"}}', env=env).returncode == 0
    )
    assert fake.interactions[stored["id"]]["encounter"]["status"] == "on-hold"
    path = tmp_path / "body.json"
    path.write_text('{"encounter": {"type": "emergency"}}')
    assert cli("update", stored["id"], "--body", f"@{path}", env=env).returncode == 0
    assert fake.interactions[stored["id"]]["encounter"]["type"] == "emergency"
    done = cli(
        "update",
        stored["id"],
        "--body",
        "-",
        "--encounter-status",
        "cancelled",
        env=env,
        stdin='{"encounter": {"status": "planned", "title": "merged"}}',
    )
    assert done.returncode == 0, done.stderr
    assert fake.interactions[stored["id"]]["encounter"]["status"] == "cancelled"  # flags win
    assert fake.interactions[stored["id"]]["encounter"]["title"] == "merged"


def test_table_format(fake: FakeCorti, env: dict[str, str]) -> None:
    stored = fake.add_interaction()
    done = cli("update", stored["id"], "--format", "table", env=env)
    assert done.returncode == 0
    assert any(line.split() == ["encounter.status", "planned"] for line in done.stdout.splitlines())


def test_dry_run_prints_the_request_and_sends_nothing(fake: FakeCorti, env: dict[str, str]) -> None:
    stored = fake.add_interaction()
    before = len(fake.requests)
    done = cli("update", stored["id"], "--encounter-status", "completed", "--dry-run", env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"PATCH {fake.base_url}/interactions/{stored['id']}"
    assert "tenant-name: copiloteu" in lines
    assert "authorization: Bearer ***" in lines
    assert json.loads(done.stdout[done.stdout.index("{") :]) == {"encounter": {"status": "completed"}}
    assert fake.client_secret not in done.stdout
    assert len(fake.requests) == before


def test_dry_run_needs_no_credentials() -> None:
    done = cli("update", "3c90c3cc-0d44-4b50-8888-8dd25736052a", "--tenant-name", "t", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("PATCH https://api.eu.corti.app/v2/interactions/")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--encounter-status", "finished"], "invalid choice: 'finished' (choose from 'cancelled'"),
        (["--gender", "x"], "argument --patient-gender/--gender: invalid choice"),
        (["--body", "{bad"], "--body: --body is not valid JSON"),
        (["--body", "[1]"], "--body must be a JSON object"),
        (["--body", '{"ssn": 1}'], "--body has no field 'ssn'; allowed: assignedUserId, encounter, patient"),
        (["--body", "@/nonexistent/x.json"], "--body: cannot read"),
        (["--title", "x", "--clear-title"], "--title and --clear-title contradict each other"),
        (
            ["--started-at", "yesterday"],
            "--started-at: encounter.period.startedAt must be an ISO 8601 date-time",
        ),
        (["--patient-name", "x"], "--patient-identifier: patient.identifier is required"),
        (["--assigned-user-id", "nope"], "--assigned-user-id: assigned_user_id must be a UUID"),
        (
            ["--body", '{"patient": {"identifier": "p", "gender": null}}'],
            "--body: patient.gender cannot be null",
        ),
        (["--body", '{"encounter": 5}'], "--body: encounter must be a mapping"),
        (
            ["--body", '{"encounter": 5}', "--title", "x"],
            "--body: encounter is not an object, so --encounter-title cannot set encounter.title in it",
        ),
        (["--timeout", "inf"], "argument --timeout: must be a number of seconds above 0; got 'inf'"),
        (["--timeout", "-1"], "argument --timeout: must be a number of seconds above 0"),
        (["--timeout", "nan"], "argument --timeout: must be a number of seconds above 0"),
        (["--environment", "eu.evil.com"], "environment must be one DNS label"),
    ],
)
def test_bad_input_exits_2_naming_the_problem(env: dict[str, str], args: list[str], message: str) -> None:
    env = {k: v for k, v in env.items() if k != "CORTI_BASE_URL"} if "--environment" in args else env
    done = cli("update", "3c90c3cc-0d44-4b50-8888-8dd25736052a", *args, env=env)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_id_exits_2() -> None:
    done = cli("update", "../x", "--tenant-name", "t", "--dry-run")
    assert done.returncode == 2
    assert "interaction_id must be a UUID" in done.stderr


def test_missing_credentials_exit_2_naming_the_variables() -> None:
    done = cli("update", "3c90c3cc-0d44-4b50-8888-8dd25736052a", "--tenant-name", "t")
    assert done.returncode == 2
    assert "CORTI_CLIENT_ID" in done.stderr


def test_service_error_exits_3_with_status_detail_and_request_id(env: dict[str, str]) -> None:
    done = cli("update", "00000000-0000-4000-8000-000000000000", env=env)
    assert done.returncode == 3
    assert "404 Not Found: Interaction not found (request id " in done.stderr
    assert "Traceback" not in done.stderr


def test_unreachable_exits_4() -> None:
    done = cli(
        "update", "3c90c3cc-0d44-4b50-8888-8dd25736052a", "--base-url", "http://127.0.0.1:9/v2",
        "--tenant-name", "t", "--max-retries", "0", env={"CORTI_TOKEN": "x"},
    )  # fmt: skip
    assert done.returncode == 4
    assert "could not reach the service" in done.stderr
    assert "Traceback" not in done.stderr


def test_fake_server_command_runs_in_the_foreground_and_stops_cleanly() -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CORTI_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "corti_interactions", "fake-server", "--seed", "demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean,
    )
    try:
        assert process.stdout is not None
        lines = list(iter(process.stdout.readline, "Ctrl-C stops it.\n"))
        base_url = lines[0].split()[-1]
        ids = [line.split()[-1] for line in lines if line.startswith("interaction:")]
        assert len(ids) == 3
        done = cli("update", ids[0], "--encounter-status", "completed", env={
            "CORTI_BASE_URL": base_url, "CORTI_TENANT_NAME": lines[1].split()[-1],
            "CORTI_CLIENT_ID": lines[2].split()[-1], "CORTI_CLIENT_SECRET": lines[3].split()[-1],
        })  # fmt: skip
        assert done.returncode == 0, done.stderr
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def test_deeply_nested_body_exits_2(env: dict[str, str]) -> None:
    done = cli(
        "update",
        "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "--body",
        "-",
        env=env,
        stdin="[" * 100_000 + "]" * 100_000,
    )
    assert (done.returncode, done.stderr) == (
        2,
        "corti-interactions: error: --body: standard input is nested too deeply\n",
    )


@pytest.mark.parametrize(
    ("port", "message"),
    [
        ("99999", "argument --port: must be a port number from 0 to 65535"),
        ("²", "argument --port: must be a port number from 0 to 65535"),
        ("busy", "the fake service could not start"),
    ],
)
def test_fake_server_bad_port_exits_2(port: str, message: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        done = cli("fake-server", "--port", str(taken.getsockname()[1]) if port == "busy" else port)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_ctrl_c_during_a_call_exits_130_without_a_traceback(fake: FakeCorti, env: dict[str, str]) -> None:
    stored = fake.add_interaction()
    fake.inject("delay", delay=5)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CORTI_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "corti_interactions", "update", stored["id"], "--encounter-status", "on-hold"],
        env={**clean, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 20
    while fake.attempts(stored["id"]) == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=20)
    assert process.returncode == 130
    assert "interrupted; the request may or may not have been applied" in err
    assert "Traceback" not in err
