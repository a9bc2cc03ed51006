"""`GET /documents/sections/{section_id}/versions/{version_id}`: Get a section version"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedSectionVersion
from ...types import Operation, Param

OPERATION: Operation[GuidedSectionVersion] = Operation(
    name="documents_sections_versions_get",
    summary="Get a section version",
    method="GET",
    path="/documents/sections/{section_id}/versions/{version_id}",
    path_params=(
        Param("section_id", "sectionId", UUID),
        Param("version_id", "versionId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        200: GuidedSectionVersion,
    },
    idempotent=True,
)
