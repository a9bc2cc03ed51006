"""`POST /tools/extract-facts`: Extract facts from text"""

from __future__ import annotations

from ...models import FactsExtractRequest, FactsExtractResponse
from ...types import Operation

OPERATION: Operation[FactsExtractResponse] = Operation(
    name="facts_extract",
    summary="Extract facts from text",
    method="POST",
    path="/tools/extract-facts",
    path_params=(),
    query_params=(),
    body=FactsExtractRequest,
    responses={
        200: FactsExtractResponse,
    },
    idempotent=True,
)
