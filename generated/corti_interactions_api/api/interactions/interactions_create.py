"""`POST /interactions/`: Create an interaction"""

from __future__ import annotations

from ...models import (
    InteractionsCreateRequest,
    InteractionsCreateResponse,
)
from ...types import Operation

OPERATION: Operation[InteractionsCreateResponse] = Operation(
    name="interactions_create",
    summary="Create an interaction",
    method="POST",
    path="/interactions/",
    path_params=(),
    query_params=(),
    body=InteractionsCreateRequest,
    responses={
        201: InteractionsCreateResponse,
    },
    idempotent=False,
)
