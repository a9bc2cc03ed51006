"""`PATCH /interactions/{interaction_id}/documents/{document_id}`: Update a document"""

from __future__ import annotations

from uuid import UUID

from ...models import DocumentsGetResponse, DocumentsUpdateRequest
from ...types import Operation, Param

OPERATION: Operation[DocumentsGetResponse] = Operation(
    name="documents_classic_update",
    summary="Update a document",
    method="PATCH",
    path="/interactions/{interaction_id}/documents/{document_id}",
    path_params=(
        Param("interaction_id", "interactionId", UUID),
        Param("document_id", "documentId", UUID),
    ),
    query_params=(),
    body=DocumentsUpdateRequest,
    responses={
        200: DocumentsGetResponse,
    },
    idempotent=True,
)
