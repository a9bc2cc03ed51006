"""`POST /interactions/{interaction_id}/recordings/`: Upload a recording"""

from __future__ import annotations

from uuid import UUID

from ...models import RecordingsCreateResponse
from ...types import BinaryBody, Operation, Param

OPERATION: Operation[RecordingsCreateResponse] = Operation(
    name="recordings_upload",
    summary="Upload a recording",
    method="POST",
    path="/interactions/{interaction_id}/recordings/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=None,
    responses={
        201: RecordingsCreateResponse,
    },
    idempotent=False,
    binary_body=BinaryBody("application/octet-stream", max_bytes=157286400, min_bytes=1),
)
