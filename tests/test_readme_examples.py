"""The README's Python examples run against the fake, as written, so none can go stale or hang.

Each ```python block is preceded by a marker: `<!-- readme-example: run sync -->` (run as a
script), `<!-- readme-example: run async -->` (run inside `async def`, with `client` an
`AsyncCortiClient`) or `<!-- readme-example: not run: <why> -->`; a block without one fails
here. A block runs in its own process (a timeout, so a hang is a failure) in a scratch folder
holding `visit.wav` and `visit.ogg`, with `client`, `interaction_id`, `asyncio` and `Path` given, and
`CortiClient`/`AsyncCortiClient` pointed at the fake whatever credentials the example shows.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from corti_interactions.testing import FakeCorti, write_wav

from .audio_files import ogg_opus_file

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(?:<!-- readme-example: (?P<marker>[^\n]*?) -->\n)?```python\n(?P<code>.*?)```", re.S)
TIMEOUT = 120  # seconds: far beyond what any example takes against the fake

PRELUDE = """
import asyncio, os
from pathlib import Path
import corti_interactions

_FAKE = dict(base_url=os.environ["FAKE_BASE_URL"], tenant_name=os.environ["FAKE_TENANT"],
             client_id=os.environ["FAKE_CLIENT_ID"], client_secret=os.environ["FAKE_CLIENT_SECRET"])


def _at_the_fake(kwargs):
    kwargs.pop("environment", None)
    return {**kwargs, **_FAKE}


class CortiClient(corti_interactions.CortiClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **_at_the_fake(kwargs))


class AsyncCortiClient(corti_interactions.AsyncCortiClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **_at_the_fake(kwargs))


corti_interactions.CortiClient, corti_interactions.AsyncCortiClient = CortiClient, AsyncCortiClient
interaction_id = os.environ["FAKE_INTERACTION"]
"""


def examples() -> list[tuple[str, str, str]]:
    """(id, marker, code) of every python block of the README."""
    found = []
    for match in BLOCK.finditer(README.read_text()):
        line = README.read_text()[: match.start("code")].count("\n") + 1
        found.append((f"README.md:{line}", match.group("marker") or "", match.group("code")))
    return found


def script(marker: str, code: str) -> str:
    if marker == "run sync":
        return PRELUDE + "client = CortiClient()\n" + code
    body = textwrap.indent(code, "        ")
    return (
        PRELUDE
        + f"\n\nasync def _example():\n    async with AsyncCortiClient() as client:\n{body}\n\nasyncio.run(_example())\n"
    )


def test_every_python_block_is_marked() -> None:
    found = examples()
    assert len(found) >= 5
    unmarked = [
        where for where, marker, _ in found if not re.fullmatch(r"run (sync|async)|not run: .+", marker)
    ]
    assert unmarked == [], (
        "mark each README python block: <!-- readme-example: run sync|run async|not run: why -->"
    )


@pytest.mark.parametrize(("where", "marker", "code"), examples(), ids=[e[0] for e in examples()])
def test_the_readme_example_runs_against_the_fake(where: str, marker: str, code: str, tmp_path: Path) -> None:
    if marker.startswith("not run: "):
        pytest.skip(marker)
    write_wav(tmp_path / "visit.wav", 1.0, tone=True)
    ogg_opus_file(tmp_path / "visit.ogg", 1.0)
    with FakeCorti(segment_seconds=0.2) as fake:
        seeded = fake.add_interaction(id="3c90c3cc-0d44-4b50-8888-8dd25736052a")  # the README's id
        for _ in range(3):
            fake.add_interaction(
                encounter={"identifier": "e", "status": "in-progress", "type": "consultation"}
            )
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("CORTI_")},
            "FAKE_BASE_URL": fake.base_url, "FAKE_TENANT": fake.tenant_name,
            "FAKE_CLIENT_ID": fake.client_id, "FAKE_CLIENT_SECRET": fake.client_secret,
            "FAKE_INTERACTION": seeded["id"],
        }  # fmt: skip
        try:
            done = subprocess.run(
                [sys.executable, "-c", script(marker, code)],
                cwd=tmp_path, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            pytest.fail(f"{where}: still running after {TIMEOUT} s")
    assert done.returncode == 0, f"{where}:\n{done.stderr}"
