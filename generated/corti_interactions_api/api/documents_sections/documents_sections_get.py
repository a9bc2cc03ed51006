"""`GET /documents/sections/{section_id}`: Get a section"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedSection
from ...types import Operation, Param

OPERATION: Operation[GuidedSection] = Operation(
    name="documents_sections_get",
    summary="Get a section",
    method="GET",
    path="/documents/sections/{section_id}",
    path_params=(Param("section_id", "sectionId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: GuidedSection,
    },
    idempotent=True,
)
