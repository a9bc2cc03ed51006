"""Error answers become one status-keyed exception each, with what support needs."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import corti_interactions
import httpx
import pytest
from corti_interactions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CortiError,
    ErrorResponse,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from corti_interactions._exceptions import make_status_error

from .conftest import INTERACTION_ID, Harness

NOT_FOUND = {"requestid": "req-123", "status": 404, "type": "A0007", "detail": "Interaction not found"}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (501, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, GatewayTimeoutError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_each_status_raises_its_class(make_harness, status: int, cls: type) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(max_retries=0)
    harness.service.api_replies = [httpx.Response(status, json={"detail": "nope", "requestid": "r1"})]
    with pytest.raises(cls) as info:
        harness.update(INTERACTION_ID)
    error = info.value
    assert type(error) is cls
    assert isinstance(error, APIStatusError | APIError | CortiError)
    assert error.status_code == status
    assert error.request_id == "r1"
    assert error.response.status_code == status


def test_message_names_method_path_status_detail_and_request_id(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(httpx.Response(404, json=NOT_FOUND))
    with pytest.raises(NotFoundError) as info:
        harness.update(INTERACTION_ID, patient={"identifier": "p", "name": "Jane Patient-Doe"})
    assert str(info.value) == (
        f"PATCH /v2/interactions/{INTERACTION_ID} -> 404 Not Found: Interaction not found "
        "(request id req-123)"
    )
    assert "Jane" not in repr(info.value)
    assert isinstance(info.value.body, ErrorResponse)
    assert info.value.body.type_ == "A0007"


def test_older_error_shape_is_understood(make_harness) -> None:  # type: ignore[no-untyped-def]
    old = {"title": "Forbidden", "details": "invalid user", "instance": "/interactions/x"}
    harness: Harness = make_harness(httpx.Response(403, json=old, headers={"x-request-id": "hdr-9"}))
    with pytest.raises(
        PermissionDeniedError, match=r"403 Forbidden: invalid user \(request id hdr-9\)"
    ) as info:
        harness.update(INTERACTION_ID)
    assert isinstance(info.value.body, ErrorResponse)
    assert info.value.request_id == "hdr-9"


def test_validation_errors_are_kept_on_the_body(make_harness) -> None:  # type: ignore[no-untyped-def]
    body = {
        "requestid": "r",
        "status": 400,
        "type": "A0003",
        "detail": "bad request",
        "validationErrors": [{"encounter.status": "not allowed"}],
    }
    harness: Harness = make_harness(httpx.Response(400, json=body))
    with pytest.raises(BadRequestError) as info:
        harness.update(INTERACTION_ID)
    assert isinstance(info.value.body, ErrorResponse)
    assert info.value.body.to_dict()["validationErrors"] == [{"encounter.status": "not allowed"}]


@pytest.mark.parametrize(
    ("reply", "body"),
    [
        (
            {"text": "<html><body>502 Bad Gateway</body></html>", "headers": {"content-type": "text/html"}},
            "<html>",
        ),
        ({"content": b""}, ""),
        ({"json": ["a", "list"]}, '["a","list"]'),
        ({"json": {"status": "not-an-int"}}, None),
    ],
)
def test_non_json_error_bodies_keep_the_raw_text(make_harness, reply: dict, body: str | None) -> None:  # type: ignore[no-untyped-def, type-arg]
    harness: Harness = make_harness(httpx.Response(409, **reply))
    with pytest.raises(ConflictError) as info:
        harness.update(INTERACTION_ID)
    if body is None:
        assert isinstance(info.value.body, str | ErrorResponse)
    else:
        assert isinstance(info.value.body, str)
        assert info.value.body.replace(" ", "").startswith(body.replace(" ", ""))
    assert "<html>" not in str(info.value)


def test_detail_is_truncated_in_the_message(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(httpx.Response(400, json={"detail": "x" * 5000}))
    with pytest.raises(BadRequestError) as info:
        harness.update(INTERACTION_ID)
    assert len(str(info.value)) < 500


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.ConnectTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("dropped"), APIConnectionError),
    ],
)
def test_transport_failures_become_connection_errors(make_harness, exc: Exception, cls: type) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(exc, max_retries=0)
    with pytest.raises(cls) as info:
        harness.update(INTERACTION_ID)
    assert type(info.value) is cls
    assert info.value.__cause__ is exc
    assert f"/v2/interactions/{INTERACTION_ID}" in str(info.value)


def test_every_exception_is_importable_from_the_package() -> None:
    for name in [
        "CortiError",
        "APIError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "GatewayTimeoutError",
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
    ]:
        cls = getattr(corti_interactions, name)
        assert issubclass(cls, CortiError)
        assert cls.__module__ == "corti_interactions"
        assert cls.__doc__


def test_an_answer_that_cannot_be_decoded_is_a_connection_error(make_harness) -> None:  # type: ignore[no-untyped-def]
    """A gateway's broken gzip body: retried like a dropped connection, never a bare httpx error."""

    def broken_gzip(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, stream=httpx.ByteStream(b"not gzip"), headers={"content-encoding": "gzip"})

    harness: Harness = make_harness(broken_gzip, broken_gzip, max_retries=1)
    with pytest.raises(APIConnectionError) as info:
        harness.update(INTERACTION_ID)
    assert type(info.value) is APIConnectionError
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert "could not be decoded" in str(info.value)
    assert info.value.attempts == 2


# --- pickling: exceptions cross process boundaries (multiprocessing, task queues) ---------------

_REQUEST = httpx.Request("PATCH", f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}", content=b"{}")


def _status_response(status: int) -> httpx.Response:
    body = {"requestid": "req-7", "status": status, "type": "A0001", "detail": "nope"}
    return httpx.Response(status, json=body, headers={"x-request-id": "hdr-7"}, request=_REQUEST)


def _every_error() -> list[CortiError]:
    from corti_interactions._exceptions import make_status_error

    errors: list[CortiError] = [
        CortiError("base"),
        APIError("PATCH /v2/x failed", request=_REQUEST, attempts=3),
        APIConnectionError("PATCH /v2/x: connection failed (ConnectError)", request=_REQUEST),
        APITimeoutError(request=_REQUEST, what="PATCH /v2/x"),
        corti_interactions.APIResponseValidationError(
            httpx.Response(200, text="<html>", request=_REQUEST), reason="body is not JSON", body="<html>"
        ),
        make_status_error(_status_response(418)),
    ]
    errors += [make_status_error(_status_response(s)) for s in (400, 401, 403, 404, 409, 422, 429, 500, 504)]
    envelope = {"error": {"code": "A0021", "message": "Insufficient balance", "requestId": "req-8"}}
    errors.append(make_status_error(httpx.Response(429, json=envelope, request=_REQUEST)))
    from corti_interactions._auth.errors import oauth_error

    for keycloak_error in (
        "invalid_grant",
        "invalid_client",
        "unauthorized_client",
        "invalid_scope",
        "other",
    ):
        refused = {"error": keycloak_error, "error_description": "Invalid user credentials"}
        errors.append(oauth_error(make_status_error(httpx.Response(400, json=refused, request=_REQUEST))))
    for error in errors[1:]:
        assert isinstance(error, APIError)
        error._with_attempts(3)
    streaming = [
        corti_interactions.StreamError("stream: closed", socket="stream"),
        corti_interactions.StreamHandshakeError(socket="stream", status_code=401),
        corti_interactions.StreamPermissionError(socket="transcribe", scope="transcribe"),
        corti_interactions.ConfigRefusedError(socket="transcribe", type="CONFIG_DENIED", reason="language"),
        corti_interactions.ConfigTimeoutError(socket="stream", timeout=15.0),
        corti_interactions.StreamServerError(
            socket="stream", error={"id": "audio-invalid"}, summary="audio-invalid"
        ),
        corti_interactions.StreamClosedError(
            socket="stream", code=1011, reason="", when="during the session"
        ),
        corti_interactions.StreamTimeoutError(socket="stream", timeout=2.0, waiting_for="`flushed`"),
        corti_interactions.StreamBacklogError(socket="stream", limit=1024),
    ]
    ok = corti_interactions.BulkResult(0, "3c90c3cc-0d44-4b50-8888-8dd25736052a", None)
    polled = ("3c90c3cc-0d44-4b50-8888-8dd25736052a", "0b3c6f2e-8f5a-4c61-9d0e-2a7b1c4d5e6f")
    return [
        *errors,
        corti_interactions.HeldBackError(7),
        corti_interactions.SignInRequiredError(
            "the user's refresh token has expired: they must sign in again"
        ),
        corti_interactions.FieldError("encounter.status", "must be one of ['planned']; got 'x'"),
        corti_interactions.DownloadIncompleteError(
            request=_REQUEST, received=500, expected=1000, cause="RemoteProtocolError"
        ),
        corti_interactions.OutcomeUnknownError(),
        corti_interactions.BulkCallbackError(RuntimeError("disk full"), (ok,)),
        *streaming,
        corti_interactions.PollFailedError("transcripts_get_status", polled, "status", "failed"),
        corti_interactions.PollTimeoutError("transcripts_get_status", polled, "status", "processing", 1.5),
    ]


def test_every_exception_class_is_in_the_pickling_table() -> None:
    exported = {
        cls
        for name in corti_interactions.__all__
        if isinstance(cls := getattr(corti_interactions, name), type) and issubclass(cls, CortiError)
    }
    assert {type(error) for error in _every_error()} == exported


def unpickled(value: object, protocol: int = pickle.DEFAULT_PROTOCOL) -> Any:
    """`value` through pickle and back (bytes this process made, so loading them is safe)."""
    return pickle.loads(pickle.dumps(value, protocol=protocol))  # noqa: S301


def _same_request(a: httpx.Request | None, b: httpx.Request | None) -> None:
    assert (a is None) == (b is None)
    if a is not None and b is not None:
        assert (a.method, a.url, a.headers.multi_items(), a.content) == (
            b.method,
            b.url,
            b.headers.multi_items(),
            b.content,
        )


def assert_same_error(got: BaseException, want: BaseException) -> None:
    """Equal in everything a handler reads: type, message, args and every attribute."""
    assert type(got) is type(want)
    assert (str(got), repr(got), got.args) == (str(want), repr(want), want.args)
    assert got.__dict__.keys() == want.__dict__.keys()
    for name, value in want.__dict__.items():
        if name == "request":
            _same_request(got.__dict__[name], value)
        elif name == "response":
            other = got.__dict__[name]
            assert (other.status_code, other.headers.multi_items(), other.content) == (
                value.status_code,
                value.headers.multi_items(),
                value.content,
            )
            _same_request(other.request, value.request)
        else:
            assert got.__dict__[name] == value, name


@pytest.mark.parametrize("error", _every_error(), ids=lambda e: type(e).__name__)
def test_every_exception_survives_pickling(error: CortiError) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert_same_error(unpickled(error, protocol), error)
    assert_same_error(copy.copy(error), error)
    assert_same_error(copy.deepcopy(error), error)


def test_status_error_fields_survive_pickling() -> None:
    from corti_interactions._exceptions import make_status_error

    error = make_status_error(_status_response(404))
    error._with_attempts(2)
    clone = unpickled(error)
    assert isinstance(clone, NotFoundError)
    assert (clone.status_code, clone.request_id, clone.attempts) == (404, "req-7", 2)
    assert (
        str(clone)
        == "PATCH /v2/interactions/"
        + INTERACTION_ID
        + " -> 404 Not Found: nope (request id req-7) (after 2 attempts)"
    )
    assert isinstance(clone.body, ErrorResponse) and clone.body == error.body


def test_errors_raised_by_calls_survive_pickling(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(
        httpx.Response(404, json=NOT_FOUND), httpx.ReadTimeout("slow"), max_retries=0
    )
    for _ in range(2):
        with pytest.raises(APIError) as info:
            harness.update(INTERACTION_ID)
        assert_same_error(unpickled(info.value), info.value)


def _error_for(status: int, **kwargs: Any) -> APIStatusError:
    request = httpx.Request("PATCH", f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}")
    return make_status_error(httpx.Response(status, request=request, **kwargs))


@pytest.mark.parametrize(
    ("status", "cls"), [(499, APIStatusError), (500, InternalServerError), (599, InternalServerError)]
)
def test_5xx_starts_at_500(status: int, cls: type) -> None:
    assert type(_error_for(status)) is cls


def test_detail_is_cut_at_300_characters() -> None:
    error = _error_for(400, json={"detail": "d" * 299 + "xyz"})
    assert str(error).endswith(": " + "d" * 299 + "x")


@pytest.mark.parametrize(
    "body",
    [
        {"detail": 123, "title": "Bad thing"},
        {"detail": ["a"], "details": {"x": 1}, "title": "Bad thing"},
        {"detail": "", "title": "Bad thing"},
    ],
)
def test_a_detail_that_is_not_text_falls_back_to_the_title(body: dict[str, Any]) -> None:
    error = _error_for(400, json=body)
    assert str(error) == f"PATCH /v2/interactions/{INTERACTION_ID} -> 400 Bad Request: Bad thing"


@pytest.mark.parametrize("errors", [5, None, ["x"], [None], "ab"])
def test_malformed_validation_errors_keep_the_raw_text(errors: object) -> None:
    error = _error_for(
        422, json={"detail": "refused", "validationErrors": errors}, headers={"x-request-id": "r9"}
    )
    assert type(error) is UnprocessableEntityError
    assert isinstance(error.body, str) and '"validationErrors"' in error.body
    assert error.request_id == "r9"
    assert str(error).endswith("422 Unprocessable Entity (request id r9)")


def test_a_status_errors_response_answers_its_request() -> None:
    error = _error_for(404, json=NOT_FOUND)
    assert error.request is not None
    assert error.response.request is error.request
    assert error.request.url == f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}"
    assert error.response.json() == NOT_FOUND


def test_an_error_from_an_unread_response_has_an_empty_body() -> None:
    request = httpx.Request("GET", "https://api.eu.corti.app/v2/interactions/")
    streamed = httpx.Response(503, request=request, stream=httpx.ByteStream(b"<html>busy</html>"))
    error = APIStatusError("GET /v2/interactions/ -> 503", response=streamed, body="", request_id=None)
    assert error.response.status_code == 503
    assert error.response.content == b""


def test_an_error_made_without_attempts_was_sent_once() -> None:
    assert APIConnectionError(request=None).attempts == 1
    assert APITimeoutError(request=None).attempts == 1
