"""`DELETE /interactions/{interaction_id}/recordings/{recording_id}`: Delete a recording"""

from __future__ import annotations

from uuid import UUID

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="recordings_delete",
    summary="Delete a recording",
    method="DELETE",
    path="/interactions/{interaction_id}/recordings/{recording_id}",
    path_params=(
        Param("interaction_id", "interactionId", UUID),
        Param("recording_id", "recordingId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
