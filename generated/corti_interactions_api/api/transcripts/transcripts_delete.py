"""`DELETE /interactions/{interaction_id}/transcripts/{transcript_id}`: Delete a transcript"""

from __future__ import annotations

from uuid import UUID

from ...types import Operation, Param

OPERATION: Operation[None] = Operation(
    name="transcripts_delete",
    summary="Delete a transcript",
    method="DELETE",
    path="/interactions/{interaction_id}/transcripts/{transcript_id}",
    path_params=(
        Param("interaction_id", "interactionId", UUID),
        Param("transcript_id", "transcriptId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        204: None,
    },
    idempotent=True,
)
