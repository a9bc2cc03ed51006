"""Error answers become one status-keyed exception each, with what support needs."""

from __future__ import annotations

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
