"""The `corti_fake` pytest fixture, registered through the `pytest11` entry point.

pytest loads every installed plugin in every run, so this plugin is loaded by the tests of
every project that has `corti-interactions` installed. It is a top-level module, not one
inside `corti_interactions`: importing anything in that package runs its `__init__`, which
loads the whole client (httpx, attrs, the generated models). Here only pytest is imported;
the fake (and with it the client) is imported by the fixture, when a test asks for it, and
needs the `[testing]` extra only then.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from corti_interactions.testing import FakeCorti

__all__ = ["corti_fake"]


@pytest.fixture
def corti_fake() -> Iterator[FakeCorti]:
    """A running `FakeCorti` on loopback, stopped after the test."""
    from corti_interactions.testing import FakeCorti

    with FakeCorti() as fake:
        yield fake
