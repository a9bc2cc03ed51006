"""`GET /interactions/{interaction_id}/transcripts/{transcript_id}/status`: Get a transcript's status"""

from __future__ import annotations

from uuid import UUID

from ...models import TranscriptsResponse, TranscriptsStatusResponse
from ...types import Operation, Param, Poll
from .transcripts_get import OPERATION as _RESULT

OPERATION: Operation[TranscriptsStatusResponse] = Operation(
    name="transcripts_get_status",
    summary="Get a transcript's status",
    method="GET",
    path="/interactions/{interaction_id}/transcripts/{transcript_id}/status",
    path_params=(
        Param("interaction_id", "interactionId", UUID),
        Param("transcript_id", "transcriptId", UUID),
    ),
    query_params=(),
    body=None,
    responses={
        200: TranscriptsStatusResponse,
    },
    idempotent=True,
)

POLL: Poll[TranscriptsResponse] = Poll(
    status=OPERATION,
    result=_RESULT,
    field="status",
    done=("completed",),
    failed=("failed",),
)
"""`x-poll`: what `poll()` asks, which values end it, and what it fetches then."""
