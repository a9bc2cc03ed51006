"""`PATCH /documents/sections/{section_id}`: Update a section"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedSection, GuidedSectionsUpdateRequest
from ...types import Operation, Param

OPERATION: Operation[GuidedSection] = Operation(
    name="documents_sections_update",
    summary="Update a section",
    method="PATCH",
    path="/documents/sections/{section_id}",
    path_params=(Param("section_id", "sectionId", UUID),),
    query_params=(),
    body=GuidedSectionsUpdateRequest,
    responses={
        200: GuidedSection,
    },
    idempotent=True,
)
