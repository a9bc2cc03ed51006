"""`PATCH /documents/{document_id}`: Update a document"""

from __future__ import annotations

from uuid import UUID

from ...models import (
    GuidedDocument,
    GuidedDocumentsUpdateRequest,
)
from ...types import Operation, Param

OPERATION: Operation[GuidedDocument] = Operation(
    name="documents_update",
    summary="Update a document",
    method="PATCH",
    path="/documents/{document_id}",
    path_params=(Param("document_id", "documentId", UUID),),
    query_params=(),
    body=GuidedDocumentsUpdateRequest,
    responses={
        200: GuidedDocument,
    },
    idempotent=True,
)
