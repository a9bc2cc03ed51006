"""`GET /documents/`: List documents"""

from __future__ import annotations

from uuid import UUID

from ...models import GuidedDocument
from ...types import UNSET, ArrayOf, Operation, Param

OPERATION: Operation[list[GuidedDocument]] = Operation(
    name="documents_list",
    summary="List documents",
    method="GET",
    path="/documents/",
    path_params=(),
    query_params=(
        Param(
            "template_id",
            "templateId",
            UUID,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "interaction_id",
            "interactionId",
            UUID,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "label",
            "label",
            str,
            is_array=True,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
    ),
    body=None,
    responses={
        200: ArrayOf(GuidedDocument),
    },
    idempotent=True,
)
