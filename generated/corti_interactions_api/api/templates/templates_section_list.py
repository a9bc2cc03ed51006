"""`GET /templateSections/`: List template sections"""

from __future__ import annotations

from ...models import TemplatesSectionListResponse
from ...types import UNSET, Operation, Param

OPERATION: Operation[TemplatesSectionListResponse] = Operation(
    name="templates_section_list",
    summary="List template sections",
    method="GET",
    path="/templateSections/",
    path_params=(),
    query_params=(
        Param(
            "org",
            "org",
            str,
            is_array=True,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "lang",
            "lang",
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
        200: TemplatesSectionListResponse,
    },
    idempotent=True,
)
