"""Typed Python client for Corti's Interactions API and the scribe workflow under it
(recordings, transcripts, facts, documents, templates).

>>> from corti_interactions import CortiClient
>>> with CortiClient(tenant_name="copiloteu", client_id="...", client_secret="...") as client:
...     interaction = client.interactions.update(
...         "3c90c3cc-0d44-4b50-8888-8dd25736052a", encounter={"status": "completed"}
...     )

Models are the generated ones from `corti_interactions_api.models`, re-exported here, as are
the types the generated methods return (`RawResponse`, `SyncPage`, `AsyncPage`).
"""

from __future__ import annotations

import importlib
import typing

from corti_interactions_api import models as _models
from corti_interactions_api.sockets import SOCKET_MESSAGE_UNIONS as _MESSAGE_UNIONS
from corti_interactions_api.types import (
    AsyncEventStream,
    AsyncPage,
    EventStream,
    RawResponse,
    SyncPage,
    UnknownEvent,
)

from ._auth import (
    ClientCredentials,
    InvalidClientError,
    InvalidGrantError,
    InvalidScopeError,
    OAuthError,
    Pkce,
    ScopedToken,
    SignInRequiredError,
    StaticToken,
    Token,
    UnauthorizedClientError,
)
from ._client import AsyncCortiClient, CortiClient
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkCallbackError,
    ConflictError,
    CortiError,
    DownloadIncompleteError,
    FieldError,
    GatewayTimeoutError,
    HeldBackError,
    InsufficientBalanceError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationProblem,
)
from ._streaming.errors import (
    ConfigRefusedError,
    ConfigTimeoutError,
    StreamBacklogError,
    StreamClosedError,
    StreamError,
    StreamHandshakeError,
    StreamPermissionError,
    StreamServerError,
    StreamTimeoutError,
)
from ._types import NOT_GIVEN, UNSET, NotGiven, Unset
from ._version import package_version as _package_version

if typing.TYPE_CHECKING:
    from corti_interactions_api.bulk_types import BulkResult, BulkSummary
    from corti_interactions_api.models import *  # noqa: F403  # every generated model, loaded on first use
    from corti_interactions_api.socket_types import (
        AsyncSocketSession,
        Reconnected,
        SyncSocketSession,
        UnknownMessage,
    )
    from corti_interactions_api.websockets import StreamMessage, TranscribeMessage  # noqa: F401

    from ._auth.signin import AsyncCortiAuth, CortiAuth
    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._polling import PollFailedError, PollTimeoutError

# What only raw bytes, bulk runs, sockets, polling or signing in need, loaded when first asked
# for (`__getattr__`): name -> its module.
_LAZY = {
    "AsyncCortiAuth": "corti_interactions._auth.signin",
    "CortiAuth": "corti_interactions._auth.signin",
    "PollFailedError": "corti_interactions._polling",
    "PollTimeoutError": "corti_interactions._polling",
    "AsyncBinaryResponse": "corti_interactions._binary",
    "BinaryResponse": "corti_interactions._binary",
    "BulkResult": "corti_interactions_api.bulk_types",
    "BulkSummary": "corti_interactions_api.bulk_types",
    "AsyncSocketSession": "corti_interactions_api.socket_types",
    "Reconnected": "corti_interactions_api.socket_types",
    "SyncSocketSession": "corti_interactions_api.socket_types",
    "UnknownMessage": "corti_interactions_api.socket_types",
}

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBinaryResponse",
    "AsyncCortiClient",
    "AsyncEventStream",
    "AsyncPage",
    "AsyncSocketSession",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "BulkCallbackError",
    "BulkResult",
    "BulkSummary",
    "ClientCredentials",
    "ConfigRefusedError",
    "ConfigTimeoutError",
    "ConflictError",
    "CortiClient",
    "CortiError",
    "DownloadIncompleteError",
    "EventStream",
    "FieldError",
    "GatewayTimeoutError",
    "HeldBackError",
    "InsufficientBalanceError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "PollFailedError",
    "PollTimeoutError",
    "RateLimitError",
    "RawResponse",
    "Reconnected",
    "ScopedToken",
    "StaticToken",
    "StreamBacklogError",
    "StreamClosedError",
    "StreamError",
    "StreamHandshakeError",
    "StreamPermissionError",
    "StreamServerError",
    "StreamTimeoutError",
    "SyncPage",
    "SyncSocketSession",
    "UnknownEvent",
    "UnknownMessage",
    "UnprocessableEntityError",
    "Unset",
    "ValidationProblem",
    "__version__",  # from __getattr__ below
]
__all__ += [  # signing in (_auth/)
    "AsyncCortiAuth",
    "CortiAuth",
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidScopeError",
    "OAuthError",
    "Pkce",
    "SignInRequiredError",
    "Token",
    "UnauthorizedClientError",
]
__all__ += _models.__all__
__all__ += list(_MESSAGE_UNIONS)  # `StreamMessage`, ...: what a session yields

# Tracebacks and reprs say `corti_interactions.X`, not the private module.
for _name in __all__:
    _obj = globals().get(_name)
    if isinstance(_obj, type) and _obj.__module__.startswith("corti_interactions."):
        _obj.__module__ = __name__
del _name, _obj


if typing.TYPE_CHECKING:
    __version__: str
else:  # at run time only, so that type checkers still refuse a name that does not exist

    def __getattr__(name: str) -> object:
        # `__version__` is read from the package metadata on first use (it costs ms at
        # import), and a model's or a `_LAZY` name's module when it is first asked for.
        if name == "__version__":
            return _package_version()
        if name in _LAZY:
            value = getattr(importlib.import_module(_LAZY[name]), name)
            if isinstance(value, type) and value.__module__.startswith("corti_interactions."):
                value.__module__ = __name__
            globals()[name] = value
            return value
        if name in _models.__all__:
            return getattr(_models, name)
        if name in _MESSAGE_UNIONS:  # the socket resources load with their first union
            return getattr(importlib.import_module("corti_interactions_api.websockets"), name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
