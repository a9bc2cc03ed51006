"""The `corti_fake` pytest fixture (registered through the `pytest11` entry point).

Lives outside `corti_interactions.testing` and imports nothing but pytest at load time:
users without the `[testing]` extra load this plugin too (pytest loads every installed
plugin), and must not fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import FakeCorti

__all__ = ["corti_fake"]


@pytest.fixture
def corti_fake() -> Iterator[FakeCorti]:
    """A running `FakeCorti` on loopback, stopped after the test."""
    from .testing import FakeCorti

    with FakeCorti() as fake:
        yield fake
