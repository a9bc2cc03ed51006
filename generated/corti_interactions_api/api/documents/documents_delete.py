"""`DELETE /documents/{document_id}`: Delete a document"""

from __future__ import annotations

from uuid import UUID

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="documents_delete",
    summary="Delete a document",
    method="DELETE",
    path="/documents/{document_id}",
    path_params=(Param("document_id", "documentId", UUID),),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
