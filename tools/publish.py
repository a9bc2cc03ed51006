"""`make publish`: upload the wheel and sdist to the internal index after the release gates.

Usage: python tools/publish.py            (the gates, build, twine upload, tag vX.Y.Z)
       python tools/publish.py --build DIR      (the gates that need no credentials; build into DIR)
       python tools/publish.py --upload DIR     (the index gate, upload DIR's files, tag vX.Y.Z)
       python tools/publish.py --record-tested   (`make test` passed: stamp the commit)

CI runs `--build` in a job without the index's secrets and `--upload` in a step that alone has
them. Locally, the one-step form runs `make` (check-generated, test) with every `TWINE_*`
variable removed from its environment: the tests, pip and npm never see the credentials.

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

__all__ = [
    "Refused",
    "build_gates",
    "gates",
    "main",
    "record_tested",
    "versions_on_index",
    "without_credentials",
]

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
        _index_answers(simple_url, auth)  # else every 404 would read as "not released yet"
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


def _index_answers(simple_url: str, auth: tuple[str, str]) -> None:
    """Refuse unless the simple index's own root page answers 200: a wrong URL (or an index
    whose simple pages live elsewhere, e.g. devpi's `+simple/`) answers 404 for every project."""
    try:
        root = httpx.get(simple_url.rstrip("/") + "/", auth=auth, follow_redirects=True, timeout=30)
    except httpx.HTTPError as error:
        raise Refused(f"cannot reach the index at {simple_url}: {error}") from None
    if root.status_code != 200:
        raise Refused(
            f"{simple_url} is not a simple index (its root answered HTTP {root.status_code}), so its 404 "
            f"for {PROJECT} proves nothing: set PUBLISH_INDEX_URL to the index's simple pages"
        )


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


def without_credentials(env: dict[str, str]) -> dict[str, str]:
    """`env` without the index's credentials (every TWINE_* variable)."""
    return {name: value for name, value in env.items() if not name.startswith("TWINE_")}


def _make(root: Path, target: str, passed: str) -> str:
    # make runs pip, npm and the whole suite: none of them gets the index's credentials
    done = subprocess.run(["make", target], cwd=root, check=False, env=without_credentials(dict(os.environ)))
    if done.returncode != 0:
        raise Refused(f"make {target} failed (output above): fix it, commit, and publish again")
    return passed


def _tests_gate(root: Path, commit: str) -> str:
    stamp = root / STAMP
    if stamp.exists() and stamp.read_text(encoding="utf-8").strip() == commit:
        return f"make test already passed for {commit[:12]}"
    return _make(root, "test", f"make test passed for {commit[:12]}")


def _release(root: Path) -> tuple[Version, str, str]:
    """The version, its tag and HEAD, after the tree and tag checks."""
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
    return version, tag, commit


def _index() -> tuple[str, tuple[str, str]]:
    url = os.environ.get("TWINE_REPOSITORY_URL", "")
    if not url:
        raise Refused("TWINE_REPOSITORY_URL is not set: name the index to upload to")
    return url, _credentials(url)


def _run(steps: list[tuple[str, Callable[[], str]]]) -> None:
    for name, step in steps:
        print(f"publish: {name}: {step()}", flush=True)


def build_gates(root: Path) -> tuple[Version, str]:
    """The gates that need no credentials (tree, tag, CHANGELOG, spec-diff, check-generated,
    test): what `--build` runs in a job without the index's secrets."""
    version, tag, commit = _release(root)
    _changelog_entry(root, version)
    _run(
        [
            ("spec-diff", lambda: _spec_gate(root, tag)),
            ("check-generated", lambda: _make(root, "check-generated", "generated/ matches the spec")),
            ("test", lambda: _tests_gate(root, commit)),
        ]
    )
    return version, tag


def gates(root: Path) -> tuple[Version, str, tuple[str, str]]:
    """Run every gate, cheapest first; the version, its tag and the index credentials."""
    url, auth = _index()
    version, tag, commit = _release(root)
    _changelog_entry(root, version)
    _run(
        [
            ("spec-diff", lambda: _spec_gate(root, tag)),
            ("index", lambda: _index_gate(url, auth, version)),
            ("check-generated", lambda: _make(root, "check-generated", "generated/ matches the spec")),
            ("test", lambda: _tests_gate(root, commit)),
        ]
    )
    return version, tag, auth


def _index_gate(url: str, auth: tuple[str, str], version: Version) -> str:
    simple = os.environ.get("PUBLISH_INDEX_URL") or urljoin(url.rstrip("/") + "/", "simple/")
    if version in versions_on_index(simple, auth):
        raise Refused(f"{PROJECT} {version} is already on the index {simple}: raise the version")
    return f"{version} is not on {simple} yet"


def _build(root: Path, out: str) -> list[str]:
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", out, str(root)],
        capture_output=True,
        text=True,
        check=False,
        env=without_credentials(dict(os.environ)),
    )
    if built.returncode != 0:
        raise Refused("building the wheel and sdist failed:\n" + _tail(built.stdout + built.stderr))
    return sorted(glob.glob(os.path.join(out, "*")))


def _upload(root: Path, version: Version, auth: tuple[str, str], built: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as out:
        files = _built(built, version) if built else _build(root, out)
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


def _built(folder: str, version: Version) -> list[str]:
    """The wheel and sdist of `version` that `--build` left in `folder` (and nothing else)."""
    files = sorted(glob.glob(os.path.join(folder, "*")))
    names = [os.path.basename(f) for f in files]
    wheels = [n for n in names if n.endswith(".whl") and parse_wheel_filename(n)[1] == version]
    sdists = [n for n in names if n.endswith(".tar.gz") and parse_sdist_filename(n)[1] == version]
    if len(wheels) != 1 or len(sdists) != 1 or len(names) != 2:
        raise Refused(f"{folder} must hold the wheel and sdist of {version} alone (it holds {names})")
    return files


def _tail(output: str) -> str:
    return "\n".join(output.strip().splitlines()[-5:])


def main(argv: list[str]) -> int:
    """Publish from the repository in the current directory."""
    root = Path.cwd()
    if argv == ["--record-tested"]:
        print(record_tested(root))
        return 0
    if argv and not (len(argv) == 2 and argv[0] in ("--build", "--upload")):
        print(
            "usage: publish.py [--record-tested | --build DIR | --upload DIR] "
            "(the index and credentials come from the environment)"
        )
        return 2
    try:
        if argv and argv[0] == "--build":
            version, _ = build_gates(root)
            os.makedirs(argv[1], exist_ok=True)
            files = _build(root, argv[1])
            print(f"built {PROJECT} {version} into {argv[1]}: " + ", ".join(map(os.path.basename, files)))
            return 0
        if argv:  # --upload DIR: what --build checked and built, in the step that has the secrets
            url, auth = _index()
            version, tag, _ = _release(root)
            print(f"publish: index: {_index_gate(url, auth, version)}", flush=True)
            _upload(root, version, auth, built=argv[1])
        else:
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
