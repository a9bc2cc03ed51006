"""The exceptions a real-time session raises; none carries a token, audio or a transcript.

CortiError
└── StreamError                 a real-time session could not start or go on
    ├── StreamHandshakeError    the service refused to open the socket (HTTP status)
    │   └── StreamPermissionError   refused with 403: the token may not open this socket
    ├── ConfigRefusedError      the config was refused (CONFIG_DENIED, ...) or never sent in time
    ├── ConfigTimeoutError      no answer to the config within the client's deadline
    ├── StreamServerError       the service sent `error` before accepting the config
    ├── StreamTimeoutError      `flush()` or `end()` got no answer in time (also a TimeoutError)
    ├── StreamBacklogError      the caller left more unread messages than the session may hold
    └── StreamClosedError       the socket closed before the config's answer or the end,
                                or could not be reopened (reconnects used up), or the
                                session was closed (`close()`, its block exited)
"""

from __future__ import annotations

from typing import Any

import httpx

from corti_interactions._exceptions import CortiError, error_fields

__all__ = [
    "ConfigRefusedError",
    "ConfigTimeoutError",
    "StreamBacklogError",
    "StreamClosedError",
    "StreamError",
    "StreamHandshakeError",
    "StreamPermissionError",
    "StreamServerError",
    "StreamTimeoutError",
    "closed_by_caller",
    "missing_websockets",
]


class StreamError(CortiError):
    """A real-time session could not start or go on; `socket` names the endpoint (e.g. `stream`)."""

    def __init__(self, message: str, *, socket: str) -> None:
        super().__init__(message)
        self.socket = socket


class StreamHandshakeError(StreamError):
    """The service refused to open the socket: `status_code` (401 token, 403 tenant, 404 id...).

    What the refusal's body and headers say is read as a refused REST call's is, under the
    same names as `APIStatusError`'s: `code`, `detail` (the service's message), `how_to_fix`,
    `request_id`, `validation_errors`; so one error-to-answer mapping serves both. Never
    retried when 4xx: a fresh token does not change the tenant or the interaction."""

    def __init__(
        self, *, socket: str, status_code: int, response: httpx.Response | None = None, note: str = ""
    ) -> None:
        fields = error_fields(response) if response is not None else None
        said = ""
        if fields is not None and fields.detail:
            said += f": {fields.detail[:300]}"
        if fields is not None and fields.request_id:
            said += f" (request id {fields.request_id})"
        super().__init__(
            f"{socket}: the service refused the socket (HTTP {status_code}){said}{note}", socket=socket
        )
        self.status_code = status_code
        self.code = fields.code if fields else None
        self.detail = fields.detail if fields else None
        self.how_to_fix = fields.how_to_fix if fields else None
        self.request_id = fields.request_id if fields else None
        self.validation_errors = fields.validation_errors if fields else ()


class StreamPermissionError(StreamHandshakeError):
    """The service refused the socket with 403: the token is valid but may not open it.

    A token limited by scope opens only the socket its scope names: `scope` is the one this
    socket needs (`streams`, `transcribe`; mint one with `client.scoped_token([scope])`); a
    token of another tenant is refused alike. Never retried: another token of the same kind
    would be refused again.
    """

    def __init__(self, *, socket: str, scope: str, response: httpx.Response | None = None) -> None:
        note = (
            f"; this socket needs a token of this tenant with the scope '{scope}' "
            f"(client.scoped_token(['{scope}']))"
        )
        super().__init__(socket=socket, status_code=403, response=response, note=note)
        self.scope = scope


class ConfigRefusedError(StreamError):
    """The service refused the config: `type` (`CONFIG_DENIED`, `CONFIG_TIMEOUT`, ...) and its
    `reason`. Not retried: the same config would be refused again."""

    def __init__(self, *, socket: str, type: str, reason: str | None) -> None:
        why = f": {reason}" if reason else ""
        super().__init__(f"{socket}: the service refused the config ({type}){why}", socket=socket)
        self.type = type
        self.reason = reason


class ConfigTimeoutError(StreamError):
    """No answer to the config within `timeout` seconds (the client's own deadline)."""

    def __init__(self, *, socket: str, timeout: float) -> None:
        super().__init__(f"{socket}: no answer to the config within {timeout:g} s", socket=socket)
        self.timeout = timeout


class StreamServerError(StreamError):
    """The service sent an `error` message before accepting the config; `error` is its detail
    as JSON (`id`, `title`, `details`, `status`, ...)."""

    def __init__(self, *, socket: str, error: dict[str, object], summary: str) -> None:
        super().__init__(f"{socket}: the service answered an error: {summary}", socket=socket)
        self.error = error


class StreamClosedError(StreamError):
    """The socket closed (`code`, `reason`) when the session could not go on: before the
    config's answer, before the end, or after the reconnects allowed were used up."""

    def __init__(self, *, socket: str, code: int | None, reason: str, when: str) -> None:
        code_text = f"code {code}" if code is not None else "no close code"
        why = f", {reason}" if reason else ""
        super().__init__(f"{socket}: the socket closed {when} ({code_text}{why})", socket=socket)
        self.code = code
        self.reason = reason


class StreamTimeoutError(StreamError, TimeoutError):
    """`flush()` or `end()` got no answer within `timeout` seconds (`waiting_for` says which
    answer). Also a builtin `TimeoutError`. The session goes on: the answer may still come."""

    def __init__(self, *, socket: str, timeout: float, waiting_for: str) -> None:
        super().__init__(f"{socket}: no {waiting_for} from the service within {timeout:g} s", socket=socket)
        self.timeout = timeout
        self.waiting_for = waiting_for

    def __reduce__(self) -> tuple[Any, ...]:
        # A TimeoutError (OSError) gets its `args` in `__init__` only: rebuild by calling it.
        return (
            _timeout_error,
            (type(self), self.socket, self.timeout, self.waiting_for),
            dict(self.__dict__),
        )


def _timeout_error(
    cls: type[StreamTimeoutError], socket: str, timeout: float, waiting_for: str
) -> StreamTimeoutError:
    return cls(socket=socket, timeout=timeout, waiting_for=waiting_for)


class StreamBacklogError(StreamError):
    """The caller left more than `limit` bytes of the service's messages unread: the session
    was closed rather than hold more (the messages before this error were all delivered)."""

    def __init__(self, *, socket: str, limit: int) -> None:
        super().__init__(
            f"{socket}: more than {limit} bytes of messages were left unread; the session was closed "
            "(read the session while it streams)",
            socket=socket,
        )
        self.limit = limit


def closed_by_caller(socket: str) -> StreamClosedError:
    """The error a sender gets once the session was closed (`close()`, or its block exited)."""
    return StreamClosedError(
        socket=socket, code=None, reason="the session was closed by its owner", when="before this call"
    )


def missing_websockets() -> ImportError:
    """The error to raise when `websockets` is not installed."""
    return ImportError(
        "real-time streaming needs the 'websockets' package: pip install 'corti-interactions[streaming]'"
    )
