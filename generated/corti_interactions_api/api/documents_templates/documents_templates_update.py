"""`PATCH /documents/templates/{template_id}`: Update a template"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedTemplate, GuidedTemplatesUpdateRequest
from ...types import Operation, Param

OPERATION: Operation[GuidedTemplate] = Operation(
    name="documents_templates_update",
    summary="Update a template",
    method="PATCH",
    path="/documents/templates/{template_id}",
    path_params=(Param("template_id", "templateId", UUID),),
    query_params=(),
    body=GuidedTemplatesUpdateRequest,
    responses={
        200: GuidedTemplate,
    },
    idempotent=True,
)
