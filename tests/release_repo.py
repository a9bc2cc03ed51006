"""A throwaway git repository for the release tools' tests: a spec, a version, a CHANGELOG
and a Makefile whose `check-generated` and `test` targets pass or fail as a test says."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

__all__ = ["BASE_SPEC", "ROOT", "TOOLS", "Index", "MiniRepo", "run_tool"]

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
BASE_SPEC = (Path(__file__).resolve().parent / "spec_diff_fixtures" / "base.yaml").read_text()


def run_tool(
    tool: str, cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run tools/<tool>.py in `cwd` with this interpreter."""
    return subprocess.run(
        [sys.executable, str(TOOLS / f"{tool}.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


class MiniRepo:
    """A git repository in `path` holding what the release tools read."""

    BUILD = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'

    def __init__(self, path: Path, version: str = "0.1.0", package: bool = False) -> None:
        """`package`: a package hatchling builds (a module and a build-system table)."""
        self.path, self.package = path, package
        path.mkdir(parents=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.email", "release@test")
        self.git("config", "user.name", "release test")
        self.write("openapi/interactions.yaml", BASE_SPEC)
        self.write("generated/API.md", "# API\n\n- field `name`\n")
        self.write("Makefile", "check-generated:\n\t@echo generated ok\ntest:\n\t@echo tests ok\n")
        if package:
            self.write("corti_interactions/__init__.py", '"""A stand-in."""\n')
            self.write(".gitignore", ".venv/\n")
        self.set_version(version, changelog=True)

    def git(self, *args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=self.path, check=True, capture_output=True, text=True
        ).stdout.strip()

    def write(self, name: str, text: str) -> None:
        (self.path / name).parent.mkdir(parents=True, exist_ok=True)
        (self.path / name).write_text(text)

    def read(self, name: str) -> str:
        return (self.path / name).read_text()

    def set_version(self, version: str, changelog: bool) -> None:
        project = f'[project]\nname = "corti-interactions"\nversion = "{version}"\n'
        self.write("pyproject.toml", (self.BUILD if self.package else "") + project)
        old = self.read("CHANGELOG.md") if (self.path / "CHANGELOG.md").exists() else "# Changelog\n"
        if changelog:
            head, _, rest = old.partition("\n")
            self.write("CHANGELOG.md", f"{head}\n\n## {version} (2026-12-03)\n\n- what changed\n{rest}")

    def commit(self, message: str = "change") -> None:
        self.git("add", "-A")
        self.git("commit", "-qm", message)


class Index:
    """A pypiserver on loopback that wants a user and password for upload, list and download."""

    user, password = "release-bot", "s3cret-for-tests"

    def __init__(self, path: Path, authenticate: str = "update,download,list") -> None:
        with warnings.catch_warnings():  # passlib 1.7.4 imports the stdlib's deprecated crypt
            warnings.simplefilter("ignore", DeprecationWarning)
            from passlib.apache import HtpasswdFile

        self.packages = path / "packages"
        self.packages.mkdir(parents=True)
        htpasswd = HtpasswdFile(str(path / "htpasswd"), new=True)
        htpasswd.set_password(self.user, self.password)
        htpasswd.save()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = path / "pypiserver.log"
        server = Path(sys.executable).with_name("pypi-server")
        self.process = subprocess.Popen(
            [str(server), "run", "-i", "127.0.0.1", "-p", str(self.port), "-P", str(path / "htpasswd"),
             "-a", authenticate, str(self.packages)],
            stdout=self.log.open("w"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("pypiserver did not start: " + self.log.read_text()) from None
                time.sleep(0.1)

    def env(self, password: str | None = None) -> dict[str, str]:
        """The environment `make publish` reads the index from."""
        return {
            "TWINE_REPOSITORY_URL": self.url,
            "TWINE_USERNAME": self.user,
            "TWINE_PASSWORD": self.password if password is None else password,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }

    def files(self) -> list[str]:
        return sorted(p.name for p in self.packages.iterdir())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
