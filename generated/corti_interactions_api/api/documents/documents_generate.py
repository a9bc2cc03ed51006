"""`POST /documents/`: Generate a document"""

from __future__ import annotations

from ...models import (
    GenerateDocumentsRequestXCortiRetentionPolicy,
    GuidedDocumentsCreateEphemeralResponse,
    GuidedDocumentsCreateResponse,
    GuidedDocumentsGenerateByAssembly,
    GuidedDocumentsGenerateByAssemblyForInteraction,
    GuidedDocumentsGenerateByDynamic,
    GuidedDocumentsGenerateByDynamicForInteraction,
    GuidedDocumentsGenerateByTemplateRef,
    GuidedDocumentsGenerateByTemplateRefForInteraction,
)
from ...types import UNSET, Operation, Param

OPERATION: Operation[GuidedDocumentsCreateEphemeralResponse | GuidedDocumentsCreateResponse] = Operation(
    name="documents_generate",
    summary="Generate a document",
    method="POST",
    path="/documents/",
    path_params=(),
    query_params=(
        Param(
            "x_corti_retention_policy",
            "X-Corti-Retention-Policy",
            GenerateDocumentsRequestXCortiRetentionPolicy,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
            in_header=True,
        ),
    ),
    body=GuidedDocumentsGenerateByTemplateRef,
    responses={
        200: GuidedDocumentsCreateEphemeralResponse,
        201: GuidedDocumentsCreateResponse,
    },
    idempotent=False,
    body_forms=(
        GuidedDocumentsGenerateByTemplateRef,
        GuidedDocumentsGenerateByTemplateRefForInteraction,
        GuidedDocumentsGenerateByAssembly,
        GuidedDocumentsGenerateByAssemblyForInteraction,
        GuidedDocumentsGenerateByDynamic,
        GuidedDocumentsGenerateByDynamicForInteraction,
    ),
)
