"""The fake's recordings: upload (streamed, on disk above `MEMORY_LIMIT`), list, download, delete.

An upload the client abandons part-way (its connection closes) stores nothing and leaves no
file behind: there is no one to answer, so nothing is logged either."""

from __future__ import annotations

import os
import uuid
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response

from .state import MAX_BYTES, MEMORY_LIMIT, Routes, _Recording, _remove

__all__ = ["handlers"]


def handlers(shared: Routes) -> dict[str, Any]:
    """The route handlers of this family, by name."""
    scribe = shared.scribe
    not_found = shared.not_found
    sub_id = shared.sub_id
    bad_id = shared.bad_id
    error = shared.error

    def list_recordings(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            ids = list(scribe.recordings.get(stored["id"], {}))
        return JSONResponse({"recordings": ids})

    async def upload_recording(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/octet-stream" and not content_type.startswith("audio/"):
            return error(
                400, "A0003", "The body must be application/octet-stream or audio/*", str(uuid.uuid4())
            )
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > MAX_BYTES:
            return error(413, "A0016", f"Recordings are limited to {MAX_BYTES} bytes", str(uuid.uuid4()))
        size, head, path, out, whole = 0, bytearray(), None, None, False
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BYTES:
                    return error(
                        413, "A0016", f"Recordings are limited to {MAX_BYTES} bytes", str(uuid.uuid4())
                    )
                if out is None and len(head) + len(chunk) <= MEMORY_LIMIT:
                    head += chunk
                    continue
                if out is None:
                    with scribe.lock:
                        path = scribe._file()
                    out = open(path, "wb")  # noqa: SIM115, ASYNC230 - closed below; local disk
                    out.write(head)
                    head = bytearray()
                out.write(chunk)
            whole = True
        except ClientDisconnect:  # abandoned: nobody to answer (the connection is gone)
            return Response(status_code=400)
        finally:
            if out is not None:
                out.close()
            if not whole and path:  # over the limit, or abandoned: never stored
                _remove(path)
        if size == 0:
            return error(400, "A0003", "The recording is empty", str(uuid.uuid4()))
        recording = _Recording(size, content_type, data=None if path else bytes(head), path=path)
        recording_id = str(uuid.uuid4())
        with scribe.lock:
            scribe.recordings.setdefault(stored["id"], {})[recording_id] = recording
        return JSONResponse({"recordingId": recording_id}, status_code=201)

    def recording_of(request: Request, stored: dict[str, Any]) -> _Recording | Response:
        recording_id = sub_id(request, "rid")
        if recording_id is None:
            return bad_id("recording")
        with scribe.lock:
            found = scribe.recordings.get(stored["id"], {}).get(recording_id)
        return found if found is not None else not_found("Recording")

    def get_recording(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        found = recording_of(request, stored)
        if isinstance(found, Response):
            return found
        media = (
            "application/octet-stream"
            if found.content_type.startswith("application/")
            else found.content_type
        )
        if found.path is not None:
            return FileResponse(found.path, media_type=media, stat_result=os.stat(found.path))
        return Response(found.data, media_type=media)

    def delete_recording(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        found = recording_of(request, stored)
        if isinstance(found, Response):
            return found
        with scribe.lock:
            scribe.recordings.get(stored["id"], {}).pop(request.path_params["rid"].lower(), None)
        if found.path:
            _remove(found.path)
        return Response(status_code=204)

    return {
        "list_recordings": list_recordings,
        "upload_recording": upload_recording,
        "get_recording": get_recording,
        "delete_recording": delete_recording,
    }
