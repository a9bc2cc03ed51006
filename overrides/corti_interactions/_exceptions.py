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
        │   │   └── InsufficientBalanceError   429 A0021: the credit quota is used up
        │   └── InternalServerError        >= 500
        │       └── GatewayTimeoutError    504
        ├── APIConnectionError             the service could not be reached
        │   ├── APITimeoutError            ... in time
        │   └── DownloadIncompleteError    a streamed answer stopped part-way
        └── APIResponseValidationError     a success answer that is not what the spec says
    └── HeldBackError                      a bulk item not sent: an earlier one for its id failed
    └── FieldError (also a ValueError)     a bad argument, refused before anything is sent

Invalid input is a `FieldError`, raised before anything is sent, naming the argument or the
field (`path`): a `ValueError` and a `CortiError`, so one `except CortiError` covers every
failure the client reports. Messages name the
method, path and status, never a token, a secret or a body: bodies carry patient data and
stay on the exception's attributes.

Corti answers errors in three shapes (the spec's `ErrorResponse`): `requestid`/`status`/
`type`/`detail`/`validationErrors`, an older `title`/`details`/`instance`, and the newer
envelope `{"error": {"code", "message", "howToFix", "details": {"validationErrors":
[{"field", "reason"}]}, "requestId"}}`; its token endpoint (Keycloak) answers OAuth2's
`{"error", "error_description"}`. Each is read into the same attributes of
`APIStatusError`: `code`, `detail`, `how_to_fix`, `request_id`, `validation_errors`.

Exceptions are logged, pickled and sent to error trackers whole, so the `request` and
`response` they carry are redacted copies: no `Authorization`, `Proxy-Authorization`,
`Cookie` or `Set-Cookie` header, no request body but JSON (the token request's form holds
the client secret), and no body in a success answer to such a request (it holds a token).
The request that went out is left as it was.
"""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple
from urllib.parse import unquote

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
    "DownloadIncompleteError",
    "FieldError",
    "GatewayTimeoutError",
    "HeldBackError",
    "InsufficientBalanceError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationProblem",
    "error_code",
    "error_fields",
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


class ValidationProblem(NamedTuple):
    """One invalid field the service named: its name or path, and why."""

    field: str
    reason: str


class CortiError(Exception):
    """Base of every exception this client raises (bad input included: `FieldError`)."""

    stops_run: ClassVar[bool] = False
    """A bulk run that meets this error sends nothing more (no later item can succeed)."""

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


class FieldError(CortiError, ValueError):
    """A value refused for one argument or field, before any request is sent; `path` names it
    (`encounter.period.startedAt`, or the argument's name at the top level), and the message
    starts with it. A `ValueError` too, as bad input is."""

    closest: bool = False  # a value that fits none of a `oneOf`'s forms, its closest named

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path} {problem}")
        self.path = path


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
    HTML page, or nothing). Read from whichever shape the body has: `code` (`type`, or the
    envelope's `error.code`, e.g. `A0007`), `detail` (the service's explanation),
    `how_to_fix`, `validation_errors` (`ValidationProblem`s: field and reason; they are kept
    off the message, as a reason may quote the value sent) and `request_id` (else the
    `x-request-id` header).
    """

    status_code: int
    response: httpx.Response
    body: ErrorResponse | str
    request_id: str | None
    code: str | None
    detail: str | None
    how_to_fix: str | None
    validation_errors: tuple[ValidationProblem, ...]

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
        fields = _ErrorFields.read(body)
        self.request_id = request_id or fields.request_id
        self.code, self.detail, self.how_to_fix = fields.code, fields.detail, fields.how_to_fix
        self.validation_errors = fields.validation_errors


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
    """429: too many requests; retried by default (after `Retry-After` when it is given)."""


class InsufficientBalanceError(RateLimitError):
    """429 with code A0021: the tenant's credit balance is used up.

    Corti answers 429 for a spent credit quota, not only for a rate limit. Retrying cannot
    help until credit is added, so it is not retried, and a bulk run sends nothing more.
    """

    stops_run = True


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


class DownloadIncompleteError(APIConnectionError):
    """A streamed answer (a download) stopped before its end: `received` bytes arrived, of
    `expected` (the `Content-Length`, or None when the service did not say). Never retried:
    what was iterated is already with the caller. `write_to_file` leaves no file under the
    name asked for."""

    def __init__(
        self, *, request: httpx.Request | None, received: int, expected: int | None, cause: str
    ) -> None:
        of = f" of {expected}" if expected is not None else ""
        super().__init__(f"the download stopped after {received}{of} bytes ({cause})", request=request)
        self.received = received
        self.expected = expected


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


INSUFFICIENT_BALANCE = "A0021"  # the spec's TooManyRequests description
_MEANINGS = {
    INSUFFICIENT_BALANCE: "insufficient balance: the tenant's credit quota is used up; "
    "retrying will not help until credit is added",
}


_REALM = re.compile(r"/realms/([^/]+)/protocol/openid-connect/token$")


def _setup_hint(response: httpx.Response, code: str | None) -> str | None:
    """What to check when a 404 means the setup is wrong, not the resource: a token endpoint
    that has no such realm (the tenant), or an API path without the base URL's `/v2`."""
    if response.status_code != 404:
        return None
    path = response.request.url.path
    if realm := _REALM.search(path):  # Keycloak: {"error": "Realm does not exist"}
        return (
            f"the token endpoint knows no tenant {unquote(realm.group(1))!r} (its realm): check "
            "tenant_name, and that the environment (eu, us) is the tenant's"
        )
    if "/v2/" not in path and not code:  # the service's own 404s carry a code (A0007)
        return (
            f"is /v2 missing from the base URL? This went to {path}, where every path answers 404;"
            " Corti's base URL is https://api.<environment>.corti.app/v2"
        )
    return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


class _ErrorFields(NamedTuple):
    """What an error body says, whichever of the three shapes it has."""

    code: str | None = None
    detail: str | None = None
    how_to_fix: str | None = None
    request_id: str | None = None
    validation_errors: tuple[ValidationProblem, ...] = ()

    @classmethod
    def read(cls, body: object) -> _ErrorFields:
        if not isinstance(body, models.ErrorResponse):
            return cls()
        envelope = body.error if isinstance(body.error, models.CommonError) else None
        problems: list[ValidationProblem] = []
        for item in body.validation_errors or []:  # the flat shape: {field: message} maps
            problems += [ValidationProblem(str(k), str(v)) for k, v in item.additional_properties.items()]
        if envelope is not None and isinstance(envelope.details, models.CommonErrorDetails):
            for problem in envelope.details.validation_errors or []:
                problems.append(ValidationProblem(str(problem.field or ""), str(problem.reason or "")))
        oauth = body.error if isinstance(body.error, str) else None  # the token endpoint's
        return cls(
            code=_text(envelope and envelope.code) or _text(body.type_) or _text(oauth),
            detail=_text(envelope and envelope.message)
            or _text(body.detail)
            or _text(body.details)
            or _text(body.error_description)
            or _text(body.title),
            how_to_fix=_text(envelope and envelope.how_to_fix),
            request_id=_text(envelope and envelope.request_id) or _text(body.requestid),
            validation_errors=tuple(problems),
        )


def error_fields(response: httpx.Response) -> _ErrorFields:
    """What an (already read) error response says: `code`, `detail`, `how_to_fix`,
    `request_id` (else the `x-request-id` header) and `validation_errors`."""
    fields = _ErrorFields.read(_parse_error_body(response))
    return fields._replace(request_id=fields.request_id or response.headers.get("x-request-id"))


def error_code(response: httpx.Response) -> str | None:
    """The error code an (already read) error response names, e.g. `A0004`, or None."""
    return _ErrorFields.read(_parse_error_body(response)).code


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


def make_status_error(response: httpx.Response, *, what: str | None = None) -> APIStatusError:
    """Build the status-keyed exception for an error response (its body already read)."""
    body = _parse_error_body(response)
    fields = _ErrorFields.read(body)
    request_id = fields.request_id or response.headers.get("x-request-id")
    message = f"{what or _where(response.request)} -> {response.status_code} {response.reason_phrase}"
    meaning = _MEANINGS.get(fields.code or "")
    if meaning:
        message += f": {meaning} ({fields.code})"
    if hint := _setup_hint(response, fields.code):
        message += f": {hint}"
    if fields.detail:
        message += f": {fields.detail[:_DETAIL_LIMIT]}"
    if fields.how_to_fix:
        message += f"; how to fix: {fields.how_to_fix[:_DETAIL_LIMIT]}"
    if request_id:
        message += f" (request id {request_id})"
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    if status == 429 and fields.code == INSUFFICIENT_BALANCE:
        cls = InsufficientBalanceError
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
