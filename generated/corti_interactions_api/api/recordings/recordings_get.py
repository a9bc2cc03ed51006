"""`GET /interactions/{interaction_id}/recordings/{recording_id}`: Get a recording"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from ...types import BinaryContent, Operation, Param

if TYPE_CHECKING:  # an annotation only: `binary_types` loads with the first raw-bytes answer
    from ...binary_types import BinaryResponse

OPERATION: Operation[BinaryResponse] = Operation(
    name="recordings_get",
    summary="Get a recording",
    method="GET",
    path="/interactions/{interaction_id}/recordings/{recording_id}",
    path_params=(
        Param("interaction_id", "interactionId", UUID),
        Param("recording_id", "recordingId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        200: BinaryContent,
    },
    idempotent=True,
    binary_response=True,
)
