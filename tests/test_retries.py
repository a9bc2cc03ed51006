"""Retry policy, table-driven, on the sync and the async client."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
from corti_interactions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from corti_interactions._retries import backoff_delay, retry_after, retry_delay

from .conftest import INTERACTION_ID, Harness


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, json={"detail": f"status {code}"}, headers=headers)


NO_JITTER = 0.0


@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize(
    ("headers", "expected_sleep"),
    [
        ({}, None),  # backoff
        ({"retry-after-ms": "250"}, 0.25),
        ({"Retry-After": "2"}, 2.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "garbage"}, None),
        ({"retry-after-ms": "nan", "Retry-After": "3"}, 3.0),
        ({"Retry-After": "-5"}, None),
    ],
)
def test_retried_statuses_honour_each_header_form(
    make_harness, code: int, headers: dict[str, str], expected_sleep: float | None
) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(status(code, **headers))
    raw = harness.raw_update(INTERACTION_ID)
    assert raw.attempts == 2
    assert len(harness.service.requests) == 2
    (slept,) = harness.sleeps
    if expected_sleep is None:
        assert 0.375 <= slept <= 0.5  # first backoff: 0.5 s less up to 25 % jitter
    else:
        assert slept == pytest.approx(expected_sleep)


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (400, BadRequestError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (401, APIStatusError),
    ],
)
def test_other_4xx_are_not_retried(make_harness, code: int, cls: type) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(status(code, **{"Retry-After": "1"}))
    with pytest.raises(cls) as info:
        harness.update(INTERACTION_ID)
    assert info.value.attempts == 1
    assert len(harness.service.requests) == 1
    assert harness.sleeps == []


@pytest.mark.parametrize(
    ("replies", "max_retries", "cls", "attempts"),
    [
        ([status(503)] * 3, None, InternalServerError, 3),  # default 2 retries
        ([status(429)] * 3, None, RateLimitError, 3),
        ([status(503)] * 6, 5, InternalServerError, 6),
        ([status(503)], 0, InternalServerError, 1),
        ([httpx.ConnectError("refused")] * 3, None, APIConnectionError, 3),
        ([httpx.ReadTimeout("slow")] * 3, None, APITimeoutError, 3),
        ([httpx.ConnectTimeout("slow")] * 3, None, APITimeoutError, 3),
        ([httpx.RemoteProtocolError("dropped")] * 3, None, APIConnectionError, 3),
        ([httpx.ReadError("reset")] * 3, None, APIConnectionError, 3),
    ],
)
def test_exhaustion_raises_the_last_error_with_the_attempt_count(
    make_harness, replies: list, max_retries: int | None, cls: type, attempts: int
) -> None:  # type: ignore[no-untyped-def, type-arg]
    kwargs = {} if max_retries is None else {"max_retries": max_retries}
    harness: Harness = make_harness(*replies, **kwargs)
    with pytest.raises(cls) as info:
        harness.update(INTERACTION_ID)
    assert type(info.value) is cls
    assert info.value.attempts == attempts
    assert len(harness.service.requests) == attempts
    assert len(harness.sleeps) == attempts - 1
    if attempts > 1:
        assert f"(after {attempts} attempts)" in str(info.value)
    else:
        assert "attempts" not in str(info.value)


@pytest.mark.parametrize(
    ("replies", "attempts"),
    [
        ([status(503), status(503)], 3),
        ([httpx.ConnectError("refused"), status(502)], 3),
        ([httpx.ReadTimeout("slow")], 2),
        ([status(504)], 2),
    ],
)
def test_success_after_retries(make_harness, replies: list, attempts: int) -> None:  # type: ignore[no-untyped-def, type-arg]
    harness: Harness = make_harness(*replies)
    raw = harness.raw_update(INTERACTION_ID)
    assert raw.status_code == 200
    assert raw.attempts == attempts
    assert len(harness.sleeps) == attempts - 1


def test_backoff_doubles_up_to_the_cap(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(*[status(503)] * 6, max_retries=6)
    harness.update(INTERACTION_ID)
    maxima = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(harness.sleeps) == 6
    for slept, most in zip(harness.sleeps, maxima, strict=True):
        assert 0.75 * most <= slept <= most


@pytest.mark.parametrize(
    "headers", [{"Retry-After": "61"}, {"retry-after-ms": "60001"}, {"Retry-After": "3600"}]
)
def test_a_wait_over_sixty_seconds_is_not_waited_for(make_harness, headers: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(status(429, **headers))
    with pytest.raises(RateLimitError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.attempts == 1
    assert harness.sleeps == []


def test_exactly_sixty_seconds_is_waited_for(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(status(429, **{"Retry-After": "60"}))
    harness.update(INTERACTION_ID)
    assert harness.sleeps == [60.0]


def test_http_date_retry_after(make_harness) -> None:  # type: ignore[no-untyped-def]
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    harness: Harness = make_harness(status(503, **{"Retry-After": when}))
    harness.update(INTERACTION_ID)
    (slept,) = harness.sleeps
    assert 3.0 <= slept <= 5.0


@pytest.mark.parametrize(
    ("client_retries", "call_retries", "attempts"),
    [(2, 0, 1), (0, 3, 4), (5, None, 1), (None, 1, 2)],
)
def test_per_call_max_retries_overrides_the_client(
    make_harness, client_retries: int | None, call_retries: int | None, attempts: int
) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(*[status(503)] * 6, max_retries=client_retries)
    with pytest.raises(InternalServerError) as info:
        harness.update(INTERACTION_ID, max_retries=call_retries)
    assert info.value.attempts == attempts


def test_max_retries_none_means_no_retries_not_the_default(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(status(503), max_retries=None)
    with pytest.raises(InternalServerError):
        harness.update(INTERACTION_ID)
    assert len(harness.service.requests) == 1


def test_malformed_success_is_not_retried(make_harness) -> None:  # type: ignore[no-untyped-def]
    from corti_interactions import APIResponseValidationError

    harness: Harness = make_harness(httpx.Response(200, text="<html>"))
    with pytest.raises(APIResponseValidationError):
        harness.update(INTERACTION_ID)
    assert len(harness.service.requests) == 1


# --- the policy's two functions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": " 20 "}, 0.02),
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "0.25"}, 0.25),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # in the past
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": ""}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "-1"}, None),
        ({"retry-after-ms": "x", "Retry-After": "2"}, 2.0),
        ({"retry-after-ms": "100", "Retry-After": "2"}, 0.1),
    ],
)
def test_retry_after_parsing(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after(httpx.Headers(headers)) == expected


def test_retry_after_http_date_against_a_fixed_clock() -> None:
    headers = httpx.Headers({"Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT"})
    assert retry_after(headers, now=lambda: 784111777 - 12) == 12.0


@pytest.mark.parametrize(
    ("retry", "no_jitter", "full_jitter"),
    [(1, 0.5, 0.375), (2, 1.0, 0.75), (3, 2.0, 1.5), (4, 4.0, 3.0), (5, 8.0, 6.0), (9, 8.0, 6.0)],
)
def test_backoff_delay(retry: int, no_jitter: float, full_jitter: float) -> None:
    assert backoff_delay(retry, rand=lambda: 0.0) == no_jitter
    assert backoff_delay(retry, rand=lambda: 1.0) == full_jitter


def test_retry_delay_prefers_the_header_and_refuses_long_waits() -> None:
    assert retry_delay(1, httpx.Headers({"Retry-After": "3"})) == 3.0
    assert retry_delay(1, httpx.Headers({"Retry-After": "61"})) is None
    assert retry_delay(2, None, rand=lambda: 0.0) == 1.0
    assert retry_delay(2, httpx.Headers({"Retry-After": "bad"}), rand=lambda: 0.0) == 1.0
