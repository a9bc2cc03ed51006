"""What an exception carries is free of secrets: exceptions are logged, pickled and sent to
error trackers with their request, response and cause.

Every error path that can hold a secret (the client secret in the token request's form, the
access token in the token endpoint's answer, the bearer token on an API request) is run on
the sync and the async client; then the exception, everything pickle reaches from it, and
its cause's request are searched for the secret.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
)

from .conftest import INTERACTION_ID, TENANT, Harness

MakeHarness = Callable[..., Harness]

SECRET = "client-secret-Zq81"
TOKEN = "static-token-Hk27"
ISSUED = "issued-token-Wm55"


def reachable(error: BaseException) -> str:
    """Everything a logger, pickle or an error tracker can read from `error`, as text."""
    parts: list[Any] = [str(error), repr(error), vars(error), pickle.dumps(error)]
    for name in ("request", "response"):
        value = getattr(error, name, None)
        if value is not None:
            parts += [repr(value), value.headers.multi_items(), value.content]
    response = getattr(error, "response", None)
    if response is not None:
        parts += [response.request.headers.multi_items(), response.request.content]
    cause = error.__cause__
    if isinstance(cause, httpx.RequestError):
        parts += [repr(cause), cause.request.headers.multi_items(), cause.request.content]
    return "\n".join(p.decode("latin-1") if isinstance(p, bytes) else str(p) for p in parts)


def assert_clean(error: BaseException, *secrets: str) -> None:
    text = reachable(error)
    for secret in secrets:
        assert secret not in text
    request = getattr(error, "request", None)
    if request is not None:
        assert "Authorization" not in request.headers
        assert request.headers["Tenant-Name"] == TENANT  # what helps support stays


def fail(harness: Harness, expect: type[APIError]) -> APIError:
    with pytest.raises(APIError) as info:
        harness.update(INTERACTION_ID, patient={"identifier": "p-1"})
    assert type(info.value) is expect
    return info.value


def credentials(make_harness: MakeHarness, *token_replies: Any, **kwargs: Any) -> Harness:
    return make_harness(client_id="my-id", client_secret=SECRET, token_replies=list(token_replies), **kwargs)


def test_rejected_credentials_do_not_carry_the_secret(make_harness: MakeHarness) -> None:
    refused = httpx.Response(401, json={"error": "invalid_client", "error_description": "bad secret"})
    error = fail(credentials(make_harness, refused), AuthenticationError)
    assert_clean(error, SECRET)
    assert error.request is not None
    assert error.request.content == b""  # the form, with the secret, is not kept
    assert error.request.url.path.endswith("/protocol/openid-connect/token")
    assert error.response.json()["error"] == "invalid_client"  # the service's reason is kept


def test_a_failing_token_endpoint_does_not_carry_the_secret(make_harness: MakeHarness) -> None:
    error = fail(credentials(make_harness, *[httpx.Response(503)] * 3), InternalServerError)
    assert_clean(error, SECRET)


@pytest.mark.parametrize(
    ("failure", "expect"),
    [(httpx.ConnectError("refused"), APIConnectionError), (httpx.ReadTimeout("slow"), APITimeoutError)],
)
def test_an_unreachable_token_endpoint_does_not_carry_the_secret(
    make_harness: MakeHarness, failure: Exception, expect: type[APIError]
) -> None:
    error = fail(credentials(make_harness, failure, failure, failure), expect)
    assert_clean(error, SECRET)


@pytest.mark.parametrize(
    "reply",
    [
        {"json": {"access_token": ISSUED, "expires_in": "soon"}},
        {"json": {"access_token": f"{ISSUED} x", "expires_in": 300}},
        {"text": f"access_token={ISSUED}"},
    ],
)
def test_a_malformed_token_answer_does_not_carry_the_token(make_harness: MakeHarness, reply: Any) -> None:
    error = fail(credentials(make_harness, httpx.Response(200, **reply)), APIResponseValidationError)
    assert_clean(error, SECRET, ISSUED)
    assert isinstance(error, APIResponseValidationError)
    assert error.response.content == b""
    assert error.response.status_code == 200


@pytest.mark.parametrize(
    ("reply", "expect"),
    [
        (httpx.Response(404, json={"detail": "Interaction not found"}), NotFoundError),
        (httpx.Response(200, text="<html>"), APIResponseValidationError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.LocalProtocolError("refused header"), APIConnectionError),
    ],
)
def test_an_api_error_does_not_carry_the_bearer_token(
    make_harness: MakeHarness, reply: Any, expect: type[APIError]
) -> None:
    error = fail(make_harness(reply, reply, reply, token=TOKEN), expect)
    assert_clean(error, TOKEN)
    assert error.request is not None
    assert error.request.content == b'{"patient":{"identifier":"p-1"}}'  # the caller's own body stays


def test_a_401_after_a_refresh_carries_neither_token(make_harness: MakeHarness) -> None:
    harness = credentials(make_harness, httpx.Response(200, json={"access_token": ISSUED, "expires_in": 300}))
    harness.service.api_replies = [httpx.Response(401), httpx.Response(401)]
    error = fail(harness, AuthenticationError)
    assert_clean(error, SECRET, ISSUED, "tok-1")


def test_redaction_keeps_a_gzipped_answer_readable(make_harness: MakeHarness) -> None:
    import gzip

    body = gzip.compress(b'{"detail": "Interaction not found"}')

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(body))

    error = fail(make_harness(reply, token=TOKEN), NotFoundError)
    assert isinstance(error, NotFoundError)
    assert error.response.json() == {"detail": "Interaction not found"}
    assert pickle.loads(pickle.dumps(error)).response.content == error.response.content  # noqa: S301


def test_the_requests_the_caller_holds_are_left_alone(make_harness: MakeHarness) -> None:
    """Redaction copies: the request that goes out (and is resent) keeps its Authorization."""
    harness = make_harness(httpx.Response(503), httpx.Response(404), token=TOKEN)
    fail(harness, NotFoundError)
    assert [r.headers["Authorization"] for r in harness.service.requests] == [f"Bearer {TOKEN}"] * 2


def test_reprs_of_what_a_user_reaches_hold_no_secret(make_harness: MakeHarness) -> None:
    harness = credentials(make_harness)
    raw = harness.raw_update(INTERACTION_ID)
    static = make_harness(token=TOKEN)
    texts = [
        repr(harness.client),
        str(harness.client),
        repr(harness.client._config.auth),
        repr(static.client),
        repr(static.client._config.auth),
        repr(raw),
        str(raw),
    ]
    for text in texts:
        assert SECRET not in text and TOKEN not in text and "tok-1" not in text
    assert "client_secret=***" in texts[0]
    assert "token=***" in texts[3]
