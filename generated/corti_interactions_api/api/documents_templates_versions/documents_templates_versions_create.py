"""`POST /documents/templates/{template_id}/versions/`: Create a template version"""

from __future__ import annotations

from uuid import UUID

from ...models import (
    GuidedShallowTemplateVersionResponse,
    GuidedTemplatesCreateVersionRequest,
)
from ...types import Operation, Param

OPERATION: Operation[GuidedShallowTemplateVersionResponse] = Operation(
    name="documents_templates_versions_create",
    summary="Create a template version",
    method="POST",
    path="/documents/templates/{template_id}/versions/",
    path_params=(Param("template_id", "templateId", UUID),),
    query_params=(),
    body=GuidedTemplatesCreateVersionRequest,
    responses={
        201: GuidedShallowTemplateVersionResponse,
    },
    idempotent=False,
)
