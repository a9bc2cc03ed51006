"""Smoke test run by `make release` inside a fresh venv holding only the built wheel.

Imports both packages, takes an interaction through create, update, list and delete
against the fake service, and checks the command line's `--version` and one generated
command; exits non-zero on any failure.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import corti_interactions
import corti_interactions_api
from corti_interactions import CortiClient
from corti_interactions.testing import FakeCorti


def main() -> int:
    """Run the checks; print what was checked."""
    expected = version("corti-interactions")
    assert corti_interactions.__version__ == expected, corti_interactions.__version__
    for module in (corti_interactions, corti_interactions_api):
        assert Path(module.__file__ or "").is_relative_to(sys.prefix), f"{module.__name__} not from the venv"
    with FakeCorti() as fake:
        with CortiClient(
            base_url=fake.base_url,
            tenant_name=fake.tenant_name,
            client_id=fake.client_id,
            client_secret=fake.client_secret,
        ) as client:
            created = client.interactions.create(
                encounter={"identifier": "e", "status": "planned", "type": "consultation"}
            )
            result = client.interactions.update(created.interaction_id, encounter={"status": "completed"})
            listed = [i.id for i in client.interactions.list(encounter_status=["completed"])]
            client.interactions.delete(created.interaction_id)
        assert result.encounter.status == "completed", result.encounter.status
        assert listed == [created.interaction_id], listed
        assert str(created.interaction_id) not in fake.interactions
    cli = Path(sys.executable).with_name("corti-interactions")
    out = subprocess.run([str(cli), "--version"], check=True, capture_output=True, text=True).stdout.strip()
    assert out == f"corti-interactions {expected}", out
    help_text = subprocess.run(
        [str(cli), "interactions", "list", "--help"], check=True, capture_output=True, text=True
    ).stdout
    assert "--encounter-status" in help_text, help_text
    print(
        f"release smoke test passed: corti-interactions {expected}, the resource's life against the fake, CLI"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
