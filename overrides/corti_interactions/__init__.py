"""Typed Python client for Corti's Interactions API (list, create, get, update, delete).

>>> from corti_interactions import CortiClient
>>> with CortiClient(tenant_name="copiloteu", client_id="...", client_secret="...") as client:
...     interaction = client.interactions.update(
...         "3c90c3cc-0d44-4b50-8888-8dd25736052a", encounter={"status": "completed"}
...     )

Models are the generated ones from `corti_interactions_api.models`, re-exported here, as are
the types the generated methods return (`RawResponse`, `SyncPage`, `AsyncPage`).
"""

from __future__ import annotations

from corti_interactions_api.models import (
    CommonSortingDirectionEnum,
    ErrorResponse,
    InteractionsCreateRequest,
    InteractionsCreateResponse,
    InteractionsEncounterCreateRequest,
    InteractionsEncounterPeriod,
    InteractionsEncounterResponse,
    InteractionsEncounterStatusEnum,
    InteractionsEncounterTypeEnum,
    InteractionsEncounterUpdateRequest,
    InteractionsGenderEnum,
    InteractionsGetResponse,
    InteractionsListRequestSort,
    InteractionsListResponse,
    InteractionsPatient,
    InteractionsPatientResponse,
    InteractionsUpdateRequest,
)
from corti_interactions_api.types import AsyncPage, BulkResult, BulkSummary, RawResponse, SyncPage

from ._auth import ClientCredentials, StaticToken
from ._client import AsyncCortiClient, CortiClient
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CortiError,
    GatewayTimeoutError,
    HeldBackError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._types import NOT_GIVEN, UNSET, NotGiven, Unset
from ._version import package_version as _package_version

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCortiClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "BulkResult",
    "BulkSummary",
    "ClientCredentials",
    "CommonSortingDirectionEnum",
    "ConflictError",
    "CortiClient",
    "CortiError",
    "ErrorResponse",
    "GatewayTimeoutError",
    "HeldBackError",
    "InteractionsCreateRequest",
    "InteractionsCreateResponse",
    "InteractionsEncounterCreateRequest",
    "InteractionsEncounterPeriod",
    "InteractionsEncounterResponse",
    "InteractionsEncounterStatusEnum",
    "InteractionsEncounterTypeEnum",
    "InteractionsEncounterUpdateRequest",
    "InteractionsGenderEnum",
    "InteractionsGetResponse",
    "InteractionsListRequestSort",
    "InteractionsListResponse",
    "InteractionsPatient",
    "InteractionsPatientResponse",
    "InteractionsUpdateRequest",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "StaticToken",
    "SyncPage",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
]

# Tracebacks and reprs say `corti_interactions.X`, not the private module.
for _name in __all__:
    _obj = globals().get(_name)
    if isinstance(_obj, type) and _obj.__module__.startswith("corti_interactions."):
        _obj.__module__ = __name__
del _name, _obj


def __getattr__(name: str) -> str:
    # `__version__` is read from the package metadata on first use (it costs ms at import).
    if name == "__version__":
        return _package_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
