"""`POST /interactions/{interaction_id}/transcripts/`: Create a transcript"""

from __future__ import annotations

from uuid import UUID

from ...models import (
    TranscriptsCreateRequest,
    TranscriptsResponse,
)
from ...types import Operation, Param

OPERATION: Operation[TranscriptsResponse] = Operation(
    name="transcripts_create",
    summary="Create a transcript",
    method="POST",
    path="/interactions/{interaction_id}/transcripts/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(),
    body=TranscriptsCreateRequest,
    responses={
        201: TranscriptsResponse,
        202: TranscriptsResponse,
    },
    idempotent=False,
)
