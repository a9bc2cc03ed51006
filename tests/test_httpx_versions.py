"""The transport-level tests on the oldest and the newest httpx and aiohttp that
pyproject allows, not only on the pinned ones: the runtime uses only their public API, and
this is what shows it.

Each pair is installed once (`pip install --no-deps --target build/httpx-versions/<pair>`,
from whatever index pip is configured with) and put first on `PYTHONPATH` of a pytest run
over the files that exercise the transports, the direct send, timeouts, auth and logging.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = [
    "tests/test_direct.py",
    "tests/test_transports.py",
    "tests/test_timeouts.py",
    "tests/test_redaction.py",
    "tests/test_auth_rejections.py",
    "tests/test_log_query.py",
]


def _bounds(name: str) -> tuple[str, str]:
    """(lowest allowed version, the whole specifier) of a requirement in pyproject."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + [
        r for extra in project["optional-dependencies"].values() for r in extra
    ]
    for requirement in requirements:
        found = re.fullmatch(rf"{re.escape(name)}(>=([0-9.]+)[^;]*)", requirement)
        if found:
            return found.group(2), found.group(1)
    raise AssertionError(f"{name} has no lower bound in pyproject.toml")


def _pair(kind: str) -> list[str]:
    (httpx_low, httpx_range), (aio_low, aio_range) = _bounds("httpx"), _bounds("aiohttp")
    if kind == "oldest":
        return [f"httpx=={httpx_low}", f"aiohttp=={aio_low}", "sniffio"]  # 0.27 needs sniffio
    return [f"httpx{httpx_range}", f"aiohttp{aio_range}", "sniffio"]


def _install(kind: str) -> Path:
    target = ROOT / "build" / "httpx-versions" / kind
    stamp = target / ".installed"
    wanted = " ".join(_pair(kind))
    if not (stamp.exists() and stamp.read_text() == wanted):
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "--no-deps", "--upgrade", "--target", str(target), *_pair(kind)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        stamp.write_text(wanted)
    return target


@pytest.mark.parametrize("kind", ["oldest", "newest"])
def test_the_transport_tests_pass_on_the_allowed_httpx_bounds(kind: str) -> None:
    if os.environ.get("CORTI_HTTPX_VERSIONS_RUN"):
        pytest.skip("already inside a version run")
    target = _install(kind)
    env = {**os.environ, "PYTHONPATH": str(target), "CORTI_HTTPX_VERSIONS_RUN": "1"}
    probe = subprocess.run(
        [sys.executable, "-c", "import httpx, aiohttp, importlib.metadata as m; "
         "print(httpx.__file__, httpx.__version__, aiohttp.__file__, m.version('aiohttp'))"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    loaded = probe.stdout.split()
    assert loaded[0].startswith(str(target)) and loaded[2].startswith(str(target)), probe.stdout  # the bounds
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:randomly", *FILES],
        check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, f"httpx {loaded[1]}, aiohttp {loaded[3]}:\n{run.stdout[-3000:]}"
