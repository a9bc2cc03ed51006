"""`GET /documents/{document_id}`: Get a document"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedDocument
from ...types import Operation, Param

OPERATION: Operation[GuidedDocument] = Operation(
    name="documents_get",
    summary="Get a document",
    method="GET",
    path="/documents/{document_id}",
    path_params=(Param("document_id", "documentId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: GuidedDocument,
    },
    idempotent=True,
)
