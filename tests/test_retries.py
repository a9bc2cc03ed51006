"""Retry policy, table-driven, on the sync and the async client.

Each row: the service's replies in order (then the seed response), what the call ends in
(`OK` or the exact exception class), how many attempts it took, and the delays slept
(a number where a header sets it, `backoff(n)` where the jittered backoff of retry n does).
"""

from __future__ import annotations

import datetime
import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncCortiClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CortiClient,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from corti_interactions._constants import MAX_RETRIES_LIMIT
from corti_interactions._retries import (
    backoff_delay,
    retry_after,
    retry_delay,
    should_retry_error,
    should_retry_status,
)

from .conftest import INTERACTION_ID, Harness, Reply, backoff

MakeHarness = Callable[..., Harness]
OK = None  # the call succeeds


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, json={"detail": f"status {code}"}, headers=headers)


def http_date(seconds_ahead: float) -> str:
    moment = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds_ahead)
    return email.utils.format_datetime(moment, usegmt=True)


def play(
    harness: Harness, expect: type[APIError] | None, attempts: int, sleeps: list[Any], **call: Any
) -> APIError | None:
    """Run one update and check the row's outcome, attempt count and delays."""
    if expect is OK:
        raw = harness.raw_update(INTERACTION_ID, **call)
        assert raw.status_code == 200
        assert raw.attempts == attempts
        error = None
    else:
        with pytest.raises(APIError) as info:
            harness.update(INTERACTION_ID, **call)
        error = info.value
        assert type(error) is expect
        assert error.attempts == attempts
        if attempts > 1:
            assert str(error).endswith(f"(after {attempts} attempts)")
        else:
            assert "attempts" not in str(error)
    assert len(harness.service.requests) == attempts
    assert harness.sleeps == sleeps
    assert all(isinstance(s, float) for s in harness.sleeps)
    return error


# --- every retried status, with and without each header form ---------------------------------

RETRIED = {
    408: APIStatusError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
    504: GatewayTimeoutError,
}

HEADER_FORMS: list[tuple[str, dict[str, str], Any]] = [
    ("none", {}, backoff(1)),
    ("ms", {"retry-after-ms": "250"}, 0.25),
    ("ms-fraction", {"retry-after-ms": "12.5"}, 0.0125),
    ("ms-zero", {"retry-after-ms": "0"}, 0.0),
    ("seconds", {"Retry-After": "2"}, 2.0),
    ("seconds-fraction", {"Retry-After": "1.5"}, 1.5),
    ("seconds-zero", {"Retry-After": "0"}, 0.0),
    ("seconds-padded", {"Retry-After": " 3 "}, 3.0),
    ("seconds-60", {"Retry-After": "60"}, 60.0),
    ("ms-60000", {"retry-after-ms": "60000"}, 60.0),
    ("ms-wins", {"retry-after-ms": "100", "Retry-After": "2"}, 0.1),
    ("ms-garbage-then-seconds", {"retry-after-ms": "nan", "Retry-After": "3"}, 3.0),
    ("ms-negative-then-seconds", {"retry-after-ms": "-1", "Retry-After": "4"}, 4.0),
    ("date-past", {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),
    ("garbage", {"Retry-After": "soon"}, backoff(1)),
    ("empty", {"Retry-After": ""}, backoff(1)),
    ("negative", {"Retry-After": "-5"}, backoff(1)),
    ("negative-fraction", {"Retry-After": "-0.5"}, backoff(1)),
    ("infinite", {"Retry-After": "inf"}, backoff(1)),
    ("nan", {"Retry-After": "nan"}, backoff(1)),
    ("ms-garbage", {"retry-after-ms": "later"}, backoff(1)),
    ("ms-negative", {"retry-after-ms": "-250"}, backoff(1)),
    ("bad-date", {"Retry-After": "Wed, 99 Foo 2015 07:28:00 GMT"}, backoff(1)),
]


@pytest.mark.parametrize("code", sorted(RETRIED))
@pytest.mark.parametrize(("headers", "slept"), [pytest.param(h, s, id=i) for i, h, s in HEADER_FORMS])
def test_retried_status_then_success(
    make_harness: MakeHarness, code: int, headers: dict[str, str], slept: Any
) -> None:
    play(make_harness(status(code, **headers)), OK, 2, [slept])


@pytest.mark.parametrize(("code", "cls"), sorted(RETRIED.items()))
def test_retried_status_until_retries_run_out(make_harness: MakeHarness, code: int, cls: type) -> None:
    harness = make_harness(*[status(code, **{"x-request-id": f"rid-{n}"}) for n in range(1, 5)])
    error = play(harness, cls, 3, [backoff(1), backoff(2)])
    assert isinstance(error, APIStatusError)
    assert error.request_id == "rid-3"  # the last answer's error, not the first's


@pytest.mark.parametrize(("code", "cls"), sorted(RETRIED.items()))
@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "61"},
        {"Retry-After": "60.5"},
        {"Retry-After": "3600"},
        {"retry-after-ms": "60001"},
        {"retry-after-ms": "61000", "Retry-After": "1"},  # the ms header wins, and is too long
        {"Retry-After": http_date(3600)},
    ],
)
def test_a_wait_over_sixty_seconds_is_raised_at_once(
    make_harness: MakeHarness, code: int, cls: type, headers: dict[str, str]
) -> None:
    play(make_harness(status(code, **headers)), cls, 1, [])


def test_a_long_wait_on_a_later_attempt_raises_that_attempts_error(make_harness: MakeHarness) -> None:
    harness = make_harness(status(503), status(429, **{"Retry-After": "120"}))
    play(harness, RateLimitError, 2, [backoff(1)])


@pytest.mark.parametrize("seconds_ahead", [3, 10, 59])
def test_http_date_retry_after(make_harness: MakeHarness, seconds_ahead: int) -> None:
    harness = make_harness(status(503, **{"Retry-After": http_date(seconds_ahead)}))
    harness.update(INTERACTION_ID)
    (slept,) = harness.sleeps
    # Whole seconds on the wire (up to 1 s lost), computed against time.time a moment later.
    assert seconds_ahead - 2.0 <= slept <= seconds_ahead


# --- statuses that are not retried -------------------------------------------------------------

NOT_RETRIED = [
    (400, BadRequestError),
    (401, AuthenticationError),  # static token: nothing to refresh
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (405, APIStatusError),
    (409, ConflictError),
    (410, APIStatusError),
    (413, APIStatusError),
    (415, APIStatusError),
    (422, UnprocessableEntityError),
    (451, APIStatusError),
    (501, InternalServerError),
    (505, InternalServerError),
]


@pytest.mark.parametrize(("code", "cls"), NOT_RETRIED)
@pytest.mark.parametrize(
    "headers", [{}, {"Retry-After": "1"}, {"retry-after-ms": "10"}], ids=["plain", "seconds", "ms"]
)
def test_other_statuses_are_not_retried(
    make_harness: MakeHarness, code: int, cls: type, headers: dict[str, str]
) -> None:
    play(make_harness(status(code, **headers)), cls, 1, [])


def test_a_malformed_success_is_not_retried(make_harness: MakeHarness) -> None:
    harness = make_harness(httpx.Response(200, text="<html>"))
    with pytest.raises(APIResponseValidationError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.attempts == 1
    assert len(harness.service.requests) == 1
    assert harness.sleeps == []


# --- connection errors and timeouts --------------------------------------------------------------

TRANSPORT_FAILURES: list[tuple[Exception, type[APIError]]] = [
    (httpx.ConnectError("refused"), APIConnectionError),
    (httpx.RemoteProtocolError("dropped"), APIConnectionError),
    (httpx.ReadError("reset"), APIConnectionError),
    (httpx.WriteError("broken pipe"), APIConnectionError),
    (httpx.ConnectTimeout("slow connect"), APITimeoutError),
    (httpx.ReadTimeout("slow read"), APITimeoutError),
    (httpx.WriteTimeout("slow write"), APITimeoutError),
    (httpx.PoolTimeout("no connection free"), APITimeoutError),
]
FAILURE_IDS = [type(exc).__name__ for exc, _ in TRANSPORT_FAILURES]


@pytest.mark.parametrize(("failure", "cls"), TRANSPORT_FAILURES, ids=FAILURE_IDS)
def test_transport_failure_then_success(make_harness: MakeHarness, failure: Exception, cls: type) -> None:
    play(make_harness(failure), OK, 2, [backoff(1)])


@pytest.mark.parametrize(("failure", "cls"), TRANSPORT_FAILURES, ids=FAILURE_IDS)
def test_transport_failure_until_retries_run_out(
    make_harness: MakeHarness, failure: Exception, cls: type
) -> None:
    error = play(make_harness(failure, failure, failure), cls, 3, [backoff(1), backoff(2)])
    assert isinstance(error, APIConnectionError)
    assert type(error.__cause__) is type(failure)  # raised from the transport's exception
    assert str(failure) not in str(error)  # the message is ours: method, path, what failed
    assert f"PATCH /v2/interactions/{INTERACTION_ID}" in str(error)


# Not transient: the request itself cannot go out this way (a header httpx or h11 refuses, a
# scheme no transport speaks, a proxy that refuses), so sending it again gives the same error.
NOT_TRANSIENT = [
    httpx.LocalProtocolError("Illegal header value b'Bearer a\\r\\nX-Evil: 1'"),
    httpx.UnsupportedProtocol("Request URL has an unsupported protocol 'wss://'"),
    httpx.ProxyError("407 Proxy Authentication Required"),
]


@pytest.mark.parametrize("failure", NOT_TRANSIENT, ids=lambda exc: type(exc).__name__)
def test_a_failure_that_is_not_transient_is_not_retried(
    make_harness: MakeHarness, failure: Exception
) -> None:
    error = play(make_harness(failure, failure, failure), APIConnectionError, 1, [])
    assert error is not None and error.__cause__ is failure
    assert f"PATCH /v2/interactions/{INTERACTION_ID}: could not be sent ({type(failure).__name__})" == str(
        error
    )


@pytest.mark.parametrize(
    ("failure", "transient"),
    [(exc, True) for exc, _ in TRANSPORT_FAILURES]
    + [(httpx.DecodingError("bad gzip"), True), (httpx.CloseError("x"), True)]
    + [(exc, False) for exc in NOT_TRANSIENT]
    + [(httpx.TooManyRedirects("x"), False), (httpx.RequestError("x"), False)],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
)
def test_should_retry_error(failure: Exception, transient: bool) -> None:
    assert should_retry_error(failure) is transient


# --- mixed sequences, the count per client and per call --------------------------------------------

NOT_GIVEN_ = object()  # leave the argument out

SCENARIOS: list[Any] = [
    # (replies, client max_retries, call max_retries, outcome, attempts, sleeps)
    pytest.param([], NOT_GIVEN_, NOT_GIVEN_, OK, 1, [], id="at-once"),
    pytest.param(
        [status(503)] * 2, NOT_GIVEN_, NOT_GIVEN_, OK, 3, [backoff(1), backoff(2)], id="503-503-200"
    ),
    pytest.param(
        [status(503), status(429, **{"Retry-After": "1"}), httpx.ConnectError("x")],
        3,
        NOT_GIVEN_,
        OK,
        4,
        [backoff(1), 1.0, backoff(3)],
        id="mixed-then-200",
    ),
    pytest.param(
        [httpx.ReadTimeout("x"), status(502), status(404)],
        NOT_GIVEN_,
        NOT_GIVEN_,
        NotFoundError,
        3,
        [backoff(1), backoff(2)],
        id="retried-then-404",
    ),
    pytest.param(
        [status(503), httpx.ConnectError("x"), status(504)],
        NOT_GIVEN_,
        NOT_GIVEN_,
        GatewayTimeoutError,
        3,
        [backoff(1), backoff(2)],
        id="last-error-raised",
    ),
    pytest.param([status(503)] * 9, NOT_GIVEN_, 0, InternalServerError, 1, [], id="call-0"),
    pytest.param([status(503)] * 9, NOT_GIVEN_, None, InternalServerError, 1, [], id="call-None"),
    pytest.param(
        [status(503)] * 9,
        NOT_GIVEN_,
        5,
        InternalServerError,
        6,
        [backoff(n) for n in range(1, 6)],
        id="call-5",
    ),
    pytest.param([status(503)] * 5, NOT_GIVEN_, 5, OK, 6, [backoff(n) for n in range(1, 6)], id="call-5-ok"),
    pytest.param([status(503)] * 9, 0, NOT_GIVEN_, InternalServerError, 1, [], id="client-0"),
    pytest.param([status(503)] * 9, None, NOT_GIVEN_, InternalServerError, 1, [], id="client-None"),
    pytest.param([status(503)] * 9, 1, NOT_GIVEN_, InternalServerError, 2, [backoff(1)], id="client-1"),
    pytest.param(
        [status(503)] * 9,
        5,
        NOT_GIVEN_,
        InternalServerError,
        6,
        [backoff(n) for n in range(1, 6)],
        id="client-5",
    ),
    pytest.param([status(503)] * 9, 5, 0, InternalServerError, 1, [], id="client-5-call-0"),
    pytest.param([status(503)] * 9, 5, None, InternalServerError, 1, [], id="client-5-call-None"),
    pytest.param(
        [status(503)] * 9, 0, 2, InternalServerError, 3, [backoff(1), backoff(2)], id="client-0-call-2"
    ),
    pytest.param([status(503)] * 9, None, 1, InternalServerError, 2, [backoff(1)], id="client-None-call-1"),
    pytest.param(
        [status(503)] * 9,
        8,
        NOT_GIVEN_,
        InternalServerError,
        9,
        [backoff(n) for n in range(1, 9)],
        id="backoff-capped-at-8s",
    ),
]


@pytest.mark.parametrize(
    ("replies", "client_retries", "call_retries", "expect", "attempts", "sleeps"), SCENARIOS
)
def test_scenario(
    make_harness: MakeHarness,
    replies: list[Reply],
    client_retries: Any,
    call_retries: Any,
    expect: type[APIError] | None,
    attempts: int,
    sleeps: list[Any],
) -> None:
    client = {} if client_retries is NOT_GIVEN_ else {"max_retries": client_retries}
    call = {} if call_retries is NOT_GIVEN_ else {"max_retries": call_retries}
    play(make_harness(*replies, **client), expect, attempts, sleeps, **call)


def test_per_call_max_retries_does_not_stick(make_harness: MakeHarness) -> None:
    harness = make_harness(status(503), *[status(503)] * 2)
    with pytest.raises(InternalServerError):
        harness.update(INTERACTION_ID, max_retries=0)
    assert harness.raw_update(INTERACTION_ID).attempts == 3  # the client's default again


@pytest.mark.parametrize("value", [-1, 1.5, True, "2", 101, 10**9])
def test_max_retries_must_be_a_whole_number(make_harness: MakeHarness, value: Any) -> None:
    harness = make_harness()
    with pytest.raises(ValueError, match="max_retries"):
        harness.update(INTERACTION_ID, max_retries=value)
    assert harness.service.requests == []
    for cls in (CortiClient, AsyncCortiClient):
        with pytest.raises(ValueError, match="max_retries"):
            cls(tenant_name="t", token="x", max_retries=value)


def test_max_retries_bound_is_named_in_the_error(make_harness: MakeHarness) -> None:
    assert MAX_RETRIES_LIMIT == 100
    harness = make_harness()
    with pytest.raises(ValueError, match=r"max_retries must be at most 100; got 1000"):
        harness.update(INTERACTION_ID, max_retries=1000)
    play(make_harness(*[status(503)] * 100), OK, 101, [backoff(n) for n in range(1, 101)], max_retries=100)


# --- a 401 with client credentials: one forced refresh, one retry ------------------------------------

AUTH_SCENARIOS = [
    # (replies, outcome, attempts, tokens sent on the API requests, token requests, sleeps).
    # `attempts` counts every send; the resend after a 401 does not use up a retry.
    pytest.param([], OK, 1, [1], 1, [], id="200"),
    pytest.param([status(401)], OK, 2, [1, 2], 2, [], id="401-200"),
    pytest.param([status(401)] * 2, AuthenticationError, 2, [1, 2], 2, [], id="401-401"),
    pytest.param([status(401)] * 3, AuthenticationError, 2, [1, 2], 2, [], id="401-401-unused-401"),
    pytest.param([status(401), status(503)], OK, 3, [1, 2, 2], 2, [backoff(1)], id="401-503-200"),
    pytest.param(
        [status(401), status(503), status(503), status(503)],
        InternalServerError,
        4,
        [1, 2, 2, 2],
        2,
        [backoff(1), backoff(2)],
        id="401-then-503s-keeps-both-retries",
    ),
    pytest.param(
        [status(401), httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow")],
        APITimeoutError,
        4,
        [1, 2, 2, 2],
        2,
        [backoff(1), backoff(2)],
        id="401-then-timeouts-counts-the-failed-resend",
    ),
    pytest.param(
        [status(503), status(401), status(401)],
        AuthenticationError,
        3,
        [1, 1, 2],
        2,
        [backoff(1)],
        id="503-401-401",
    ),
]


@pytest.mark.parametrize(("replies", "expect", "attempts", "sent", "tokens", "sleeps"), AUTH_SCENARIOS)
def test_401_forces_one_refresh_and_no_more(
    make_harness: MakeHarness,
    replies: list[Reply],
    expect: type[APIError] | None,
    attempts: int,
    sent: list[int],
    tokens: int,
    sleeps: list[Any],
) -> None:
    harness = make_harness(*replies, client_id="id", client_secret="secret")
    if expect is OK:
        assert harness.raw_update(INTERACTION_ID).attempts == attempts
    else:
        with pytest.raises(APIError) as info:
            harness.update(INTERACTION_ID)
        assert type(info.value) is expect
        assert info.value.attempts == attempts
    authorization = [r.headers["Authorization"] for r in harness.service.requests]
    assert authorization == [f"Bearer tok-{n}" for n in sent]
    assert len(harness.service.token_requests) == tokens
    assert harness.sleeps == sleeps


def test_token_endpoint_5xx_is_retried_like_any_other(make_harness: MakeHarness) -> None:
    """The token request has retries of its own; `attempts` counts the API request's sends."""
    harness = make_harness(
        token_replies=[status(503), httpx.ConnectError("x")], client_id="id", client_secret="secret"
    )
    raw = harness.raw_update(INTERACTION_ID)
    assert raw.attempts == 1
    assert harness.sleeps == [backoff(1), backoff(2)]
    assert len(harness.service.token_requests) == 3
    assert len(harness.service.requests) == 1


def test_a_token_request_failing_throughout_is_not_retried_again_by_the_call(
    make_harness: MakeHarness,
) -> None:
    harness = make_harness(token_replies=[status(503)] * 9, client_id="id", client_secret="secret")
    with pytest.raises(InternalServerError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.attempts == 3
    assert str(info.value).startswith("POST /realms/copiloteu/protocol/openid-connect/token -> 503")
    assert len(harness.service.token_requests) == 3  # not 3 x 3
    assert harness.sleeps == [backoff(1), backoff(2)]
    assert harness.service.requests == []


# --- the policy's functions -----------------------------------------------------------------------


def test_should_retry_status_is_exactly_the_documented_set() -> None:
    retried = {code for code in range(100, 600) if should_retry_status(code)}
    assert retried == {408, 429, 500, 502, 503, 504}


FIXED_NOW = 784111777.0  # Sun, 06 Nov 1994 08:49:37 GMT


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": " 20 "}, 0.02),
        ({"retry-after-ms": "0"}, 0.0),
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "0.25"}, 0.25),
        ({"Retry-After": "3600"}, 3600.0),  # parsed as given; the cap is retry_delay's job
        ({"Retry-After": "Sun, 06 Nov 1994 08:50:07 GMT"}, 30.0),
        ({"Retry-After": "Sun, 06 Nov 1994 09:49:37 GMT"}, 3600.0),
        ({"Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT"}, 0.0),
        ({"Retry-After": "Sun, 06 Nov 1994 08:49:30 GMT"}, 0.0),  # in the past: now
        ({"Retry-After": "Sunday, 06-Nov-94 08:49:47 GMT"}, 10.0),  # RFC 850 form
        ({"Retry-After": "Sun Nov  6 08:49:57 1994"}, 20.0),  # asctime form
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": ""}, None),
        ({"Retry-After": "   "}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "-1"}, None),
        ({"Retry-After": "1e400"}, None),
        ({"retry-after-ms": "-1"}, None),
        ({"retry-after-ms": "x", "Retry-After": "2"}, 2.0),
        ({"retry-after-ms": "100", "Retry-After": "2"}, 0.1),
        ({"retry-after-ms": "", "Retry-After": "2"}, 2.0),
    ],
)
@pytest.mark.usefixtures("local_zone")  # an HTTP date is GMT whatever the machine's zone
def test_retry_after(headers: dict[str, str], expected: float | None) -> None:
    got = retry_after(httpx.Headers(headers), now=lambda: FIXED_NOW)
    assert got == (None if expected is None else pytest.approx(expected))


@pytest.mark.usefixtures("local_zone")
def test_retry_after_uses_time_time_by_default() -> None:
    headers = httpx.Headers({"Retry-After": http_date(30)})
    got = retry_after(headers)
    assert got is not None and 28.0 <= got <= 30.0
    assert time.time() > FIXED_NOW  # the fixed clock above is not the default


@pytest.mark.parametrize(
    ("retry", "no_jitter", "full_jitter"),
    [
        (1, 0.5, 0.375),
        (2, 1.0, 0.75),
        (3, 2.0, 1.5),
        (4, 4.0, 3.0),
        (5, 8.0, 6.0),
        (6, 8.0, 6.0),
        (30, 8.0, 6.0),
    ],
)
def test_backoff_delay(retry: int, no_jitter: float, full_jitter: float) -> None:
    assert backoff_delay(retry, rand=lambda: 0.0) == no_jitter
    assert backoff_delay(retry, rand=lambda: 1.0) == full_jitter
    assert backoff_delay(retry, rand=lambda: 0.5) == pytest.approx(no_jitter * 0.875)


@pytest.mark.parametrize("retry", [1024, 1025, 1100, 10**6, 2**63])
def test_backoff_delay_does_not_overflow_on_late_retries(retry: int) -> None:
    assert backoff_delay(retry, rand=lambda: 0.0) == 8.0
    assert backoff_delay(retry, rand=lambda: 1.0) == 6.0


@pytest.mark.parametrize("retry", [0, -1])
def test_backoff_delay_before_the_first_retry_is_the_initial_delay(retry: int) -> None:
    assert backoff_delay(retry, rand=lambda: 0.0) == 0.5


def test_backoff_delay_default_jitter_stays_in_range() -> None:
    delays = [backoff_delay(1) for _ in range(200)]
    assert all(0.375 <= d <= 0.5 for d in delays)
    assert len(set(delays)) > 1  # jittered, not constant


def never() -> float:
    raise AssertionError("the backoff must not be consulted when the header decides")


@pytest.mark.parametrize(
    ("retry", "headers", "rand", "expected"),
    [
        (1, None, 0.0, 0.5),
        (3, None, 1.0, 1.5),
        (2, {}, 0.0, 1.0),
        (2, {"Retry-After": "bad"}, 0.0, 1.0),
        (4, {"Retry-After": "-3"}, 0.0, 4.0),
        (1, {"Retry-After": "3"}, never, 3.0),
        (5, {"Retry-After": "0.5"}, never, 0.5),
        (1, {"Retry-After": "60"}, never, 60.0),
        (1, {"Retry-After": "60.001"}, never, None),
        (1, {"Retry-After": "61"}, never, None),
        (1, {"retry-after-ms": "60000"}, never, 60.0),
        (1, {"retry-after-ms": "60001"}, never, None),
        (1, {"Retry-After": "Sun, 06 Nov 1994 08:50:07 GMT"}, never, 30.0),
        (1, {"Retry-After": "Sun, 06 Nov 1994 08:51:07 GMT"}, never, None),
    ],
)
def test_retry_delay(retry: int, headers: dict[str, str] | None, rand: Any, expected: float | None) -> None:
    rand_fn = rand if callable(rand) else (lambda: rand)
    got = retry_delay(
        retry, None if headers is None else httpx.Headers(headers), rand=rand_fn, now=lambda: FIXED_NOW
    )
    assert got == (None if expected is None else pytest.approx(expected))


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirects_are_not_followed(make_harness: Callable[..., Harness], status: int) -> None:
    # A redirect would carry the bearer token to wherever the Location points.
    harness = make_harness(httpx.Response(status, headers={"Location": "https://elsewhere.example/v2/x"}))
    with pytest.raises(APIStatusError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.status_code == status
    assert [str(r.url.host) for r in harness.service.requests] == ["api.eu.corti.app"]
