"""The exceptions this client raises.

    CortiError
    └── APIError
        ├── APIStatusError                 the service answered with an error status
        │   ├── BadRequestError            400
        │   ├── AuthenticationError        401
        │   ├── PermissionDeniedError      403
        │   ├── NotFoundError              404
        │   ├── ConflictError              409
        │   ├── UnprocessableEntityError   422
        │   ├── RateLimitError             429
        │   └── InternalServerError        >= 500
        │       └── GatewayTimeoutError    504
        ├── APIConnectionError             the service could not be reached
        │   └── APITimeoutError            ... in time
        └── APIResponseValidationError     a success answer that is not what the spec says
    └── HeldBackError                      a bulk item not sent: an earlier one for its id failed

Invalid input is a plain `ValueError`, raised before anything is sent. Messages name the
method, path and status, never a token, a secret or a body: bodies carry patient data and
stay on the exception's attributes.

Exceptions are logged, pickled and sent to error trackers whole, so the `request` and
`response` they carry are redacted copies: no `Authorization`, `Proxy-Authorization`,
`Cookie` or `Set-Cookie` header, no request body but JSON (the token request's form holds
the client secret), and no body in a success answer to such a request (it holds a token).
The request that went out is left as it was.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import httpx
from corti_interactions_api import models

if TYPE_CHECKING:
    from corti_interactions_api.models import ErrorResponse

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BulkCallbackError",
    "ConflictError",
    "CortiError",
    "GatewayTimeoutError",
    "HeldBackError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "make_status_error",
    "redacted_request",
]

_DETAIL_LIMIT = 300

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# The copy holds the decoded body: these would describe the bytes on the wire, not it.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_REDACTED = "corti_interactions.redacted"  # request extension: this is already a redacted copy


def _body_is_secret(request: httpx.Request) -> bool:
    """Only JSON bodies (the API's) are kept; a form (the token request's) holds the secret."""
    return not request.headers.get("content-type", "").startswith("application/json")


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` that can be logged or pickled: no credentials, no secret body."""
    if request.extensions.get(_REDACTED):
        return request
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _SECRET_HEADERS]
    content = b""
    if not _body_is_secret(request):
        with contextlib.suppress(httpx.RequestNotRead):  # a streamed body was never kept
            content = request.content
    return httpx.Request(
        request.method, request.url, headers=headers, content=content, extensions={_REDACTED: True}
    )


def _redacted_response(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """A copy of `response` answering the redacted `request`; a token answer loses its body."""
    content = b""
    if not (response.is_success and _body_is_secret(response.request)):  # else it holds a token
        with contextlib.suppress(httpx.ResponseNotRead):
            content = response.content
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in _SECRET_HEADERS and k.lower() not in _WIRE_HEADERS
    ]
    extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=request, extensions=extensions
    )


class CortiError(Exception):
    """Base of every exception this client raises (besides `ValueError` for bad input)."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle's default calls `cls(*args)`, which the keyword-only arguments of the
        # subclasses refuse: rebuild from the class, `args` and the attributes instead. A
        # parsed error body travels as its JSON: pickling the model itself would copy the
        # generated `UNSET` sentinel, and `body.title is UNSET` would no longer hold.
        state = dict(self.__dict__)
        body = state.pop("body", None)
        error_body = body.to_dict() if isinstance(body, models.ErrorResponse) else None
        if error_body is None and "body" in self.__dict__:
            state["body"] = body
        return (_rebuild, (type(self), self.args, state, error_body))


def _rebuild(
    cls: type[CortiError], args: tuple[Any, ...], state: dict[str, Any], error_body: dict[str, Any] | None
) -> CortiError:
    """The exception `CortiError.__reduce__` describes."""
    error = cls.__new__(cls, *args)
    error.__dict__.update(state)
    if error_body is not None:
        error.__dict__["body"] = models.ErrorResponse.from_dict(error_body)
    return error


class APIError(CortiError):
    """A request was made and did not succeed.

    `attempts` says how many times it was sent (retries included).
    """

    request: httpx.Request | None
    attempts: int

    def __init__(self, message: str, *, request: httpx.Request | None, attempts: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.request = None if request is None else redacted_request(request)
        self.attempts = attempts

    def _add_note(self, note: str) -> None:
        """Say more in the message (no body, token or secret ever goes here)."""
        self.message = f"{self.message}; {note}"
        self.args = (self.message,)

    def _with_attempts(self, attempts: int) -> None:
        """Record the final attempt count and say it in the message."""
        self.attempts = attempts
        if attempts > 1:
            self.message = f"{self.message} (after {attempts} attempts)"
            self.args = (self.message,)


class APIStatusError(APIError):
    """The service answered with a 4xx or 5xx status.

    `body` is the parsed `ErrorResponse` when the body is one, else the raw text (a gateway's
    HTML page, or nothing). `request_id` comes from the body's `requestid`, else the
    `x-request-id` header.
    """

    status_code: int
    response: httpx.Response
    body: ErrorResponse | str
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: ErrorResponse | str,
        request_id: str | None,
    ) -> None:
        request = redacted_request(response.request)
        super().__init__(message, request=request)
        self.response = _redacted_response(response, request)
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """400: an invalid interaction id or body."""


class AuthenticationError(APIStatusError):
    """401: a missing, expired or rejected token, or rejected client credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the tenant or user may not do this."""


class NotFoundError(APIStatusError):
    """404: no interaction with that id."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the interaction's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the body was understood but refused."""


class RateLimitError(APIStatusError):
    """429: too many requests, or insufficient balance; retried by default."""


class InternalServerError(APIStatusError):
    """5xx: the service or a gateway failed; retried by default (500, 502, 503, 504)."""


class GatewayTimeoutError(InternalServerError):
    """504: a gateway timed out waiting for the service."""


class APIConnectionError(APIError):
    """The service could not be reached (DNS, refused or dropped connection, TLS)."""

    def __init__(self, message: str = "Connection error", *, request: httpx.Request | None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No answer within the timeout (connect, read, write or pool)."""

    def __init__(self, *, request: httpx.Request | None, what: str = "Request") -> None:
        super().__init__(f"{what} timed out", request=request)


class APIResponseValidationError(APIError):
    """A success status whose body is not JSON or misses what the spec requires.

    `body` holds the raw text for inspection; the message never includes it.
    """

    def __init__(self, response: httpx.Response, *, reason: str, body: str | None) -> None:
        request = redacted_request(response.request)
        super().__init__(
            f"{_where(request)} -> {response.status_code}: response does not match the spec ({reason})",
            request=request,
        )
        self.response = _redacted_response(response, request)
        self.status_code = response.status_code
        self.body = body


class HeldBackError(CortiError):
    """A bulk item not sent because an earlier item for the same id did not finish.

    `earlier` is that item's index. Retry the earlier item first, then this one: items for
    one id are applied in input order.
    """

    def __init__(self, earlier: int) -> None:
        super().__init__(
            f"not sent: an earlier item for this id (item {earlier}) did not finish; "
            "retry it first, then this one, to keep their order"
        )
        self.earlier = earlier


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    504: GatewayTimeoutError,
}


def _where(request: httpx.Request) -> str:
    return f"{request.method} {request.url.path}"


def _parse_error_body(response: httpx.Response) -> ErrorResponse | str:
    try:
        data: Any = response.json()
    except ValueError:
        return response.text
    if isinstance(data, dict):
        try:
            return models.ErrorResponse.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return response.text


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def make_status_error(response: httpx.Response, *, what: str | None = None) -> APIStatusError:
    """Build the status-keyed exception for an error response (its body already read)."""
    body = _parse_error_body(response)
    detail = request_id = None
    if isinstance(body, models.ErrorResponse):
        detail = _text(body.detail) or _text(body.details) or _text(body.title)
        request_id = _text(body.requestid)
    request_id = request_id or response.headers.get("x-request-id")
    message = f"{what or _where(response.request)} -> {response.status_code} {response.reason_phrase}"
    if detail:
        message += f": {detail[:_DETAIL_LIMIT]}"
    if request_id:
        message += f" (request id {request_id})"
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(message, response=response, body=body, request_id=request_id)


class OutcomeUnknownError(CortiError):
    """A bulk item whose call was in flight when the run was interrupted (Ctrl-C): it was
    abandoned, and may or may not have been applied. Send it again to be sure (bulk
    operations are idempotent)."""

    def __init__(self) -> None:
        super().__init__(
            "abandoned in flight when the run was interrupted: it may or may not have been applied"
        )


class BulkCallbackError(CortiError):
    """`on_result` raised, so the bulk run stopped; nothing is lost: `results` holds every
    outcome `on_result` did not take (the one it raised on first), applied ones included.

    The exception `on_result` raised is the `__cause__`.
    """

    def __init__(self, cause: BaseException, results: tuple[Any, ...]) -> None:
        applied = sum(1 for result in results if result.error is None)
        super().__init__(
            f"on_result raised {type(cause).__name__}, so the run stopped: {len(results)} outcomes "
            f"it did not take ({applied} applied) are on .results"
        )
        self.results = results
