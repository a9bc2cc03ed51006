"""Settings and per-call options of the wrong type or out of range: a `ValueError` naming
them, before anything is sent (never a raw `TypeError`/`AttributeError` from deep inside)."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from corti_interactions import APIResponseValidationError, CortiClient
from corti_interactions._payload import path_value, query_values
from corti_interactions_api.types import Param

from .conftest import INTERACTION_ID, Harness, seed_response

MakeHarness = Callable[..., Harness]

BASE = {"tenant_name": "t", "token": "tok", "base_url": "https://api.example/v2"}


@pytest.mark.parametrize("timeout", ["5", -1, 0, math.nan, math.inf, True, httpx.Timeout(5, read=-2)])
def test_a_bad_client_timeout_is_refused_at_construction(timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout must be a number of seconds"):
        CortiClient(timeout=timeout, **BASE)  # type: ignore[arg-type]


@pytest.mark.parametrize("timeout", [0.5, None, httpx.Timeout(None), httpx.Timeout(3, connect=1)])
def test_good_timeouts_are_accepted(timeout: Any) -> None:
    CortiClient(timeout=timeout, **BASE).close()


@pytest.mark.parametrize("timeout", ["5", -1, math.nan])
def test_a_bad_per_call_timeout_is_refused_before_sending(make_harness: MakeHarness, timeout: Any) -> None:
    harness = make_harness(httpx.Response(200, json=seed_response()))
    with pytest.raises(ValueError, match="timeout must be a number of seconds"):
        harness.call("get", INTERACTION_ID, timeout=timeout)
    assert harness.service.requests == []


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ([("X-A", "1")], "default_headers must be a mapping"),
        ({1: "x"}, "header names and values must be strings"),
        ({"X-A": 1}, "header names and values must be strings"),
    ],
)
def test_bad_default_headers_are_a_value_error(headers: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CortiClient(default_headers=headers, **BASE)


@pytest.mark.parametrize(
    ("option", "value"),
    [("extra_headers", [("X-A", "1")]), ("extra_query", "a=1"), ("extra_body", [("a", 1)])],
)
def test_extra_options_must_be_mappings(make_harness: MakeHarness, option: str, value: Any) -> None:
    harness = make_harness(httpx.Response(200, json=seed_response()))
    with pytest.raises(ValueError, match=f"^{option} must be a mapping; got"):
        harness.call("update", INTERACTION_ID, **{option: value})
    assert harness.service.requests == []


BOUNDED = Param("code", "code", str, min_length=2, max_length=4, pattern=r"^[A-Z]+$")
NUMBER = Param("size", "size", int, minimum=1, maximum=100)


@pytest.mark.parametrize(
    ("param", "value", "message"),
    [
        (BOUNDED, "A", "code must be at least 2 characters long"),
        (BOUNDED, "ABCDE", "code must be at most 4 characters long"),
        (BOUNDED, "ab", "code must match the pattern"),
        (NUMBER, 0, "size must be at least 1; got 0"),
        (NUMBER, 101, "size must be at most 100; got 101"),
    ],
)
def test_parameter_bounds_from_the_spec_are_checked(param: Param, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        query_values(param, value)
    # The bounds themselves are allowed.
    assert query_values(NUMBER, 100) == 100 and query_values(NUMBER, 1) == 1
    assert query_values(BOUNDED, "ABCD") == "ABCD" and query_values(BOUNDED, "AB") == "AB"


def test_path_parameters_are_bounded_too() -> None:
    with pytest.raises(ValueError, match="code must match the pattern"):
        path_value(BOUNDED, "a/b")
    assert path_value(Param("id", "id", uuid.UUID), INTERACTION_ID.upper()) == INTERACTION_ID


@pytest.mark.parametrize("expires_in", ["NaN", "Infinity", 0, -5])
def test_a_token_that_never_or_already_expired_is_refused(make_harness: MakeHarness, expires_in: Any) -> None:
    token = httpx.Response(200, json={"access_token": "tok-1", "expires_in": expires_in})
    harness = make_harness(
        httpx.Response(200, json=seed_response()),
        client_id="id",
        client_secret="secret",
        token_replies=[token],
    )
    with pytest.raises(APIResponseValidationError, match="expires_in is not a positive number of seconds"):
        harness.call("get", INTERACTION_ID)
    assert harness.service.requests == []


def test_a_token_that_lives_under_a_second_is_still_used(make_harness: MakeHarness) -> None:
    """Any positive lifetime is a token (a short one is just refreshed soon)."""
    token = httpx.Response(200, json={"access_token": "tok-1", "expires_in": 0.5})
    harness = make_harness(
        httpx.Response(200, json=seed_response()),
        client_id="id",
        client_secret="secret",
        token_replies=[token],
    )
    harness.call("get", INTERACTION_ID)
    assert harness.service.requests[0].headers["Authorization"] == "Bearer tok-1"
