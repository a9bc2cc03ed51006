"""`make review BASE=<ref>`: a Markdown summary of a change for a pull request comment.

Usage: python tools/review.py BASE   (BASE against the working copy: the spec changes as
spec-diff classifies them, the version bump they need and whether it is there, the files of
generated/ that changed with their line counts, and the generated/API.md diff)
"""

from __future__ import annotations

import sys
from pathlib import Path

from release_info import SpecReview, git, review_spec

__all__ = ["main", "render"]

GENERATED = "generated"
API_MD = "generated/API.md"
FENCE = "`" * 3


def _changes(review: SpecReview) -> list[str]:
    if not review.changes:
        return [f"No spec changes since `{review.base}`."]
    lines = ["| | where | change |", "|---|---|---|"]
    for change in review.changes:
        kind = "**breaking**" if change.breaking else "compatible"
        lines.append(f"| {kind} | `{change.where}` | {change.what.replace('|', '&#124;')} |")
    return [f"{len(review.breaking)} breaking, {len(review.compatible)} compatible.", "", *lines]


def _version(review: SpecReview) -> list[str]:
    went = f"`{review.old_version}` -> `{review.new_version}`"
    if review.required_bump == "none":
        return [f"No bump required by the spec. Version: {went}."]
    verdict = "present" if review.bump_ok else "**missing**: raise it in pyproject.toml"
    return [f"Required: a **{review.required_bump}** bump. Version: {went}, {verdict}."]


def _generated_files(root: Path, base: str) -> list[str]:
    rows = git(root, "diff", "--numstat", base, "--", GENERATED)
    if not rows:
        return ["No file of `generated/` changed."]
    lines = ["| file | added | removed |", "|---|---:|---:|"]
    for row in rows.splitlines():
        added, removed, name = row.split("\t", 2)
        lines.append(f"| `{name}` | {added} | {removed} |")
    return lines


def _api_diff(root: Path, base: str) -> list[str]:
    diff = git(root, "diff", "--no-color", "--unified=1", base, "--", API_MD)
    if not diff:
        return ["`generated/API.md` is unchanged."]
    body = [line for line in diff.splitlines() if not line.startswith(("diff --git", "index "))]
    return [f"{FENCE}diff", *body, FENCE]


def render(root: Path, base: str) -> str:
    """The summary of the working copy in `root` against `base`, as Markdown."""
    review = review_spec(root, base)
    short = git(root, "rev-parse", "--short", base)
    sections = [
        [f"## Review against `{base}` ({short})"],
        ["### Spec changes", "", *_changes(review)],
        ["### Version", "", *_version(review)],
        ["### Files of `generated/` changed", "", *_generated_files(root, base)],
        ["### `generated/API.md`", "", *_api_diff(root, base)],
    ]
    return "\n\n".join("\n".join(section) for section in sections) + "\n"


def main(argv: list[str]) -> int:
    """Print the summary for BASE (default HEAD)."""
    try:
        print(render(Path.cwd(), argv[0] if argv else "HEAD"), end="")
    except RuntimeError as error:  # a BASE git does not know
        print(f"review: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
