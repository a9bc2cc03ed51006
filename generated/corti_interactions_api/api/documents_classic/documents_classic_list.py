"""`GET /interactions/{interaction_id}/documents/`: List documents"""

from __future__ import annotations

from uuid import UUID

from ...models import DocumentsListResponse
from ...types import Operation, Param

OPERATION: Operation[DocumentsListResponse] = Operation(
    name="documents_classic_list",
    summary="List documents",
    method="GET",
    path="/interactions/{interaction_id}/documents/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: DocumentsListResponse,
    },
    idempotent=True,
)
