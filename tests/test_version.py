"""The version on main is the one the CHANGELOG's newest section names."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pyproject_version_is_the_changelog_newest_section() -> None:
    version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    newest = re.search(r"^## (.+)$", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert version is not None and newest is not None
    named = re.findall(r"\d+\.\d+\.\d+", newest[1])
    assert named == [version[1]], f"CHANGELOG's newest section {newest[1]!r}; pyproject {version[1]}"


def test_the_description_is_not_the_first_operation_alone() -> None:
    description = re.search(r'^description = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert description is not None
    assert "(update interaction)" not in description[1]
    assert "streaming" in description[1] and "scribe" in description[1]
