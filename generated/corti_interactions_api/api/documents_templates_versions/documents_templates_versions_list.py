"""`GET /documents/templates/{template_id}/versions/`: List template versions"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedShallowTemplateVersionResponse
from ...types import ArrayOf, Operation, Param

OPERATION: Operation[list[GuidedShallowTemplateVersionResponse]] = Operation(
    name="documents_templates_versions_list",
    summary="List template versions",
    method="GET",
    path="/documents/templates/{template_id}/versions/",
    path_params=(Param("template_id", "templateId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: ArrayOf(GuidedShallowTemplateVersionResponse),
    },
    idempotent=True,
)
