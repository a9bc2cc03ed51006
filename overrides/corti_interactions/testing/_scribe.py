"""The fake's scribe workflow: recordings, transcripts, facts, documents and templates.

Theory of operation: `ScribeState` keeps what hangs under each interaction (behind the
fake's one lock), keyed by interaction id, so deleting an interaction deletes it all
(`drop`). Recordings over `MEMORY_LIMIT` bytes go to a temporary folder, streamed in and out,
never held whole. A transcript is derived from its recording: a WAV gives one segment per
second of audio (sentences of `SCRIPT`, in turn), anything else one fixed segment. It is
synchronous (201, `completed`) for short recordings, else (`async: true`, or audio longer
than `sync_seconds`) `processing` for `transcript_delay` seconds, then `completed` (or
`failed`, when `fail_transcripts` says so). A completed transcript adds the facts it states
(`extract`: each sentence, grouped by its words). Documents fill a template's sections from
the facts of their context. Every answer follows the spec; every unknown id is a 404.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import shutil
import tempfile
import threading
import time
import uuid
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from ._catalog import (
    FIXED_TEXT,
    GROUP_NAMES,
    SCRIPT,
    SECTIONS,
    TEMPLATES,
    extract_facts,
    group_id,
    group_of,
    section,
    template,
)

__all__ = ["MEMORY_LIMIT", "ScribeState", "scribe_routes"]

MEMORY_LIMIT = 64 * 1024  # recordings above this go to disk
MAX_BYTES = 157286400  # the spec's x-max-bytes: 150 MiB


@dataclass
class _Recording:
    size: int
    content_type: str
    data: bytes | None = None  # small recordings
    path: str | None = None  # large ones, on disk

    def open(self) -> IO[bytes]:
        if self.path is not None:
            return open(self.path, "rb")  # the caller closes it
        return io.BytesIO(self.data or b"")


@dataclass
class ScribeState:
    """What hangs under each interaction; every access holds the fake's lock."""

    lock: threading.Lock
    stamp: Callable[[], str]
    transcript_delay: float = 0.2
    sync_seconds: float = 60.0
    status_retry_after: float | None = None
    fail_transcripts: int = 0  # the next N transcripts end `failed`
    recordings: dict[str, dict[str, _Recording]] = field(default_factory=dict)
    transcripts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    facts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    documents: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    folder: str | None = None

    def _file(self) -> str:
        if self.folder is None:
            self.folder = tempfile.mkdtemp(prefix="corti-fake-recordings-")
        return os.path.join(self.folder, f"{uuid.uuid4()}.bin")

    def drop(self, interaction_id: str) -> None:
        """Delete everything under an interaction (it was deleted)."""
        for recording in self.recordings.pop(interaction_id, {}).values():
            if recording.path:
                _remove(recording.path)
        for table in (self.transcripts, self.facts, self.documents):
            table.pop(interaction_id, None)

    def reset(self) -> None:
        """Forget everything (and remove the recordings' folder)."""
        self.recordings.clear()
        self.transcripts.clear()
        self.facts.clear()
        self.documents.clear()
        self.fail_transcripts = 0
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    # -- transcripts ------------------------------------------------------------------------
    def settle(self, interaction_id: str) -> None:
        """Finish the transcripts whose time has come (and add the facts they state)."""
        now = time.monotonic()
        for transcript in self.transcripts.get(interaction_id, {}).values():
            if transcript["status"] == "processing" and now >= transcript["_ready_at"]:
                self._finish(interaction_id, transcript)

    def _finish(self, interaction_id: str, transcript: dict[str, Any]) -> None:
        if transcript["_fail"]:
            transcript["status"] = "failed"
            return
        transcript["status"] = "completed"
        transcript["transcripts"] = transcript["_segments"]
        text = " ".join(s["text"] for s in transcript["_segments"])
        self.add_facts(interaction_id, [{**f, "source": "core"} for f in extract_facts(text)])

    def add_facts(self, interaction_id: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Store new facts; returns them."""
        table = self.facts.setdefault(interaction_id, {})
        added = []
        for given in facts:
            stamp = self.stamp()
            fact = {
                "id": str(uuid.uuid4()),
                "text": given["text"],
                "group": given["group"],
                "groupId": group_id(given["group"]),
                "isDiscarded": False,
                "source": given.get("source") or "user",
                "createdAt": stamp,
                "updatedAt": stamp,
                "evidence": [],
            }
            table[fact["id"]] = fact
            added.append(copy.deepcopy(fact))
        return added


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def _segments(recording: _Recording) -> tuple[list[dict[str, Any]], float]:
    """The transcript's segments and the audio's length in seconds."""
    try:
        with recording.open() as file, wave.open(file) as audio:
            seconds = audio.getnframes() / float(audio.getframerate() or 1)
    except (wave.Error, EOFError, OSError):
        return [_segment(0, FIXED_TEXT, 0, 1000)], 1.0
    count = max(1, int(seconds))
    return [_segment(i, SCRIPT[i % len(SCRIPT)], i * 1000, (i + 1) * 1000) for i in range(count)], seconds


def _segment(index: int, text: str, start: int, end: int) -> dict[str, Any]:
    return {
        "channel": 0,
        "participant": index % 2,
        "speakerId": index % 2,
        "text": text,
        "start": start,
        "end": end,
    }


def _public(transcript: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in transcript.items() if not k.startswith("_")}


def _usage(credits: float = 0.5) -> dict[str, float]:
    return {"creditsConsumed": credits}


ErrorFn = Callable[..., Response]


def scribe_routes(
    scribe: ScribeState, api: Callable[..., Any], error: ErrorFn, route: Callable[..., Any]
) -> list[Any]:
    """The routes of every scribe operation, checked by `api` (auth, tenant, ids, query, body
    against the spec, the interaction's existence) before the work below."""

    def not_found(what: str) -> Response:
        return error(404, "A0007", f"{what} not found", str(uuid.uuid4()))

    def sub_id(request: Request, name: str) -> str | None:
        """A nested id from the path, canonical; None if it is not a UUID."""
        value = request.path_params[name]
        try:
            canonical = str(uuid.UUID(value))
        except ValueError:
            return None
        return canonical if canonical == value.lower() and len(value) == 36 else None

    def bad_id(what: str) -> Response:
        return error(400, "A0008", f"Invalid {what} id (not a UUID)", str(uuid.uuid4()))

    # -- recordings -------------------------------------------------------------------------
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
        size, head, path, out = 0, bytearray(), None, None
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
        finally:
            if out is not None:
                out.close()
            if size > MAX_BYTES and path:
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

    # -- transcripts -------------------------------------------------------------------------
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

    # -- facts ---------------------------------------------------------------------------------
    def fact_groups(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        groups = [
            {
                "id": group_id(key),
                "key": key,
                "translations": [{"id": i + 1, "languages_id": "en", "name": name}],
            }
            for i, (key, name) in enumerate(GROUP_NAMES.items())
        ]
        return JSONResponse({"data": groups})

    def list_facts(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        with scribe.lock:
            scribe.settle(stored["id"])
            facts = copy.deepcopy(list(scribe.facts.get(stored["id"], {}).values()))
        return JSONResponse({"facts": facts})

    def create_facts(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        with scribe.lock:
            added = scribe.add_facts(stored["id"], body["facts"])
        return JSONResponse(
            {"facts": [{k: v for k, v in f.items() if k not in ("createdAt", "evidence")} for f in added]}
        )

    def _apply(fact: dict[str, Any], update: dict[str, Any]) -> None:
        for key in ("text", "group", "source", "isDiscarded"):
            if key in update:
                fact[key] = update[key]
        if "group" in update:
            fact["groupId"] = group_id(update["group"])
        fact["updatedAt"] = scribe.stamp()

    def _updated(fact: dict[str, Any]) -> dict[str, Any]:
        return {k: copy.deepcopy(v) for k, v in fact.items() if k != "evidence"}

    def batch_update_facts(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            table = scribe.facts.get(stored["id"], {})
            missing = [u["factId"] for u in body["facts"] if u["factId"] not in table]
            if missing:
                return not_found(f"Fact {missing[0]}")
            for update in body["facts"]:
                _apply(table[update["factId"]], update)
            return JSONResponse({"facts": [_updated(table[u["factId"]]) for u in body["facts"]]})

    def update_fact(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        with scribe.lock:
            fact = scribe.facts.get(stored["id"], {}).get(request.path_params["fid"])
            if fact is None:
                return not_found("Fact")
            _apply(fact, body)
            return JSONResponse(_updated(fact))

    def extract(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        text = " ".join(item["text"] for item in body["context"])
        return JSONResponse(
            {"facts": extract_facts(text), "outputLanguage": body["outputLanguage"], "usageInfo": _usage(0.1)}
        )

    # -- documents ------------------------------------------------------------------------------
    def _context_facts(context: list[dict[str, Any]]) -> list[dict[str, Any]]:
        facts: list[dict[str, Any]] = []
        for item in context:
            if item["type"] == "facts":
                facts += [
                    {"text": f["text"], "group": f.get("group") or group_of(f["text"])} for f in item["data"]
                ]
            else:  # a transcript segment or a string: what it states
                text = item["data"]["text"] if item["type"] == "transcript" else item["data"]
                facts += extract_facts(text)
        return facts

    def _sections_of(body: dict[str, Any]) -> tuple[str, str, list[tuple[str, str]]] | Response:
        """(template ref, name, [(section key, heading)]) of a create body."""
        if "templateKey" in body:
            key = body["templateKey"]
            if key not in TEMPLATES:
                return not_found(f"Template {key!r}")
            item = TEMPLATES[key]
            return key, item["name"], [(s, SECTIONS[s]["name"]) for s in item["sections"]]
        built = body["template"]
        overrides = built.get("sections") or [{"key": k} for k in built.get("sectionKeys", [])]
        unknown = [o["key"] for o in overrides if o["key"] not in SECTIONS]
        if unknown:
            return not_found(f"Template section {unknown[0]!r}")
        headings = [(o["key"], o.get("nameOverride") or SECTIONS[o["key"]]["name"]) for o in overrides]
        return "custom", built.get("documentName") or "Document", headings

    def create_document(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        shape = _sections_of(body)
        if isinstance(shape, Response):
            return shape
        ref, default_name, headings = shape
        facts = _context_facts(body["context"])
        with scribe.lock:
            stamp = scribe.stamp()
            sections = []
            for sort, (key, heading) in enumerate(headings):
                groups = SECTIONS[key]["groups"]
                lines = [f["text"] for f in facts if f["group"] in groups]
                text = " ".join(lines) if lines else "Nothing recorded."
                sections.append(
                    {
                        "key": key,
                        "name": heading,
                        "text": text,
                        "sort": sort,
                        "createdAt": stamp,
                        "updatedAt": stamp,
                    }
                )
            document = {
                "id": str(uuid.uuid4()),
                "name": body.get("name") or default_name,
                "templateRef": ref,
                "isStream": False,
                "sections": sections,
                "createdAt": stamp,
                "updatedAt": stamp,
                "outputLanguage": body["outputLanguage"],
                "usageInfo": _usage(1.0),
            }
            scribe.documents.setdefault(stored["id"], {})[document["id"]] = document
            return JSONResponse(copy.deepcopy(document), status_code=201)

    def list_documents(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            return JSONResponse(
                {"data": copy.deepcopy(list(scribe.documents.get(stored["id"], {}).values()))}
            )

    def document_of(request: Request, stored: dict[str, Any]) -> dict[str, Any] | Response:
        document_id = sub_id(request, "did")
        if document_id is None:
            return bad_id("document")
        found = scribe.documents.get(stored["id"], {}).get(document_id)
        return found if found is not None else not_found("Document")

    def get_document(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        with scribe.lock:
            found = document_of(request, stored)
            return found if isinstance(found, Response) else JSONResponse(copy.deepcopy(found))

    def update_document(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            found = document_of(request, stored)
            if isinstance(found, Response):
                return found
            stamp = scribe.stamp()
            if "name" in body:
                found["name"] = body["name"]
            by_key = {s["key"]: s for s in found["sections"]}
            for given in body.get("sections", []):
                section = by_key.get(given["key"])
                if section is None:
                    section = {
                        "key": given["key"],
                        "name": given["key"],
                        "text": "",
                        "sort": len(found["sections"]),
                        "createdAt": stamp,
                    }
                    found["sections"].append(section)
                    by_key[given["key"]] = section
                for key in ("name", "text", "sort"):
                    if key in given:
                        section[key] = given[key]
                section["updatedAt"] = stamp
            found["sections"].sort(key=lambda s: s["sort"])
            found["updatedAt"] = stamp
            return JSONResponse(copy.deepcopy(found))

    def delete_document(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            found = document_of(request, stored)
            if isinstance(found, Response):
                return found
            scribe.documents[stored["id"]].pop(found["id"])
        return Response(status_code=204)

    # -- templates --------------------------------------------------------------------------------
    def list_templates(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        found = []
        for key, item in TEMPLATES.items():
            if "lang" in query and not set(query["lang"]) & set(item["languages"]):
                continue
            if "status" in query and item["status"] not in query["status"]:
                continue
            if "org" in query and "corti" not in query["org"]:
                continue
            found.append(template(key))
        return JSONResponse({"data": found})

    def get_template(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        key = request.path_params["key"]
        return JSONResponse(template(key)) if key in TEMPLATES else not_found(f"Template {key!r}")

    def list_sections(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        if "org" in query and "corti" not in query["org"]:
            return JSONResponse({"data": []})
        languages = query.get("lang") or [None]
        return JSONResponse({"data": [section(key, languages[0]) for key in SECTIONS]})

    interaction, spec = "/v2/interactions/{id:idpath}", "/interactions/{interactionId}"
    return [
        route(f"{interaction}/recordings/", f"{spec}/recordings/",
              {"GET": list_recordings, "POST": upload_recording}),
        route(f"{interaction}/recordings/{{rid}}", f"{spec}/recordings/{{recordingId}}",
              {"GET": get_recording, "DELETE": delete_recording}),
        route(f"{interaction}/transcripts/", f"{spec}/transcripts/",
              {"GET": list_transcripts, "POST": create_transcript}),
        route(f"{interaction}/transcripts/{{tid}}/status",
              f"{spec}/transcripts/{{transcriptId}}/status", {"GET": transcript_status}),
        route(f"{interaction}/transcripts/{{tid}}", f"{spec}/transcripts/{{transcriptId}}",
              {"GET": get_transcript, "DELETE": delete_transcript}),
        route(f"{interaction}/facts/", f"{spec}/facts/",
              {"GET": list_facts, "POST": create_facts, "PATCH": batch_update_facts}),
        route(f"{interaction}/facts/{{fid}}", f"{spec}/facts/{{factId}}", {"PATCH": update_fact}),
        route(f"{interaction}/documents/", f"{spec}/documents/",
              {"GET": list_documents, "POST": create_document}),
        route(f"{interaction}/documents/{{did}}", f"{spec}/documents/{{documentId}}",
              {"GET": get_document, "PATCH": update_document, "DELETE": delete_document}),
        route("/v2/factgroups/", "/factgroups/", {"GET": fact_groups}),
        route("/v2/tools/extract-facts", "/tools/extract-facts", {"POST": extract}),
        route("/v2/templates/", "/templates/", {"GET": list_templates}),
        route("/v2/templates/{key}", "/templates/{key}", {"GET": get_template}),
        route("/v2/templateSections/", "/templateSections/", {"GET": list_sections}),
    ]  # fmt: skip
