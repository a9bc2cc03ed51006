"""`GET /documents/templates/{template_id}`: Get a template"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedTemplate
from ...types import Operation, Param

OPERATION: Operation[GuidedTemplate] = Operation(
    name="documents_templates_get",
    summary="Get a template",
    method="GET",
    path="/documents/templates/{template_id}",
    path_params=(Param("template_id", "templateId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: GuidedTemplate,
    },
    idempotent=True,
)
