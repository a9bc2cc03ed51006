"""`GET /interactions/{interaction_id}/documents/{document_id}`: Get a document"""

from __future__ import annotations

from uuid import UUID

from ...models import DocumentsGetResponse
from ...types import Operation, Param

OPERATION: Operation[DocumentsGetResponse] = Operation(
    name="documents_classic_get",
    summary="Get a document",
    method="GET",
    path="/interactions/{interaction_id}/documents/{document_id}",
    path_params=(
        Param("interaction_id", "interactionId", UUID),
        Param("document_id", "documentId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        200: DocumentsGetResponse,
    },
    idempotent=True,
)
