"""`GET /interactions/{interaction_id}/transcripts/`: List transcripts"""

from __future__ import annotations

from uuid import UUID

from ...models import TranscriptsListResponse
from ...types import UNSET, Operation, Param

OPERATION: Operation[TranscriptsListResponse] = Operation(
    name="transcripts_list",
    summary="List transcripts",
    method="GET",
    path="/interactions/{interaction_id}/transcripts/",
    path_params=(Param("interaction_id", "interactionId", UUID),),
    query_params=(
        Param(
            "full",
            "full",
            bool,
            is_array=False,
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
        200: TranscriptsListResponse,
    },
    idempotent=True,
)
