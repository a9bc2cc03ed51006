"""The release loop end to end: `make publish` from a clone of this repository to a pypiserver
with authentication, then `pip install corti-interactions[testing]==X.Y.Z` from that index into
a fresh venv, the smoke script and the `corti_fake` fixture there (slow: `make verify`)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import venv
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from .release_repo import ROOT, Index, run_tool

pytestmark = pytest.mark.slow

# The version on main (released, for the test, as a tag on the clone's HEAD) and the clone's next.
CURRENT = re.search(r'^version = "(\d+)\.(\d+)\.(\d+)"', (ROOT / "pyproject.toml").read_text(), re.M)
assert CURRENT is not None, "pyproject.toml's version is not X.Y.Z"
RELEASED = ".".join(CURRENT.groups())
VERSION = f"{CURRENT[1]}.{CURRENT[2]}.{int(CURRENT[3]) + 1}"
# The registry the rest of the dependencies (httpx, attrs, starlette, ...) come from.
REGISTRY = os.environ.get("CORTI_TEST_REGISTRY", "https://pypi.org/simple")
FIXTURE_TEST = """\
from corti_interactions import CortiClient


def test_the_fixture_serves_the_fake(corti_fake):
    interaction = corti_fake.add_interaction()
    with CortiClient(base_url=corti_fake.base_url, tenant_name=corti_fake.tenant_name,
                     client_id=corti_fake.client_id, client_secret=corti_fake.client_secret) as client:
        client.interactions.update(interaction["id"], encounter={"status": "completed"})
    assert corti_fake.interactions[interaction["id"]]["encounter"]["status"] == "completed"
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    index = Index(tmp_path_factory.mktemp("index"))
    yield index
    index.stop()


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of this repository's HEAD, released as RELEASED (a tag), bumped to VERSION.

    Its .venv reuses this venv (a fresh `make venv` would take minutes): its bin, lib and
    pyvenv.cfg are links to this venv's, so the clone's `.venv/bin/python` is this venv's
    interpreter with its packages (with bin/ alone it would be the base interpreter, which
    has none of them on a fresh machine). make sees its own up-to-date install stamp."""
    clone = tmp_path_factory.mktemp("clone") / "corti-interactions"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    git(clone, "config", "user.email", "release@test")
    git(clone, "config", "user.name", "release test")
    (clone / ".venv").mkdir()
    ours = Path(sys.prefix)
    for name in ("bin", "lib", "lib64", "pyvenv.cfg"):
        if (ours / name).exists():
            (clone / ".venv" / name).symlink_to(ours / name)
    seen = subprocess.run(
        [str(clone / ".venv" / "bin" / "python"), "-c", "import sys, httpx, twine; print(sys.prefix)"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert seen.stdout.strip() == str(clone / ".venv"), seen.stdout + seen.stderr
    git(clone, "tag", "-a", f"v{RELEASED}", "-m", "the last release")
    pyproject = (clone / "pyproject.toml").read_text()
    (clone / "pyproject.toml").write_text(
        pyproject.replace(f'version = "{RELEASED}"', f'version = "{VERSION}"', 1)
    )
    changelog = (clone / "CHANGELOG.md").read_text()
    entry = f"## {VERSION} (2026-12-03)\n\n- A release made by tests/test_publish_index.py.\n\n"
    (clone / "CHANGELOG.md").write_text(changelog.replace("\n## ", f"\n{entry}## ", 1))
    git(clone, "commit", "-qam", f"release {VERSION}")
    (clone / ".venv" / ".installed").touch()  # newer than pyproject.toml: make installs nothing
    # This suite is the `make test` run: stamp the clone's commit the way `make test` does.
    # (With no stamp the gate runs `make test` itself: tests/test_publish.py shows it refusing.)
    stamped = run_tool("publish", clone, "--record-tested")
    assert stamped.stdout.startswith("make test passed for "), stamped.stdout + stamped.stderr
    return clone


def publish(clone: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "publish"], cwd=clone, capture_output=True, text=True, check=False, env={**os.environ, **env}
    )


def test_publish_install_from_the_index_and_smoke(index: Index, clone: Path, tmp_path: Path) -> None:
    # a wrong password: a clear message, nothing uploaded, nothing tagged
    wrong = publish(clone, index.env(password="not-the-password"))
    assert wrong.returncode != 0
    assert "publish refused: the index refused the credentials of 'release-bot' (HTTP 403)" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert index.files() == []
    assert git(clone, "tag", "--list", f"v{VERSION}") == ""

    done = publish(clone, index.env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "pip install" not in done.stdout  # the clone reused this venv, did not repoint it
    assert f"publish: spec-diff: 0 breaking, 0 compatible change(s) since v{RELEASED}" in done.stdout
    assert "check-generated: generated/ matches openapi/interactions.yaml" in done.stdout
    assert (
        f"publish: test: make test already passed for {git(clone, 'rev-parse', 'HEAD')[:12]}" in done.stdout
    )
    assert f"push the tag: git push origin v{VERSION}" in done.stdout
    assert git(clone, "rev-list", "-n", "1", f"v{VERSION}") == git(clone, "rev-parse", "HEAD")
    assert index.files() == [
        f"corti_interactions-{VERSION}-py3-none-any.whl",
        f"corti_interactions-{VERSION}.tar.gz",
    ]

    # a consuming team: a fresh venv, the package from the internal index, the rest from the registry
    env = tmp_path / "consumer"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    simple = f"http://{index.user}:{index.password}@127.0.0.1:{index.port}/simple/"
    report = tmp_path / "report.json"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--report", str(report),
         "--index-url", simple, "--extra-index-url", REGISTRY,
         f"corti-interactions[testing]=={VERSION}", f"pytest=={version('pytest')}"],
        check=True, capture_output=True,
    )  # fmt: skip
    installed = json.loads(report.read_text())["install"]
    ours = next(i for i in installed if i["metadata"]["name"] == "corti-interactions")
    assert ours["metadata"]["version"] == VERSION
    assert f"127.0.0.1:{index.port}/" in ours["download_info"]["url"]  # not from the public registry

    smoke = subprocess.run(
        [str(python), str(clone / "tools" / "release_smoke.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert f"release smoke test passed: corti-interactions {VERSION}" in smoke.stdout

    (tmp_path / "test_consumer.py").write_text(FIXTURE_TEST)
    tests = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_consumer.py"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "1 passed" in tests.stdout

    # the same version again (the tag is on this commit, so only the index can tell)
    again = publish(clone, index.env())
    assert again.returncode != 0
    assert (
        f"corti-interactions {VERSION} is already on the index {index.url}simple/: raise the version"
        in again.stderr
    )
    assert "Traceback" not in again.stderr
    assert len(index.files()) == 2
