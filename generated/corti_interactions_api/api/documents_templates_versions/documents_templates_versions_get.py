"""`GET /documents/templates/{template_id}/versions/{version_id}`: Get a template version"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedShallowTemplateVersionResponse
from ...types import Operation, Param

OPERATION: Operation[GuidedShallowTemplateVersionResponse] = Operation(
    name="documents_templates_versions_get",
    summary="Get a template version",
    method="GET",
    path="/documents/templates/{template_id}/versions/{version_id}",
    path_params=(
        Param("template_id", "templateId", UUID),
        Param("version_id", "versionId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        200: GuidedShallowTemplateVersionResponse,
    },
    idempotent=True,
)
