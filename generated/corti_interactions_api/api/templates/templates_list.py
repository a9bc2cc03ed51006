"""`GET /templates/`: List templates"""

from __future__ import annotations

from ...models import TemplatesListResponse
from ...types import UNSET, Operation, Param

OPERATION: Operation[TemplatesListResponse] = Operation(
    name="templates_list",
    summary="List templates",
    method="GET",
    path="/templates/",
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
        Param(
            "status",
            "status",
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
        200: TemplatesListResponse,
    },
    idempotent=True,
)
