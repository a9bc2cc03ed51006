"""`POST /interactions/{interaction_id}/documents/`: Generate a document"""

from __future__ import annotations

from uuid import UUID

from ...models import (
    DocumentsCreateRequestWithTemplate,
    DocumentsCreateRequestWithTemplateKey,
    DocumentsGetResponse,
)
from ...types import ContextSource, Operation, Param

OPERATION: Operation[DocumentsGetResponse] = Operation(
    name="documents_classic_create",
    summary="Generate a document",
    method="POST",
    path="/interactions/{interaction_id}/documents/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=DocumentsCreateRequestWithTemplateKey,
    responses={
        201: DocumentsGetResponse,
    },
    idempotent=False,
    body_forms=(
        DocumentsCreateRequestWithTemplateKey,
        DocumentsCreateRequestWithTemplate,
    ),
    context_from=(
        ContextSource(
            "facts",
            "context",
            "facts_list",
            "facts",
            "isDiscarded",
            (
                "text",
                "group",
                "source",
            ),
        ),
    ),
)
