"""`DELETE /documents/sections/{section_id}`: Delete a section"""

from __future__ import annotations

from uuid import UUID

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="documents_sections_delete",
    summary="Delete a section",
    method="DELETE",
    path="/documents/sections/{section_id}",
    path_params=(Param("section_id", "sectionId", UUID),),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
