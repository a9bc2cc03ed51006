"""Verification against independent oracles (`make verify`).

Each test records what it tried in a summary that `tools/reliability_report.py` turns into
`docs/RELIABILITY.md`, so the report's figures come from the run itself.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

RESULTS = Path(
    os.environ.get(
        "CORTI_VERIFY_RESULTS", Path(__file__).resolve().parents[2] / "build" / "verify-results.json"
    )
)

# Hundreds of examples per property; `pytest --hypothesis-seed=N` fixes the seed.
settings.register_profile(
    "verify",
    max_examples=int(os.environ.get("CORTI_VERIFY_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("verify")

_rows: list[dict[str, Any]] = []


class Recorder:
    """Collects one row per check: section, what, how many cases, what held."""

    def __call__(self, section: str, what: str, cases: int, held: str) -> None:
        _rows.append({"section": section, "what": what, "cases": cases, "held": held})


@pytest.fixture(scope="session")
def record() -> Recorder:
    return Recorder()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _rows:
        return
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    summary = {"exitstatus": int(exitstatus), "rows": _rows}
    RESULTS.write_text(json.dumps(summary, indent=2))
