"""Every resource of the API, one attribute per tag, for a runtime to carry.

A client (the hand-written `corti_interactions.CortiClient`) inherits `Resources` or
`AsyncResources` and calls `_attach_resources` with its runtime. The resources' modules (and
the models they use) are imported then, not with this module, so that importing the client
package stays cheap; `OPERATIONS` is built on first use for the same reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .types import AsyncRuntime, Operation, Poll, SyncRuntime

if TYPE_CHECKING:
    from .api.documents_classic import AsyncDocumentsClassic, DocumentsClassic
    from .api.facts import AsyncFacts, Facts
    from .api.interactions import AsyncInteractions, Interactions
    from .api.recordings import AsyncRecordings, Recordings
    from .api.templates import AsyncTemplates, Templates
    from .api.transcripts import AsyncTranscripts, Transcripts

    OPERATIONS: Mapping[str, Mapping[str, Operation[Any]]]
    """Every operation, by resource and method name: `OPERATIONS["interactions"]["list"]`
    (a nested resource by its dotted path: `OPERATIONS["documents.classic"]["create"]`)."""

    POLLS: Mapping[str, tuple[Poll[Any], str]]
    """`x-poll` by the operationId of the operation that starts the work: the poll and the
    start answer's field holding the polled id (`POLLS["transcripts_create"]`)."""

__all__ = [
    "OPERATIONS",
    "OPERATION_INDEX",
    "POLLS",
    "POLL_STARTS",
    "AsyncResources",
    "Resources",
    "AsyncDocuments",
    "Documents",
]


OPERATION_INDEX: Mapping[str, Mapping[str, tuple[str, str, str, str]]] = {
    "documents.classic": {
        "list": (
            "documents_classic.documents_classic_list",
            "List documents",
            "GET",
            "/interactions/{interaction_id}/documents/",
        ),
        "create": (
            "documents_classic.documents_classic_create",
            "Generate a document",
            "POST",
            "/interactions/{interaction_id}/documents/",
        ),
        "get": (
            "documents_classic.documents_classic_get",
            "Get a document",
            "GET",
            "/interactions/{interaction_id}/documents/{document_id}",
        ),
        "delete": (
            "documents_classic.documents_classic_delete",
            "Delete a document",
            "DELETE",
            "/interactions/{interaction_id}/documents/{document_id}",
        ),
        "update": (
            "documents_classic.documents_classic_update",
            "Update a document",
            "PATCH",
            "/interactions/{interaction_id}/documents/{document_id}",
        ),
    },
    "facts": {
        "fact_groups_list": ("facts.facts_fact_groups_list", "List fact groups", "GET", "/factgroups/"),
        "list": ("facts.facts_list", "List facts", "GET", "/interactions/{interaction_id}/facts/"),
        "create": ("facts.facts_create", "Add facts", "POST", "/interactions/{interaction_id}/facts/"),
        "batch_update": (
            "facts.facts_batch_update",
            "Update several facts",
            "PATCH",
            "/interactions/{interaction_id}/facts/",
        ),
        "update": ("facts.facts_update", "Update a fact", "PATCH", "/interactions/{interaction_id}/facts/{fact_id}"),
        "extract": ("facts.facts_extract", "Extract facts from text", "POST", "/tools/extract-facts"),
    },
    "interactions": {
        "list": ("interactions.interactions_list", "List interactions", "GET", "/interactions/"),
        "create": ("interactions.interactions_create", "Create an interaction", "POST", "/interactions/"),
        "get": ("interactions.interactions_get", "Get an interaction", "GET", "/interactions/{interaction_id}"),
        "delete": (
            "interactions.interactions_delete",
            "Delete an interaction",
            "DELETE",
            "/interactions/{interaction_id}",
        ),
        "update": (
            "interactions.interactions_update",
            "Update an interaction",
            "PATCH",
            "/interactions/{interaction_id}",
        ),
    },
    "recordings": {
        "list": ("recordings.recordings_list", "List recordings", "GET", "/interactions/{interaction_id}/recordings/"),
        "upload": (
            "recordings.recordings_upload",
            "Upload a recording",
            "POST",
            "/interactions/{interaction_id}/recordings/",
        ),
        "get": (
            "recordings.recordings_get",
            "Get a recording",
            "GET",
            "/interactions/{interaction_id}/recordings/{recording_id}",
        ),
        "delete": (
            "recordings.recordings_delete",
            "Delete a recording",
            "DELETE",
            "/interactions/{interaction_id}/recordings/{recording_id}",
        ),
    },
    "templates": {
        "list": ("templates.templates_list", "List templates", "GET", "/templates/"),
        "get": ("templates.templates_get", "Get a template", "GET", "/templates/{key}"),
        "section_list": ("templates.templates_section_list", "List template sections", "GET", "/templateSections/"),
    },
    "transcripts": {
        "list": (
            "transcripts.transcripts_list",
            "List transcripts",
            "GET",
            "/interactions/{interaction_id}/transcripts/",
        ),
        "create": (
            "transcripts.transcripts_create",
            "Create a transcript",
            "POST",
            "/interactions/{interaction_id}/transcripts/",
        ),
        "get": (
            "transcripts.transcripts_get",
            "Get a transcript",
            "GET",
            "/interactions/{interaction_id}/transcripts/{transcript_id}",
        ),
        "delete": (
            "transcripts.transcripts_delete",
            "Delete a transcript",
            "DELETE",
            "/interactions/{interaction_id}/transcripts/{transcript_id}",
        ),
        "get_status": (
            "transcripts.transcripts_get_status",
            "Get a transcript's status",
            "GET",
            "/interactions/{interaction_id}/transcripts/{transcript_id}/status",
        ),
    },
}
"""`OPERATIONS` as plain data, without importing any operation: by resource and method name,
the operation's module below `api` (its `OPERATION`), summary, HTTP method and path. The
command line lists commands from it and imports only the operation a command runs."""

POLL_STARTS: frozenset[str] = frozenset(
    {
        "transcripts_create",
    }
)
"""The operationIds of `POLLS`, without importing them."""


def _operations() -> Mapping[str, Mapping[str, Operation[Any]]]:
    from .api.documents_classic import documents_classic_create as _documents_classic_create
    from .api.documents_classic import documents_classic_delete as _documents_classic_delete
    from .api.documents_classic import documents_classic_get as _documents_classic_get
    from .api.documents_classic import documents_classic_list as _documents_classic_list
    from .api.documents_classic import documents_classic_update as _documents_classic_update
    from .api.facts import facts_batch_update as _facts_batch_update
    from .api.facts import facts_create as _facts_create
    from .api.facts import facts_extract as _facts_extract
    from .api.facts import facts_fact_groups_list as _facts_fact_groups_list
    from .api.facts import facts_list as _facts_list
    from .api.facts import facts_update as _facts_update
    from .api.interactions import interactions_create as _interactions_create
    from .api.interactions import interactions_delete as _interactions_delete
    from .api.interactions import interactions_get as _interactions_get
    from .api.interactions import interactions_list as _interactions_list
    from .api.interactions import interactions_update as _interactions_update
    from .api.recordings import recordings_delete as _recordings_delete
    from .api.recordings import recordings_get as _recordings_get
    from .api.recordings import recordings_list as _recordings_list
    from .api.recordings import recordings_upload as _recordings_upload
    from .api.templates import templates_get as _templates_get
    from .api.templates import templates_list as _templates_list
    from .api.templates import templates_section_list as _templates_section_list
    from .api.transcripts import transcripts_create as _transcripts_create
    from .api.transcripts import transcripts_delete as _transcripts_delete
    from .api.transcripts import transcripts_get as _transcripts_get
    from .api.transcripts import transcripts_get_status as _transcripts_get_status
    from .api.transcripts import transcripts_list as _transcripts_list

    return {
        "documents.classic": {
            "list": _documents_classic_list.OPERATION,
            "create": _documents_classic_create.OPERATION,
            "get": _documents_classic_get.OPERATION,
            "delete": _documents_classic_delete.OPERATION,
            "update": _documents_classic_update.OPERATION,
        },
        "facts": {
            "fact_groups_list": _facts_fact_groups_list.OPERATION,
            "list": _facts_list.OPERATION,
            "create": _facts_create.OPERATION,
            "batch_update": _facts_batch_update.OPERATION,
            "update": _facts_update.OPERATION,
            "extract": _facts_extract.OPERATION,
        },
        "interactions": {
            "list": _interactions_list.OPERATION,
            "create": _interactions_create.OPERATION,
            "get": _interactions_get.OPERATION,
            "delete": _interactions_delete.OPERATION,
            "update": _interactions_update.OPERATION,
        },
        "recordings": {
            "list": _recordings_list.OPERATION,
            "upload": _recordings_upload.OPERATION,
            "get": _recordings_get.OPERATION,
            "delete": _recordings_delete.OPERATION,
        },
        "templates": {
            "list": _templates_list.OPERATION,
            "get": _templates_get.OPERATION,
            "section_list": _templates_section_list.OPERATION,
        },
        "transcripts": {
            "list": _transcripts_list.OPERATION,
            "create": _transcripts_create.OPERATION,
            "get": _transcripts_get.OPERATION,
            "delete": _transcripts_delete.OPERATION,
            "get_status": _transcripts_get_status.OPERATION,
        },
    }


def _polls() -> Mapping[str, tuple[Poll[Any], str]]:
    from .api.transcripts import transcripts_get_status as _transcripts_get_status

    return {
        "transcripts_create": (_transcripts_get_status.POLL, "id"),
    }


if not TYPE_CHECKING:  # so that type checkers still refuse a name that does not exist

    def __getattr__(name: str) -> object:
        if name == "OPERATIONS":
            operations = globals()["OPERATIONS"] = _operations()
            return operations
        if name == "POLLS":
            polls = globals()["POLLS"] = _polls()
            return polls
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Documents:
    """`client.documents` of a sync client: a group of resources, no operations of its own yet."""

    classic: DocumentsClassic

    def __init__(self, runtime: SyncRuntime) -> None:
        from .api.documents_classic import DocumentsClassic

        self.classic = DocumentsClassic(runtime)


class AsyncDocuments:
    """`client.documents` of an async client: a group of resources, no operations of its own yet."""

    classic: AsyncDocumentsClassic

    def __init__(self, runtime: AsyncRuntime) -> None:
        from .api.documents_classic import AsyncDocumentsClassic

        self.classic = AsyncDocumentsClassic(runtime)


class Resources:
    """The resources of a sync client."""

    documents: Documents
    facts: Facts
    interactions: Interactions
    recordings: Recordings
    templates: Templates
    transcripts: Transcripts

    def _attach_resources(self, runtime: SyncRuntime) -> None:
        from .api.facts import Facts
        from .api.interactions import Interactions
        from .api.recordings import Recordings
        from .api.templates import Templates
        from .api.transcripts import Transcripts

        self.documents = Documents(runtime)
        self.facts = Facts(runtime)
        self.interactions = Interactions(runtime)
        self.recordings = Recordings(runtime)
        self.templates = Templates(runtime)
        self.transcripts = Transcripts(runtime)


class AsyncResources:
    """The resources of an async client."""

    documents: AsyncDocuments
    facts: AsyncFacts
    interactions: AsyncInteractions
    recordings: AsyncRecordings
    templates: AsyncTemplates
    transcripts: AsyncTranscripts

    def _attach_resources(self, runtime: AsyncRuntime) -> None:
        from .api.facts import AsyncFacts
        from .api.interactions import AsyncInteractions
        from .api.recordings import AsyncRecordings
        from .api.templates import AsyncTemplates
        from .api.transcripts import AsyncTranscripts

        self.documents = AsyncDocuments(runtime)
        self.facts = AsyncFacts(runtime)
        self.interactions = AsyncInteractions(runtime)
        self.recordings = AsyncRecordings(runtime)
        self.templates = AsyncTemplates(runtime)
        self.transcripts = AsyncTranscripts(runtime)
