"""`DELETE /documents/sections/{section_id}/versions/{version_id}`: Delete a section version"""

from __future__ import annotations

from uuid import UUID

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="documents_sections_versions_delete",
    summary="Delete a section version",
    method="DELETE",
    path="/documents/sections/{section_id}/versions/{version_id}",
    path_params=(
        Param("section_id", "sectionId", UUID),
        Param("version_id", "versionId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
