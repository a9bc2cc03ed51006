"""`GET /interactions/{interaction_id}/transcripts/{transcript_id}`: Get a transcript"""

from __future__ import annotations

from uuid import UUID

from ...models import TranscriptsResponse
from ...types import Operation, Param

OPERATION: Operation[TranscriptsResponse] = Operation(
    name="transcripts_get",
    summary="Get a transcript",
    method="GET",
    path="/interactions/{interaction_id}/transcripts/{transcript_id}",
    path_params=(
        Param("interaction_id", "interactionId", UUID),
        Param("transcript_id", "transcriptId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        200: TranscriptsResponse,
    },
    idempotent=True,
)
