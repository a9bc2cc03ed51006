"""`GET /templates/{key}`: Get a template"""

from __future__ import annotations

from ...models import TemplatesItem
from ...types import Operation, Param

OPERATION: Operation[TemplatesItem] = Operation(
    name="templates_get",
    summary="Get a template",
    method="GET",
    path="/templates/{key}",
    path_params=(Param("key", "key", str),),
    query_params=(),
    body=None,
    responses={
        200: TemplatesItem,
    },
    idempotent=True,
)
