"""`make demo`: real updates through the command line against a local fake Corti.

Starts the fake service on loopback, runs the `corti-interactions` command line as a
subprocess for several updates (status, period, patient, unassign, a dry run, a rejected
input), prints each command with its output, checks each exit code, and stops the service.

With `CORTI_INTERACTION_ID` set (and `CORTI_TENANT_NAME`, `CORTI_ENVIRONMENT` or
`CORTI_BASE_URL`, and credentials), it runs the same steps against that service instead.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

CLI = [sys.executable, "-m", "corti_interactions"]


@contextmanager
def service() -> Iterator[tuple[dict[str, str], str]]:
    """The environment for the CLI and the interaction to update."""
    real_id = os.environ.get("CORTI_INTERACTION_ID")
    if real_id:
        print(f"Using the service from CORTI_* variables; interaction {real_id}\n")
        yield dict(os.environ), real_id
        return
    from corti_interactions.testing import FakeCorti

    with FakeCorti() as fake:
        interaction = fake.add_interaction()
        print(f"Fake Corti service at {fake.base_url} (tenant {fake.tenant_name})")
        print(f"Seeded interaction {interaction['id']}\n")
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("CORTI_")},
            "CORTI_BASE_URL": fake.base_url,
            "CORTI_TENANT_NAME": fake.tenant_name,
            "CORTI_CLIENT_ID": fake.client_id,
            "CORTI_CLIENT_SECRET": fake.client_secret,
        }
        yield env, str(interaction["id"])
    print("Fake service stopped.")


def run(title: str, args: list[str], env: dict[str, str], expect: int) -> str:
    print(f"== {title}")
    print("$ corti-interactions " + shlex.join(args))
    done = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=60, check=False)
    output = (done.stdout + done.stderr).rstrip()
    print(output)
    print(f"(exit {done.returncode})\n")
    if done.returncode != expect:
        raise SystemExit(f"demo: expected exit {expect} from: {shlex.join(args)}")
    return done.stdout


def main() -> int:
    with service() as (env, interaction_id):
        run(
            "Change the encounter's status",
            ["update", interaction_id, "--encounter-status", "in-progress"],
            env,
            0,
        )
        run(
            "Set the encounter's period (table output)",
            ["update", interaction_id, "--started-at", "2026-11-25T09:00:00Z",
             "--ended-at", "2026-11-25T09:30:00Z", "--format", "table"],
            env, 0,
        )  # fmt: skip
        run(
            "Set patient fields",
            ["update", interaction_id, "--patient-identifier", "P-1001", "--patient-name", "Demo Patient",
             "--gender", "female", "--birth-date", "1984-03-01T00:00:00Z", "--pronouns", "she/her"],
            env, 0,
        )  # fmt: skip
        before = json.loads(run("Current state (an empty update)", ["update", interaction_id], env, 0))
        after = json.loads(
            run("Unassign: the service assigns a new user", ["update", interaction_id, "--unassign"], env, 0)
        )
        print(f"assignedUserId: {before['assignedUserId']} -> {after['assignedUserId']}\n")
        if before["assignedUserId"] == after["assignedUserId"]:
            raise SystemExit("demo: the service did not assign a new user id")
        run(
            "Dry run: the exact request, nothing sent",
            ["update", interaction_id, "--encounter-status", "completed", "--clear-title", "--dry-run"],
            env, 0,
        )  # fmt: skip
        run(
            "Rejected input: an unknown status",
            ["update", interaction_id, "--encounter-status", "finished"],
            env,
            2,
        )
        run("Rejected input: not a UUID", ["update", "../etc", "--encounter-status", "completed"], env, 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
