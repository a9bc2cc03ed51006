"""`make review`: the pull request summary of a spec change, on fixture specs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from .release_repo import BASE_SPEC, ROOT, MiniRepo, run_tool

Spec = dict[str, Any]


def add_optional_field(s: Spec) -> None:
    s["components"]["schemas"]["Patient"]["properties"]["email"] = {"type": "string"}


def remove_enum_value(s: Spec) -> None:
    s["components"]["schemas"]["EncounterStatusEnum"]["enum"].remove("planned")


def add_operation(s: Spec) -> None:
    one = s["paths"]["/interactions/{interactionId}"]
    one["put"] = {**one["patch"], "operationId": "replaceInteraction"}


@pytest.fixture
def repo(tmp_path: Path) -> MiniRepo:
    repo = MiniRepo(tmp_path / "repo")
    repo.write("generated/corti_interactions_api/models/patient.py", "class Patient:\n    name: str\n")
    repo.commit("0.1.0")
    repo.git("tag", "v0.1.0")
    return repo


def change(repo: MiniRepo, mutate: Callable[[Spec], None], api_line: str, version: str) -> str:
    spec = yaml.safe_load(BASE_SPEC)
    mutate(spec)
    repo.write("openapi/interactions.yaml", yaml.safe_dump(spec, sort_keys=False))
    repo.write("generated/API.md", repo.read("generated/API.md") + api_line + "\n")
    repo.set_version(version, changelog=True)
    repo.commit()
    done = run_tool("review", repo.path, "v0.1.0")
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("mutate", "verdict", "row", "bump", "version", "present"),
    [
        (add_optional_field, "0 breaking, 1 compatible.", "| compatible | `Patient.email` | field added |", "patch", "0.1.1", True),
        (add_optional_field, "0 breaking, 1 compatible.", "| compatible | `Patient.email` | field added |", "patch", "0.1.0", False),
        (remove_enum_value, "1 breaking, 0 compatible.", "| **breaking** | `EncounterStatusEnum` | enum value 'planned' removed |", "minor", "0.1.1", False),
        (remove_enum_value, "1 breaking, 0 compatible.", "| **breaking** | `EncounterStatusEnum` | enum value 'planned' removed |", "minor", "0.2.0", True),
        (add_operation, "0 breaking, 1 compatible.", "| compatible | `PUT /interactions/{interactionId}` | operation added |", "patch", "0.1.1", True),
    ],
    ids=["optional field, bumped", "optional field, not bumped", "enum value removed, patch only", "enum value removed, minor", "new operation"],
)  # fmt: skip
def test_review_classifies_the_change_and_judges_the_bump(
    repo: MiniRepo,
    mutate: Callable[[Spec], None],
    verdict: str,
    row: str,
    bump: str,
    version: str,
    present: bool,
) -> None:
    out = change(repo, mutate, "- a new line for the reviewer", version)
    assert out.startswith("## Review against `v0.1.0`")
    assert verdict in out
    assert row in out
    went = f"`0.1.0` -> `{version}`"
    expected = "present." if present else "**missing**: raise it in pyproject.toml."
    assert f"Required: a **{bump}** bump. Version: {went}, {expected}" in out
    assert "| `generated/API.md` | 1 | 0 |" in out  # generated/ files with line counts
    assert "patient.py" not in out  # an unchanged file is not listed
    assert "```diff\n--- a/generated/API.md\n+++ b/generated/API.md\n" in out
    assert "\n+- a new line for the reviewer\n" in out


def test_review_of_no_change_says_so(repo: MiniRepo) -> None:
    done = run_tool("review", repo.path, "v0.1.0")
    assert done.returncode == 0, done.stderr
    assert "No spec changes since `v0.1.0`." in done.stdout
    assert "No bump required by the spec." in done.stdout
    assert "No file of `generated/` changed." in done.stdout
    assert "`generated/API.md` is unchanged." in done.stdout


def test_review_of_an_unknown_base_is_a_message(repo: MiniRepo) -> None:
    done = run_tool("review", repo.path, "v9.9.9")
    assert done.returncode == 1
    assert done.stderr.startswith("review: git show v9.9.9:openapi/interactions.yaml failed")
    assert "Traceback" not in done.stderr


def test_make_review_runs_on_this_repository() -> None:
    done = run_tool("review", ROOT, "HEAD")
    assert done.returncode == 0, done.stderr
    assert "### Spec changes" in done.stdout
