"""The fake's transcripts: derived from a recording, synchronous or in the background."""

from __future__ import annotations

import copy
import time
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .state import Routes, _public, _segments, _usage

__all__ = ["handlers"]


def handlers(shared: Routes) -> dict[str, Any]:
    """The route handlers of this family, by name."""
    scribe = shared.scribe
    not_found = shared.not_found
    sub_id = shared.sub_id
    bad_id = shared.bad_id

    def list_transcripts(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        full = query.get("full") is True
        with scribe.lock:
            scribe.settle(stored["id"])
            items = []
            for transcript in scribe.transcripts.get(stored["id"], {}).values():
                segments = transcript["transcripts"] or []
                item: dict[str, Any] = {
                    "id": transcript["id"],
                    "transcriptSample": " ".join(s["text"] for s in segments)[:100],
                }
                if full:
                    item["transcript"] = {
                        "metadata": copy.deepcopy(transcript["metadata"]),
                        "transcripts": copy.deepcopy(segments),
                    }
                items.append(item)
        return JSONResponse({"transcripts": items})

    def create_transcript(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        interaction_id = stored["id"]
        with scribe.lock:
            recording = scribe.recordings.get(interaction_id, {}).get(body["recordingId"].lower())
        if recording is None:
            return not_found("Recording")
        segments, seconds = _segments(recording)
        background = bool(body.get("async")) or seconds > scribe.sync_seconds
        with scribe.lock:
            fail = scribe.fail_transcripts > 0
            scribe.fail_transcripts -= fail
            transcript: dict[str, Any] = {
                "id": str(uuid.uuid4()),
                "metadata": {"participantsRoles": copy.deepcopy(body.get("participants") or [])},
                "transcripts": None,
                "usageInfo": _usage(round(seconds / 60, 3)),
                "recordingId": body["recordingId"].lower(),
                "status": "processing",
                "_segments": segments,
                "_ready_at": time.monotonic() + scribe.transcript_delay,
                "_fail": fail,
            }
            scribe.transcripts.setdefault(interaction_id, {})[transcript["id"]] = transcript
            if not background:
                scribe._finish(interaction_id, transcript)
            answer = _public(transcript)
        location = f"{request.url.path}{transcript['id']}"
        return JSONResponse(answer, status_code=202 if background else 201, headers={"Location": location})

    def transcript_of(request: Request, stored: dict[str, Any]) -> dict[str, Any] | Response:
        transcript_id = sub_id(request, "tid")
        if transcript_id is None:
            return bad_id("transcript")
        with scribe.lock:
            scribe.settle(stored["id"])
            found = scribe.transcripts.get(stored["id"], {}).get(transcript_id)
            return _public(found) if found is not None else not_found("Transcript")

    def get_transcript(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        found = transcript_of(request, stored)
        return found if isinstance(found, Response) else JSONResponse(found)

    def transcript_status(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        found = transcript_of(request, stored)
        if isinstance(found, Response):
            return found
        headers = {}
        if found["status"] == "processing" and scribe.status_retry_after is not None:
            headers["Retry-After"] = f"{scribe.status_retry_after:g}"
        return JSONResponse({"status": found["status"]}, headers=headers)

    def delete_transcript(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        found = transcript_of(request, stored)
        if isinstance(found, Response):
            return found
        with scribe.lock:
            scribe.transcripts.get(stored["id"], {}).pop(found["id"], None)
        return Response(status_code=204)

    return {
        "list_transcripts": list_transcripts,
        "create_transcript": create_transcript,
        "get_transcript": get_transcript,
        "transcript_status": transcript_status,
        "delete_transcript": delete_transcript,
    }
