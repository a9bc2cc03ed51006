"""`update_many` at scale: 10,000 updates over 500 interactions through the fake, each applied
once and in input order per interaction (`make test` runs the same check at 1,000 lines)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from corti_interactions.testing import FakeCorti

from tests.test_bulk import check_updates_apply_once_in_order_per_interaction

# A minute and a half on 2 cores: the scale run, not a gate of `make test`.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    # Room for every request: the order check reads them all, and a token request in between
    # would push the first PATCHes out of the default 10,000-request history.
    with FakeCorti(history=20_000) as server:
        yield server


def test_ten_thousand_updates_apply_once_in_order_per_interaction(fake: FakeCorti) -> None:
    check_updates_apply_once_in_order_per_interaction(fake, 10_000)
