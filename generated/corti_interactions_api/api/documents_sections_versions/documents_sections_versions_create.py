"""`POST /documents/sections/{section_id}/versions/`: Create a section version"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedSectionsCreateVersionRequest, GuidedSectionVersion
from ...types import Operation, Param

OPERATION: Operation[GuidedSectionVersion] = Operation(
    name="documents_sections_versions_create",
    summary="Create a section version",
    method="POST",
    path="/documents/sections/{section_id}/versions/",
    path_params=(Param("section_id", "sectionId", UUID),),
    query_params=(),
    body=GuidedSectionsCreateVersionRequest,
    responses={
        201: GuidedSectionVersion,
    },
    idempotent=False,
)
