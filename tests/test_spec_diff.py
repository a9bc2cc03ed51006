"""The breaking-change gate: each rule on a mutated copy of the real spec."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from spec_diff import bump_allows_breaking, diff_specs  # noqa: E402

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "interactions.yaml").read_text())
Mutation = Callable[[dict[str, Any]], None]


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def props(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return schemas(spec)[name]["properties"]  # type: ignore[no-any-return]


MUTATIONS: list[tuple[str, Mutation, bool, str]] = [
    ("remove operation", lambda s: s["paths"].clear(), True, "PATCH /interactions/{id}: operation removed"),
    (
        "remove request field",
        lambda s: props(s, "InteractionsPatient").pop("pronouns"),
        True,
        "InteractionsPatient.pronouns: field removed",
    ),
    (
        "remove response field",
        lambda s: props(s, "InteractionsGetResponse").pop("websocketUrl"),
        True,
        "InteractionsGetResponse.websocketUrl: field removed",
    ),
    (
        "request field made required",
        lambda s: (
            schemas(s)["InteractionsEncounterUpdateRequest"].setdefault("required", []).append("status")
        ),
        True,
        "InteractionsEncounterUpdateRequest.status: made required",
    ),
    (
        "response field made optional",
        lambda s: schemas(s)["InteractionsGetResponse"]["required"].remove("websocketUrl"),
        True,
        "InteractionsGetResponse.websocketUrl: made optional",
    ),
    (
        "response field made nullable",
        lambda s: props(s, "InteractionsGetResponse")["updatedAt"].update(type=["string", "null"]),
        True,
        "InteractionsGetResponse.updatedAt: made nullable",
    ),
    (
        "enum value removed",
        lambda s: schemas(s)["InteractionsGenderEnum"]["enum"].remove("other"),
        True,
        "InteractionsGenderEnum: enum value 'other' removed",
    ),
    (
        "type changed",
        lambda s: props(s, "InteractionsPatient")["identifier"].update(type="integer"),
        True,
        "InteractionsPatient.identifier: type changed",
    ),
    (
        "format changed",
        lambda s: props(s, "InteractionsGetResponse")["createdAt"].update(format="date"),
        True,
        "InteractionsGetResponse.createdAt: type changed",
    ),
    (
        "request field no longer nullable",
        lambda s: props(s, "InteractionsPatient")["name"].update(type="string"),
        True,
        "InteractionsPatient.name: no longer nullable",
    ),
    (
        "required parameter added",
        lambda s: s["paths"]["/interactions/{id}"]["patch"]["parameters"].append(
            {"name": "X-Req", "in": "header", "required": True, "schema": {"type": "string"}}
        ),
        True,
        "header:X-Req: parameter added (required)",
    ),
    (
        "response status removed",
        lambda s: s["paths"]["/interactions/{id}"]["patch"]["responses"].pop("404"),
        True,
        "PATCH /interactions/{id} 404: response removed",
    ),
    (
        "enum value added",
        lambda s: schemas(s)["InteractionsEncounterStatusEnum"]["enum"].append("triaged"),
        False,
        "InteractionsEncounterStatusEnum: enum value 'triaged' added",
    ),
    (
        "optional request field added",
        lambda s: props(s, "InteractionsPatient").update(email={"type": "string"}),
        False,
        "InteractionsPatient.email: field added",
    ),
    (
        "response field added",
        lambda s: props(s, "InteractionsGetResponse").update(language={"type": "string"}),
        False,
        "InteractionsGetResponse.language: field added",
    ),
    (
        "request field made nullable",
        lambda s: props(s, "InteractionsEncounterUpdateRequest")["identifier"].update(
            type=["string", "null"]
        ),
        False,
        "InteractionsEncounterUpdateRequest.identifier: made nullable",
    ),
    (
        "response $ref made nullable (anyOf with null)",
        lambda s: props(s, "InteractionsGetResponse").update(
            patient={
                "anyOf": [{"$ref": "#/components/schemas/InteractionsPatientResponse"}, {"type": "null"}]
            }
        ),
        True,
        "InteractionsGetResponse.patient: made nullable",
    ),
    (
        "request $ref made nullable (anyOf with null)",
        lambda s: props(s, "InteractionsUpdateRequest").update(
            patient={"anyOf": [{"$ref": "#/components/schemas/InteractionsPatient"}, {"type": "null"}]}
        ),
        False,
        "InteractionsUpdateRequest.patient: made nullable",
    ),
    (
        "description edited",
        lambda s: props(s, "InteractionsPatient")["name"].update(description="Full name."),
        False,
        "",
    ),
]


@pytest.mark.parametrize(
    ("label", "mutate", "breaking", "expected"), MUTATIONS, ids=[m[0] for m in MUTATIONS]
)
def test_each_rule(label: str, mutate: Mutation, breaking: bool, expected: str) -> None:
    new = copy.deepcopy(SPEC)
    mutate(new)
    changes = diff_specs(SPEC, new)
    if not expected:
        assert changes == []
        return
    matching = [c for c in changes if expected in str(c)]
    assert matching, [str(c) for c in changes]
    assert matching[0].breaking is breaking
    assert any(c.breaking for c in changes) is breaking


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(SPEC, copy.deepcopy(SPEC)) == []


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [((0, 1, 0), (0, 2, 0), True), ((0, 1, 0), (0, 1, 1), False), ((0, 1, 0), (1, 0, 0), True),
     ((1, 2, 3), (1, 3, 0), False), ((1, 2, 3), (2, 0, 0), True)],
)  # fmt: skip
def test_version_bump_rule(old: tuple[int, ...], new: tuple[int, ...], allowed: bool) -> None:
    assert bump_allows_breaking(old, new) is allowed


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_make_spec_diff_fails_on_a_removed_enum_value_unless_the_version_is_raised(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "openapi").mkdir(parents=True)
    spec_text = (ROOT / "openapi" / "interactions.yaml").read_text()
    (repo / "openapi" / "interactions.yaml").write_text(spec_text)
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.1.0"\n')
    git(repo, "init", "-q")
    git(repo, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", "base", "--allow-empty")
    git(repo, "add", ".")
    git(repo, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "spec")
    (repo / "openapi" / "interactions.yaml").write_text(
        spec_text.replace("enum: [male, female, unknown, other]", "enum: [male, female, unknown]")
    )
    run = [sys.executable, str(ROOT / "tools" / "spec_diff.py"), "HEAD"]
    done = subprocess.run(run, cwd=repo, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "BREAKING  InteractionsGenderEnum: enum value 'other' removed" in done.stdout
    assert "raise the major version" in done.stderr
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.2.0"\n')
    assert subprocess.run(run, cwd=repo, capture_output=True, check=False).returncode == 0
