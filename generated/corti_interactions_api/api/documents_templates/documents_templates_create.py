"""`POST /documents/templates/`: Create a template"""

from __future__ import annotations

from ...models import (
    GuidedTemplate,
    GuidedTemplatesCreateFromInheritanceRequest,
    GuidedTemplatesCreateFromScratchRequest,
)
from ...types import Operation

OPERATION: Operation[GuidedTemplate] = Operation(
    name="documents_templates_create",
    summary="Create a template",
    method="POST",
    path="/documents/templates/",
    path_params=(),
    query_params=(),
    body=GuidedTemplatesCreateFromScratchRequest,
    responses={
        201: GuidedTemplate,
    },
    idempotent=False,
    body_forms=(
        GuidedTemplatesCreateFromScratchRequest,
        GuidedTemplatesCreateFromInheritanceRequest,
    ),
)
