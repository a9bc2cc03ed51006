"""The runtime uses only the public API of httpx and httpx-aiohttp (their versions are open
ranges): no private attribute that reached into them before, and no private module."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

RUNTIME = Path(__file__).resolve().parent.parent / "overrides" / "corti_interactions"
# What 0.2.0 used: httpx's Client._transport_for_url, URL._uri_reference, the pool's mounts,
# httpx-aiohttp's transport module; and any `httpx._x` / `from httpx._x import`.
PRIVATE = re.compile(
    r"_transport_for_url|_uri_reference|\._mounts\b|httpx_aiohttp\.transport|\bhttpx\._|from httpx\._"
)


@pytest.mark.parametrize("path", sorted(RUNTIME.rglob("*.py")), ids=lambda p: str(p.relative_to(RUNTIME)))
def test_no_private_name_of_httpx_or_httpx_aiohttp(path: Path) -> None:
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if PRIVATE.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []
