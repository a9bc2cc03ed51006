"""`GET /documents/sections/{section_id}/versions/`: List section versions"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedSectionVersion
from ...types import ArrayOf, Operation, Param

OPERATION: Operation[list[GuidedSectionVersion]] = Operation(
    name="documents_sections_versions_list",
    summary="List section versions",
    method="GET",
    path="/documents/sections/{section_id}/versions/",
    path_params=(Param("section_id", "sectionId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: ArrayOf(GuidedSectionVersion),
    },
    idempotent=True,
)
