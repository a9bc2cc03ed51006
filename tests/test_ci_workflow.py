"""The CI workflow: what it runs when, and that `make lint`'s schema check catches a broken one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
CHECK = [
    str(Path(sys.executable).with_name("check-jsonschema")),
    "--builtin-schema",
    "vendor.github-workflows",
]


def load() -> dict[Any, Any]:
    return yaml.safe_load(WORKFLOW.read_text())  # type: ignore[no-any-return]


def runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_pull_requests_run_make_test_and_post_the_review_to_the_job_summary() -> None:
    workflow = load()
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert "pull_request" in triggers
    test = workflow["jobs"]["test"]
    assert test["if"] == "github.event_name == 'pull_request'"
    assert "make test" in runs(test)
    (review,) = [r for r in runs(test) if r.startswith("make review")]
    assert 'BASE="$(git merge-base "origin/$BASE_REF" HEAD)"' in review
    assert review.endswith('>> "$GITHUB_STEP_SUMMARY"')
    checkout = test["steps"][0]
    assert checkout["with"]["fetch-depth"] == 0  # the merge base must be in the clone


def test_a_v_tag_builds_without_secrets_and_only_the_upload_step_has_them() -> None:
    workflow = load()
    assert workflow[True]["push"]["tags"] == ["v*"]
    build, publish = workflow["jobs"]["release-build"], workflow["jobs"]["publish"]
    for job in (build, publish):
        assert "startsWith(github.ref, 'refs/tags/v')" in job["if"]
    assert publish["needs"] == "release-build"
    assert 'tools/publish.py --build "$RUNNER_TEMP/dist"' in " ".join(runs(build))
    # the build job (make test, pip, npm) never sees a secret
    assert "secrets." not in yaml.safe_dump(build)
    with_secrets = [s for s in publish["steps"] if "secrets." in yaml.safe_dump(s)]
    (upload,) = with_secrets
    assert upload["run"] == '.venv/bin/python tools/publish.py --upload "$RUNNER_TEMP/dist"'
    assert set(upload["env"]) == {"TWINE_REPOSITORY_URL", "TWINE_USERNAME", "TWINE_PASSWORD"}
    assert all(value.startswith("${{ secrets.") for value in upload["env"].values())
    assert "env" not in publish  # no job-wide secrets


def test_the_workflow_passes_the_schema_and_a_broken_one_fails(tmp_path: Path) -> None:
    good = subprocess.run([*CHECK, str(WORKFLOW)], capture_output=True, text=True, check=False)
    assert good.returncode == 0, good.stdout + good.stderr
    broken = tmp_path / "ci.yml"
    broken.write_text(
        WORKFLOW.read_text().replace("    runs-on: ubuntu-latest\n", "    runs_on: ubuntu-latest\n")
    )
    bad = subprocess.run([*CHECK, str(broken)], capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "runs_on" in bad.stdout


def test_make_lint_checks_the_workflows() -> None:
    lint = subprocess.run(["make", "-n", "lint"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml" in lint
