"""Verification against independent oracles (`make verify`).

Each test records what it tried in a summary that `tools/reliability_report.py` turns into
`docs/RELIABILITY.md`, so the report's figures come from the run itself.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from corti_interactions.testing._schema import load_spec

RESULTS = Path(
    os.environ.get(
        "CORTI_VERIFY_RESULTS", Path(__file__).resolve().parents[2] / "build" / "verify-results.json"
    )
)

# The hypothesis profiles (`ci` in `make test`, `verify` here) are in tests/conftest.py.

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


PRISM = Path(__file__).resolve().parents[1] / "contract" / "node_modules" / ".bin" / "prism"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# The request schemas allow fields they do not name (the service ignores them), so a
# misspelt field would pass Prism unseen. Prism judges against a copy where they are closed.
REQUEST_SCHEMAS = (
    "InteractionsUpdateRequest",
    "InteractionsEncounterUpdateRequest",
    "InteractionsEncounterPeriod",
    "InteractionsPatient",
)


# Here, not in a test module, so the contract files on one worker share one Prism.
@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the Prism contract tests need it")
    assert PRISM.exists(), "Prism is missing: run `make verify` (it installs tests/contract)"
    spec = copy.deepcopy(load_spec())
    for name in REQUEST_SCHEMAS:
        spec["components"]["schemas"][name]["additionalProperties"] = False
    closed_spec = tmp_path_factory.mktemp("prism") / "interactions-closed.yaml"
    closed_spec.write_text(yaml.safe_dump(spec, sort_keys=False))
    port = _free_port()
    process = subprocess.Popen(
        [
            str(PRISM),
            "mock",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "--errors",
            str(closed_spec),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("Prism did not start") from None
                time.sleep(0.2)
        yield base  # Prism serves the spec's paths without the server's /v2
    finally:
        process.terminate()
        process.wait(timeout=10)
