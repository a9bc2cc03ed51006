"""What a change since a git ref means for the release: spec changes, versions, the bump needed.

A library for tools/publish.py and tools/review.py; the classification itself is
tools/spec_diff.py's (`diff_specs`, `bump_allows_breaking`), not repeated here.
"""

from __future__ import annotations

import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

import yaml
from packaging.version import InvalidVersion, Version
from spec_diff import PYPROJECT, SPEC, Change, bump_allows_breaking, diff_specs

__all__ = ["SpecReview", "git", "last_release_tag", "project_version", "review_spec"]


def git(root: Path, *args: str, check: bool = True) -> str:
    """The stripped stdout of `git args` run in `root`."""
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    if check and done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def project_version(pyproject_text: str) -> Version:
    """`[project] version` of a pyproject.toml's text."""
    raw = tomllib.loads(pyproject_text)["project"]["version"]
    try:
        return Version(raw)
    except InvalidVersion as error:
        raise ValueError(f"pyproject.toml's version {raw!r} is not a version: {error}") from None


def last_release_tag(root: Path, exclude: str = "") -> str | None:
    """The newest `vX.Y.Z` tag reachable from HEAD (other than `exclude`), or None."""
    args = ["describe", "--tags", "--abbrev=0", "--match", "v[0-9]*"]
    out = git(root, *args, *(["--exclude", exclude] if exclude else []), "HEAD", check=False)
    return out or None


@dataclass(frozen=True)
class SpecReview:
    """The spec's changes from `base` to the working copy and what they ask of the version."""

    base: str
    changes: list[Change]
    old_version: Version
    new_version: Version

    @property
    def breaking(self) -> list[Change]:
        """The changes that break a client."""
        return [c for c in self.changes if c.breaking]

    @property
    def compatible(self) -> list[Change]:
        """The changes that do not."""
        return [c for c in self.changes if not c.breaking]

    @property
    def required_bump(self) -> str:
        """'major' (a breaking change; 'minor' while 0.x), 'minor'/'patch' (a compatible change
        from 1.0 / while 0.x), or 'none'."""
        zero = self.old_version.major == 0
        if self.breaking:
            return "minor" if zero else "major"
        if self.changes:
            return "patch" if zero else "minor"
        return "none"

    @property
    def bump_ok(self) -> bool:
        """Whether the version went up as far as the changes need."""
        old, new = self.old_version.release[:3], self.new_version.release[:3]
        if self.breaking:
            return bump_allows_breaking(old, new)
        if self.required_bump == "minor":
            return bool(new[:2] > old[:2])
        return self.required_bump == "none" or self.new_version > self.old_version


def review_spec(root: Path, base: str) -> SpecReview:
    """Compare the spec and the version at `base` with the working copy in `root`."""
    old = yaml.safe_load(git(root, "show", f"{base}:{SPEC}"))
    new = yaml.safe_load((root / SPEC).read_text(encoding="utf-8"))
    return SpecReview(
        base=base,
        changes=diff_specs(old, new),
        old_version=project_version(git(root, "show", f"{base}:{PYPROJECT}")),
        new_version=project_version((root / PYPROJECT).read_text(encoding="utf-8")),
    )
