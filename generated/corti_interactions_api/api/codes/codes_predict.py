"""`POST /tools/coding/`: Predict codes"""

from __future__ import annotations

from ...models import (
    CodesGeneralPredictRequest,
    CodesGeneralResponse,
)
from ...types import Operation

OPERATION: Operation[CodesGeneralResponse] = Operation(
    name="codes_predict",
    summary="Predict codes",
    method="POST",
    path="/tools/coding/",
    path_params=(),
    query_params=(),
    body=CodesGeneralPredictRequest,
    responses={
        200: CodesGeneralResponse,
    },
    idempotent=True,
)
