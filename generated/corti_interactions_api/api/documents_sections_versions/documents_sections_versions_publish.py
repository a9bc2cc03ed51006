"""`POST /documents/sections/{section_id}/versions/{version_id}/publish`: Publish a section version"""

from __future__ import annotations

from uuid import UUID

from ...models import CommonStatusResponse
from ...types import Operation, Param

OPERATION: Operation[CommonStatusResponse] = Operation(
    name="documents_sections_versions_publish",
    summary="Publish a section version",
    method="POST",
    path="/documents/sections/{section_id}/versions/{version_id}/publish",
    path_params=(
        Param("section_id", "sectionId", UUID),
        Param("version_id", "versionId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        200: CommonStatusResponse,
    },
    idempotent=True,
)
