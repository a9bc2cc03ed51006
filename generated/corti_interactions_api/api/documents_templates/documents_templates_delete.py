"""`DELETE /documents/templates/{template_id}`: Delete a template"""

from __future__ import annotations

from uuid import UUID

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="documents_templates_delete",
    summary="Delete a template",
    method="DELETE",
    path="/documents/templates/{template_id}",
    path_params=(Param("template_id", "templateId", UUID),),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
