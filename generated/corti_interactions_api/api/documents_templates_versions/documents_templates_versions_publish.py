"""`POST /documents/templates/{template_id}/versions/{version_id}/publish`: Publish a template version"""

from __future__ import annotations

from uuid import UUID

from ...models import CommonStatusResponse
from ...types import Operation, Param

OPERATION: Operation[CommonStatusResponse] = Operation(
    name="documents_templates_versions_publish",
    summary="Publish a template version",
    method="POST",
    path="/documents/templates/{template_id}/versions/{version_id}/publish",
    path_params=(
        Param("template_id", "templateId", UUID),
        Param("version_id", "versionId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        200: CommonStatusResponse,
    },
    idempotent=True,
)
