"""Timeouts: a finite default, per client and per call, and `None` unlike not-given."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from corti_interactions import NOT_GIVEN

from .conftest import INTERACTION_ID, Harness

DEFAULT = {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
NONE = {"connect": None, "read": None, "write": None, "pool": None}


def sent_timeout(harness: Harness) -> dict[str, Any]:
    return dict(harness.service.requests[-1].extensions["timeout"])


@pytest.mark.parametrize(
    ("client_timeout", "call_timeout", "expected"),
    [
        (NOT_GIVEN, NOT_GIVEN, DEFAULT),
        (10, NOT_GIVEN, {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": 10.0}),
        (httpx.Timeout(3, connect=1), NOT_GIVEN, {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}),
        (None, NOT_GIVEN, NONE),
        (NOT_GIVEN, 2.5, {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}),
        (NOT_GIVEN, None, NONE),
        (10, None, NONE),
        (None, 4, {"connect": 4.0, "read": 4.0, "write": 4.0, "pool": 4.0}),
        (NOT_GIVEN, httpx.Timeout(None, read=9), {"connect": None, "read": 9.0, "write": None, "pool": None}),
    ],
)
def test_timeout_reaches_the_transport(
    make_harness, client_timeout: Any, call_timeout: Any, expected: dict[str, Any]
) -> None:  # type: ignore[no-untyped-def]
    kwargs = {} if client_timeout is NOT_GIVEN else {"timeout": client_timeout}
    harness: Harness = make_harness(**kwargs)
    call = {} if call_timeout is NOT_GIVEN else {"timeout": call_timeout}
    harness.update(INTERACTION_ID, **call)
    assert sent_timeout(harness) == expected


def test_per_call_timeout_does_not_stick(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness()
    harness.update(INTERACTION_ID, timeout=1)
    harness.update(INTERACTION_ID)
    assert sent_timeout(harness) == DEFAULT


def test_default_pool_of_own_clients_has_the_default_timeout() -> None:
    from corti_interactions import AsyncCortiClient, CortiClient

    assert CortiClient(tenant_name="t", token="x")._http.timeout == httpx.Timeout(60, connect=5)
    client = AsyncCortiClient(tenant_name="t", token="x", async_transport="httpx")
    assert client._http.timeout == httpx.Timeout(60, connect=5)
