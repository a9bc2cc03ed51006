"""`make publish`'s gates, each refusal on a throwaway repository (a real index where the gate
asks one). The whole loop against pypiserver, up to an installed wheel: test_publish_index.py."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from .release_repo import BASE_SPEC, TOOLS, Index, MiniRepo, run_tool

NO_INDEX = {
    "TWINE_REPOSITORY_URL": "http://127.0.0.1:9/",  # discard port: nothing answers
    "TWINE_USERNAME": "u",
    "TWINE_PASSWORD": "p",
    "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
}


@pytest.fixture
def repo(tmp_path: Path) -> MiniRepo:
    repo = MiniRepo(tmp_path / "repo")
    repo.commit("0.1.0")
    repo.git("tag", "v0.1.0")
    repo.set_version("0.1.1", changelog=True)
    repo.commit("0.1.1")
    return repo


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    index = Index(tmp_path / "index")
    yield index
    index.stop()


def refused(repo: MiniRepo, env: dict[str, str]) -> str:
    done = run_tool("publish", repo.path, env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert repo.git("tag", "--list", "v0.1.1") == ""  # nothing tagged
    return done.stderr


def test_no_index_configured_is_refused(repo: MiniRepo) -> None:
    assert "TWINE_REPOSITORY_URL is not set" in refused(repo, {**NO_INDEX, "TWINE_REPOSITORY_URL": ""})


def test_no_credentials_is_refused(repo: MiniRepo) -> None:
    assert "no credentials for the index" in refused(repo, {**NO_INDEX, "TWINE_PASSWORD": ""})


def test_a_dirty_tree_is_refused(repo: MiniRepo) -> None:
    repo.write("notes.txt", "not committed\n")
    err = refused(repo, NO_INDEX)
    assert "the tree is not clean" in err
    assert "?? notes.txt" in err


def test_a_missing_changelog_entry_is_refused(repo: MiniRepo) -> None:
    repo.set_version("0.1.2", changelog=False)
    repo.commit()
    assert "CHANGELOG.md has no entry '## 0.1.2'" in refused(repo, NO_INDEX)


def test_a_changelog_entry_still_unreleased_is_refused(repo: MiniRepo) -> None:
    repo.write("CHANGELOG.md", repo.read("CHANGELOG.md").replace("0.1.1 (2026-12-03)", "0.1.1 (unreleased)"))
    repo.commit()
    assert "entry for 0.1.1 is still marked unreleased" in refused(repo, NO_INDEX)


def test_a_version_tagged_on_another_commit_is_refused(repo: MiniRepo) -> None:
    repo.git("tag", "v0.1.1", "HEAD~1")
    done = run_tool("publish", repo.path, env=NO_INDEX)
    assert done.returncode == 1
    assert "tag v0.1.1 already exists on" in done.stderr


def break_spec(repo: MiniRepo) -> None:
    spec = yaml.safe_load(BASE_SPEC)
    spec["components"]["schemas"]["EncounterStatusEnum"]["enum"].remove("planned")
    repo.write("openapi/interactions.yaml", yaml.safe_dump(spec))
    repo.commit("drop planned")


def test_a_breaking_change_without_its_bump_is_refused(repo: MiniRepo) -> None:
    break_spec(repo)
    err = refused(repo, NO_INDEX)
    assert "1 breaking and 0 compatible spec change(s) since v0.1.0 need a minor version bump" in err
    assert "0.1.0 -> 0.1.1" in err
    assert "BREAKING  EncounterStatusEnum: enum value 'planned' removed" in err


def test_a_breaking_change_with_its_bump_passes_the_spec_gate(repo: MiniRepo) -> None:
    break_spec(repo)
    repo.set_version("0.2.0", changelog=True)
    repo.commit()
    done = run_tool("publish", repo.path, env=NO_INDEX)
    assert "publish: spec-diff: 1 breaking, 0 compatible change(s) since v0.1.0" in done.stdout
    assert "cannot reach the index at http://127.0.0.1:9/simple/" in done.stderr  # the next gate


def test_a_version_not_above_the_last_release_is_refused(repo: MiniRepo) -> None:
    repo.set_version("0.0.9", changelog=True)
    repo.commit()
    assert "version 0.0.9 is not above the last release (v0.1.0)" in refused(repo, NO_INDEX)


def test_a_version_already_on_the_index_is_refused(repo: MiniRepo, index: Index) -> None:
    (index.packages / "corti_interactions-0.1.1.tar.gz").write_bytes(b"published by someone else")
    err = refused(repo, index.env())
    assert f"corti-interactions 0.1.1 is already on the index {index.url}simple/: raise the version" in err


def test_a_wrong_password_is_refused_before_anything_is_built(repo: MiniRepo, index: Index) -> None:
    err = refused(repo, index.env(password="wrong"))
    assert "the index refused the credentials of 'release-bot' (HTTP 403)" in err
    assert index.files() == []


def test_failing_check_generated_is_refused(repo: MiniRepo, index: Index) -> None:
    repo.write("Makefile", repo.read("Makefile").replace("@echo generated ok", "@exit 3"))
    repo.commit()
    assert "make check-generated failed" in refused(repo, index.env())


def test_failing_tests_are_refused_without_a_stamp_for_the_commit(repo: MiniRepo, index: Index) -> None:
    repo.write("Makefile", repo.read("Makefile").replace("@echo tests ok", "@exit 4"))
    repo.commit()
    assert "make test failed" in refused(repo, index.env())
    assert index.files() == []


def test_a_stamp_for_this_commit_stands_for_make_test(repo: MiniRepo, index: Index) -> None:
    repo.write("Makefile", repo.read("Makefile").replace("@echo tests ok", "@exit 4"))
    repo.commit()
    (repo.path / ".git" / "info" / "exclude").write_text(".venv\n")
    stamped = run_tool("publish", repo.path, "--record-tested")
    assert stamped.stdout.startswith("make test passed for ")
    done = run_tool("publish", repo.path, env=index.env())
    assert "publish: test: make test already passed for" in done.stdout
    # the tiny repository is no package: the build, after every gate, is what stops it
    assert "building the wheel and sdist failed" in done.stderr
    assert index.files() == []


def test_a_stamp_is_only_written_for_a_clean_tree(repo: MiniRepo) -> None:
    repo.write("notes.txt", "x\n")
    done = run_tool("publish", repo.path, "--record-tested")
    assert done.stdout == "make test passed on a dirty tree: no release stamp written\n"
    assert not (repo.path / ".venv" / ".tested-commit").exists()


@pytest.fixture
def package(tmp_path: Path) -> MiniRepo:
    """A tiny package that builds, released as 0.1.0 and bumped to 0.1.1."""
    repo = MiniRepo(tmp_path / "package", package=True)
    repo.commit("0.1.0")
    repo.git("tag", "v0.1.0")
    repo.set_version("0.1.1", changelog=True)
    repo.commit("0.1.1")
    return repo


def test_a_package_is_uploaded_and_tagged(package: MiniRepo, index: Index) -> None:
    done = run_tool("publish", package.path, env=index.env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "publish: test: make test passed for" in done.stdout  # no stamp: it ran make test
    assert "tests ok" in done.stdout
    assert index.files() == [
        "corti_interactions-0.1.1-py2.py3-none-any.whl",
        "corti_interactions-0.1.1.tar.gz",
    ]
    assert package.git("rev-list", "-n", "1", "v0.1.1") == package.git("rev-parse", "HEAD")
    assert done.stdout.endswith("push the tag: git push origin v0.1.1\n")


def test_credentials_refused_at_upload_are_a_message(package: MiniRepo, tmp_path: Path) -> None:
    """An index whose listing is public: only the upload itself meets the wrong password."""
    index = Index(tmp_path / "public", authenticate="update")
    try:
        err = refused(package, index.env(password="wrong"))
        assert "the index refused the credentials (HTTP 401/403)" in err
        assert "nothing was uploaded" in err
        assert index.files() == []
    finally:
        index.stop()


KEYRING = """
from keyring.backend import KeyringBackend


class OneEntry(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        return {entry!r}.get((service, username))

    def set_password(self, service, username, password):
        raise NotImplementedError

    def delete_password(self, service, username):
        raise NotImplementedError
"""


def test_without_twine_password_the_keyring_entry_is_used(
    package: MiniRepo, index: Index, tmp_path: Path
) -> None:
    """The index gate and the upload both use the keyring entry for the URL and user."""
    (tmp_path / "one_entry.py").write_text(KEYRING.format(entry={(index.url, index.user): index.password}))
    env = {
        **index.env(),
        "TWINE_PASSWORD": "",
        "PYTHON_KEYRING_BACKEND": "one_entry.OneEntry",
        "PYTHONPATH": str(tmp_path),
    }
    done = run_tool("publish", package.path, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "publish: index: 0.1.1 is not on" in done.stdout
    assert len(index.files()) == 2


def test_make_runs_without_the_index_credentials(package: MiniRepo, index: Index) -> None:
    """The tests gate runs the whole suite, pip and npm: none of them sees TWINE_*."""
    package.write(
        "Makefile",
        "check-generated:\n\t@echo generated ok\n"
        'test:\n\t@echo "make test sees user=[$$TWINE_USERNAME] password=[$$TWINE_PASSWORD]"\n',
    )
    package.commit()
    done = run_tool("publish", package.path, env=index.env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "make test sees user=[] password=[]" in done.stdout
    assert index.password not in done.stdout + done.stderr
    assert len(index.files()) == 2  # the upload itself had them


class _NotFound(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_an_index_answering_404_for_everything_is_refused(repo: MiniRepo) -> None:
    """A 404 for the project page means "not released yet" only if the index itself answers."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NotFound)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        err = refused(repo, {**NO_INDEX, "TWINE_REPOSITORY_URL": url})
    finally:
        server.shutdown()
    assert f"{url}simple/ is not a simple index (its root answered HTTP 404)" in err
    assert "set PUBLISH_INDEX_URL" in err


def test_build_without_credentials_then_upload_in_another_step(
    package: MiniRepo, index: Index, tmp_path: Path
) -> None:
    """CI's two jobs: `--build` with no TWINE_* at all, `--upload` the files it left."""
    out = tmp_path / "dist"
    bare = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_")}
    built = subprocess.run(
        [sys.executable, str(TOOLS / "publish.py"), "--build", str(out)],
        cwd=package.path,
        capture_output=True,
        text=True,
        check=False,
        env=bare,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert "publish: test: make test passed for" in built.stdout
    assert sorted(p.name for p in out.iterdir()) == [
        "corti_interactions-0.1.1-py2.py3-none-any.whl",
        "corti_interactions-0.1.1.tar.gz",
    ]
    assert index.files() == [] and package.git("tag", "--list", "v0.1.1") == ""
    done = run_tool("publish", package.path, "--upload", str(out), env=index.env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "publish: index: 0.1.1 is not on" in done.stdout
    assert "make test" not in done.stdout  # the upload step runs no make
    assert len(index.files()) == 2
    assert package.git("rev-list", "-n", "1", "v0.1.1") == package.git("rev-parse", "HEAD")


def test_upload_refuses_a_folder_with_other_files(package: MiniRepo, index: Index, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    out.mkdir()
    (out / "corti_interactions-0.1.0.tar.gz").write_bytes(b"an old one")
    done = run_tool("publish", package.path, "--upload", str(out), env=index.env())
    assert done.returncode == 1
    assert "must hold the wheel and sdist of 0.1.1 alone" in done.stderr
    assert index.files() == []
