"""`make publish`: upload the wheel and sdist to the internal index after the release gates.

Usage: python tools/publish.py            (the gates, build, twine upload, tag vX.Y.Z)
       python tools/publish.py --record-tested   (`make test` passed: stamp the commit)

The index comes from the environment: TWINE_REPOSITORY_URL (the upload URL), credentials in
TWINE_USERNAME and TWINE_PASSWORD or the keyring twine reads; PUBLISH_INDEX_URL, the simple
index to look the version up in, defaults to TWINE_REPOSITORY_URL + "simple/". Nothing is
read from a file in the repository or from the command line. Each gate that refuses says why
and exits 1 without a traceback; nothing is uploaded or tagged before every gate passed.
"""

from __future__ import annotations

import glob
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

import httpx
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version
from release_info import git, last_release_tag, project_version, review_spec

__all__ = ["Refused", "gates", "main", "record_tested", "versions_on_index"]

PROJECT = "corti-interactions"
CHANGELOG = "CHANGELOG.md"
STAMP = Path(".venv") / ".tested-commit"
HREF = re.compile(r"""href=["']([^"'#]+)""")


class Refused(Exception):
    """A gate refused the release; the message says why and what to do."""


def record_tested(root: Path) -> str:
    """Stamp HEAD as tested (called when `make test` passed); refuse a dirty tree."""
    if git(root, "status", "--porcelain"):
        return "make test passed on a dirty tree: no release stamp written"
    commit = git(root, "rev-parse", "HEAD")
    (root / STAMP).parent.mkdir(exist_ok=True)
    (root / STAMP).write_text(commit + "\n", encoding="utf-8")
    return f"make test passed for {commit[:12]}: stamped for make publish"


def _credentials(url: str) -> tuple[str, str]:
    user = os.environ.get("TWINE_USERNAME", "")
    password = os.environ.get("TWINE_PASSWORD", "")
    if user and not password:
        import keyring  # twine's own dependency: the same keyring twine would read
        from keyring.errors import KeyringError

        try:
            password = keyring.get_password(url, user) or ""
        except KeyringError:
            password = ""
    if not user or not password:
        raise Refused(
            "no credentials for the index: set TWINE_USERNAME and TWINE_PASSWORD "
            f"(or TWINE_USERNAME and a keyring entry for {url})"
        )
    return user, password


def versions_on_index(simple_url: str, auth: tuple[str, str]) -> set[Version]:
    """The versions of the project the simple index lists (PEP 503 HTML)."""
    page = urljoin(simple_url.rstrip("/") + "/", canonicalize_name(PROJECT) + "/")
    try:
        response = httpx.get(page, auth=auth, follow_redirects=True, timeout=30)
    except httpx.HTTPError as error:
        raise Refused(f"cannot reach the index at {simple_url}: {error}") from None
    if response.status_code in (401, 403):
        raise Refused(
            f"the index refused the credentials of {auth[0]!r} (HTTP {response.status_code}) "
            f"at {simple_url}: check TWINE_USERNAME / TWINE_PASSWORD; nothing was uploaded"
        )
    if response.status_code == 404:
        return set()
    if response.status_code != 200:
        raise Refused(f"the index answered HTTP {response.status_code} for {page}")
    found: set[Version] = set()
    for href in HREF.findall(response.text):
        name = href.rsplit("/", 1)[-1]
        if name.endswith(".whl"):
            found.add(parse_wheel_filename(name)[1])
        elif name.endswith(".tar.gz"):
            found.add(parse_sdist_filename(name)[1])
    return found


def _changelog_entry(root: Path, version: Version) -> None:
    text = (root / CHANGELOG).read_text(encoding="utf-8") if (root / CHANGELOG).exists() else ""
    heading = rf"^## \[?{re.escape(str(version))}\]?(?P<rest>.*)\n(?P<body>(?:(?!^## ).*\n?)*)"
    match = re.search(heading, text, re.M)
    if match is None:
        raise Refused(f"{CHANGELOG} has no entry '## {version}': say what this release changes")
    if "unreleased" in match["rest"].lower():
        raise Refused(f"{CHANGELOG}'s entry for {version} is still marked unreleased: date it")
    if not match["body"].strip():
        raise Refused(f"{CHANGELOG}'s entry for {version} is empty")


def _spec_gate(root: Path, tag: str) -> str:
    base = last_release_tag(root, exclude=tag)
    if base is None:
        return "no earlier release tag: the spec is not compared"
    review = review_spec(root, base)
    if review.new_version <= review.old_version:
        raise Refused(f"version {review.new_version} is not above the last release ({base})")
    if not review.bump_ok:
        raise Refused(
            f"{len(review.breaking)} breaking and {len(review.compatible)} compatible spec change(s) "
            f"since {base} need a {review.required_bump} version bump, but the version went "
            f"{review.old_version} -> {review.new_version}:\n"
            + "\n".join(f"  {c}" for c in review.changes)
            + "\nraise the version in pyproject.toml and say so in CHANGELOG.md"
        )
    return f"{len(review.breaking)} breaking, {len(review.compatible)} compatible change(s) since {base}"


def _make(root: Path, target: str, passed: str) -> str:
    done = subprocess.run(["make", target], cwd=root, check=False)
    if done.returncode != 0:
        raise Refused(f"make {target} failed (output above): fix it, commit, and publish again")
    return passed


def _tests_gate(root: Path, commit: str) -> str:
    stamp = root / STAMP
    if stamp.exists() and stamp.read_text(encoding="utf-8").strip() == commit:
        return f"make test already passed for {commit[:12]}"
    return _make(root, "test", f"make test passed for {commit[:12]}")


def gates(root: Path) -> tuple[Version, str, tuple[str, str]]:
    """Run every gate, cheapest first; the version, its tag and the index credentials."""
    url = os.environ.get("TWINE_REPOSITORY_URL", "")
    if not url:
        raise Refused("TWINE_REPOSITORY_URL is not set: name the index to upload to")
    auth = _credentials(url)
    if git(root, "status", "--porcelain"):
        raise Refused(
            "the tree is not clean (git status): commit or stash first, so what is published "
            "is a commit\n" + git(root, "status", "--short")
        )
    version = project_version((root / "pyproject.toml").read_text(encoding="utf-8"))
    tag, commit = f"v{version}", git(root, "rev-parse", "HEAD")
    tagged = git(root, "rev-list", "-n", "1", tag, check=False)
    if tagged and tagged != commit:
        raise Refused(f"tag {tag} already exists on {tagged[:12]}, not this commit: raise the version")
    _changelog_entry(root, version)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("spec-diff", lambda: _spec_gate(root, tag)),
        ("index", lambda: _index_gate(url, auth, version)),
        ("check-generated", lambda: _make(root, "check-generated", "generated/ matches the spec")),
        ("test", lambda: _tests_gate(root, commit)),
    ]
    for name, step in steps:
        print(f"publish: {name}: {step()}", flush=True)
    return version, tag, auth


def _index_gate(url: str, auth: tuple[str, str], version: Version) -> str:
    simple = os.environ.get("PUBLISH_INDEX_URL") or urljoin(url.rstrip("/") + "/", "simple/")
    if version in versions_on_index(simple, auth):
        raise Refused(f"{PROJECT} {version} is already on the index {simple}: raise the version")
    return f"{version} is not on {simple} yet"


def _upload(root: Path, version: Version, auth: tuple[str, str]) -> None:
    with tempfile.TemporaryDirectory() as out:
        built = subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", out, str(root)],
            capture_output=True,
            text=True,
            check=False,
        )
        if built.returncode != 0:
            raise Refused("building the wheel and sdist failed:\n" + _tail(built.stdout + built.stderr))
        files = sorted(glob.glob(os.path.join(out, "*")))
        done = subprocess.run(
            [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar", *files],
            capture_output=True,
            text=True,
            check=False,
            # the credentials the index gate used (from the keyring too), through the environment
            env={**os.environ, "TWINE_USERNAME": auth[0], "TWINE_PASSWORD": auth[1]},
        )
    output = done.stdout + done.stderr
    if done.returncode == 0:
        return
    if re.search(r"\b40[13]\b", output):
        raise Refused(
            "the index refused the credentials (HTTP 401/403): check TWINE_USERNAME / TWINE_PASSWORD; "
            "nothing was uploaded"
        )
    if re.search(r"\b409\b|already exists", output, re.I):
        raise Refused(f"{PROJECT} {version} is already on the index: raise the version")
    raise Refused("twine upload failed:\n" + _tail(output))


def _tail(output: str) -> str:
    return "\n".join(output.strip().splitlines()[-5:])


def main(argv: list[str]) -> int:
    """Publish from the repository in the current directory."""
    root = Path.cwd()
    if argv == ["--record-tested"]:
        print(record_tested(root))
        return 0
    if argv:
        print("usage: publish.py [--record-tested] (the index and credentials come from the environment)")
        return 2
    try:
        version, tag, auth = gates(root)
        _upload(root, version, auth)
    except Refused as refusal:
        print(f"publish refused: {refusal}", file=sys.stderr)
        return 1
    if not git(root, "tag", "--list", tag):
        git(root, "tag", "-a", tag, "-m", f"{PROJECT} {version}")
    print(f"published {PROJECT} {version} to {os.environ['TWINE_REPOSITORY_URL']} and tagged {tag}")
    print(f"push the tag: git push origin {tag}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
