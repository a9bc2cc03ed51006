"""`GET /interactions/{interaction_id}/recordings/`: List recordings"""

from __future__ import annotations

from uuid import UUID

from ...models import RecordingsListResponse
from ...types import Operation, Param

OPERATION: Operation[RecordingsListResponse] = Operation(
    name="recordings_list",
    summary="List recordings",
    method="GET",
    path="/interactions/{interaction_id}/recordings/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=None,
    responses={
        200: RecordingsListResponse,
    },
    idempotent=True,
)
