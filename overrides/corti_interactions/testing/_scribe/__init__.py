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

from collections.abc import Callable
from typing import Any

from . import documents, facts, recordings, templates, transcripts
from .state import MEMORY_LIMIT, ErrorFn, Routes, ScribeState

__all__ = ["MEMORY_LIMIT", "ScribeState", "scribe_routes"]


def scribe_routes(
    scribe: ScribeState, api: Callable[..., Any], error: ErrorFn, route: Callable[..., Any]
) -> list[Any]:
    """The routes of every scribe operation, checked by `api` (auth, tenant, ids, query, body
    against the spec, the interaction's existence) before the work below."""
    shared = Routes(scribe, error)
    h: dict[str, Any] = {}
    for family in (recordings, transcripts, facts, documents, templates):
        h.update(family.handlers(shared))
    interaction, spec = "/v2/interactions/{id:idpath}", "/interactions/{interactionId}"
    return [
        route(f"{interaction}/recordings/", f"{spec}/recordings/",
              {"GET": h["list_recordings"], "POST": h["upload_recording"]}),
        route(f"{interaction}/recordings/{{rid}}", f"{spec}/recordings/{{recordingId}}",
              {"GET": h["get_recording"], "DELETE": h["delete_recording"]}),
        route(f"{interaction}/transcripts/", f"{spec}/transcripts/",
              {"GET": h["list_transcripts"], "POST": h["create_transcript"]}),
        route(f"{interaction}/transcripts/{{tid}}/status",
              f"{spec}/transcripts/{{transcriptId}}/status", {"GET": h["transcript_status"]}),
        route(f"{interaction}/transcripts/{{tid}}", f"{spec}/transcripts/{{transcriptId}}",
              {"GET": h["get_transcript"], "DELETE": h["delete_transcript"]}),
        route(f"{interaction}/facts/", f"{spec}/facts/",
              {"GET": h["list_facts"], "POST": h["create_facts"], "PATCH": h["batch_update_facts"]}),
        route(f"{interaction}/facts/{{fid}}", f"{spec}/facts/{{factId}}", {"PATCH": h["update_fact"]}),
        route(f"{interaction}/documents/", f"{spec}/documents/",
              {"GET": h["list_documents"], "POST": h["create_document"]}),
        route(f"{interaction}/documents/{{did}}", f"{spec}/documents/{{documentId}}",
              {"GET": h["get_document"], "PATCH": h["update_document"], "DELETE": h["delete_document"]}),
        route("/v2/factgroups/", "/factgroups/", {"GET": h["fact_groups"]}),
        route("/v2/tools/extract-facts", "/tools/extract-facts", {"POST": h["extract"]}),
        route("/v2/templates/", "/templates/", {"GET": h["list_templates"]}),
        route("/v2/templates/{key}", "/templates/{key}", {"GET": h["get_template"]}),
        route("/v2/templateSections/", "/templateSections/", {"GET": h["list_sections"]}),
    ]  # fmt: skip
