"""Render `docs/RELIABILITY.md` from the summary `make verify` wrote (build/verify-results.json)."""

from __future__ import annotations

import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

HEADER = """# Reliability report

What `make verify` tried against the client and the fake service, and what held. Written by
`tools/reliability_report.py` from the run's own summary (`build/verify-results.json`); the
figures are that run's, not estimates. Oracles nobody here wrote: Stoplight Prism (requests
against the spec), schemathesis (the fake's answers against the spec), hypothesis with
hypothesis-jsonschema and jsonschema (parsing and body building against the spec's schemas),
and Corti's own JavaScript SDK, `@corti/sdk` (the fake's wire format as Corti's client
expects it).
"""

MUTATE_BEGIN, MUTATE_END = "<!-- mutate:begin -->", "<!-- mutate:end -->"


def main(argv: list[str]) -> int:
    """Read the summary, write the report."""
    summary = json.loads(Path(argv[0]).read_text())
    rows = summary["rows"]
    out = [HEADER]
    out.append(f"Run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
               f"{platform.machine()}; pytest exit status {summary['exitstatus']}.\n")  # fmt: skip
    sections: dict[str, list[dict[str, object]]] = {}  # in the order each first appeared
    for row in rows:
        sections.setdefault(row["section"], []).append(row)
    for section, section_rows in sections.items():
        out += [f"\n## {section}\n", "| what | cases | held |", "|---|---:|---|"]
        out += [f"| {row['what']} | {row['cases']} | {row['held']} |" for row in section_rows]
    total = sum(row["cases"] for row in rows)
    out.append(f"\n**{total} cases in all.**\n")
    report = Path(argv[1])
    # `make mutate` writes its own section (tools/mutate.py): keep it as it was.
    old = report.read_text() if report.exists() else ""
    if MUTATE_BEGIN in old and MUTATE_END in old:
        kept = old[old.index(MUTATE_BEGIN) : old.index(MUTATE_END) + len(MUTATE_END)]
        out.append(kept + "\n")
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(out))
    print(f"wrote {argv[1]}: {len(rows)} rows, {total} cases")
    return 0 if summary["exitstatus"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
