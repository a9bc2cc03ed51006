"""`generated/API.md`: derived from the spec and the generated code, stable, small diffs."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from api_surface import render  # noqa: E402

PACKAGE = ROOT / "generated" / "corti_interactions_api"
SPEC_TEXT = (ROOT / "openapi" / "interactions.yaml").read_text()


def test_committed_api_md_is_what_render_writes() -> None:
    assert (ROOT / "generated" / "API.md").read_text() == render(yaml.safe_load(SPEC_TEXT), PACKAGE)


def test_it_names_python_types_json_names_and_flags() -> None:
    text = render(yaml.safe_load(SPEC_TEXT), PACKAGE)
    assert (
        "- `assigned_user_id: None | Unset | UUID` = `assignedUserId` (optional, nullable): string | null (uuid)"
        in text
    )
    assert "- `started_at: datetime.datetime` = `startedAt` (required): string (date-time)" in text
    assert "- response 504 (application/json): `ErrorResponse`" in text
    assert "- parameter `Tenant-Name` (header, required): string, Python `tenant_name`" in text


def test_an_enum_change_is_a_small_readable_diff() -> None:
    before = render(yaml.safe_load(SPEC_TEXT), PACKAGE).splitlines()
    changed = SPEC_TEXT.replace(
        "enum: [male, female, unknown, other]", "enum: [male, female, unknown, other, intersex]"
    )
    after = render(yaml.safe_load(changed), PACKAGE).splitlines()
    diff = [line for line in difflib.unified_diff(before, after, lineterm="", n=0) if line[:1] in "+-"]
    assert [line.strip() for line in diff] == ["---", "+++", "+- `intersex`"]
