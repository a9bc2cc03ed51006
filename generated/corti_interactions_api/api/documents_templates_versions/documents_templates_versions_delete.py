"""`DELETE /documents/templates/{template_id}/versions/{version_id}`: Delete a template version"""

from __future__ import annotations

from uuid import UUID

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="documents_templates_versions_delete",
    summary="Delete a template version",
    method="DELETE",
    path="/documents/templates/{template_id}/versions/{version_id}",
    path_params=(
        Param("template_id", "templateId", UUID),
        Param("version_id", "versionId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
