"""The `corti_fake` fixture's plugin: pytest loads it in every run of every project that has
this package installed, so loading it must cost pytest nothing but itself."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

HEAVY = ["corti_interactions", "corti_interactions._client", "corti_interactions_api", "httpx", "attrs"]


def test_loading_the_plugin_imports_nothing_of_the_client() -> None:
    code = (
        "import sys\n"
        "from importlib.metadata import entry_points\n"
        "(plugin,) = entry_points(group='pytest11', name='corti_interactions')\n"
        "module = plugin.load()\n"
        "assert hasattr(module, 'corti_fake'), module\n"
        f"print(sorted(name for name in {HEAVY!r} if name in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_the_fixture_serves_a_fake(corti_fake: Any) -> None:
    assert corti_fake.base_url.startswith("http://127.0.0.1:")
    assert "corti_interactions.testing" in sys.modules
