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
    from .api.codes import AsyncCodes, Codes
    from .api.documents import AsyncDocuments, Documents
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

__all__ = ["OPERATIONS", "POLLS", "AsyncResources", "Resources"]


def _operations() -> Mapping[str, Mapping[str, Operation[Any]]]:
    from .api.codes import codes_predict as _codes_predict
    from .api.documents import documents_delete as _documents_delete
    from .api.documents import documents_generate as _documents_generate
    from .api.documents import documents_get as _documents_get
    from .api.documents import documents_list as _documents_list
    from .api.documents import documents_update as _documents_update
    from .api.documents_classic import documents_classic_create as _documents_classic_create
    from .api.documents_classic import documents_classic_delete as _documents_classic_delete
    from .api.documents_classic import documents_classic_get as _documents_classic_get
    from .api.documents_classic import documents_classic_list as _documents_classic_list
    from .api.documents_classic import documents_classic_update as _documents_classic_update
    from .api.documents_sections import documents_sections_create as _documents_sections_create
    from .api.documents_sections import documents_sections_delete as _documents_sections_delete
    from .api.documents_sections import documents_sections_get as _documents_sections_get
    from .api.documents_sections import documents_sections_list as _documents_sections_list
    from .api.documents_sections import documents_sections_update as _documents_sections_update
    from .api.documents_sections_versions import (
        documents_sections_versions_create as _documents_sections_versions_create,
    )
    from .api.documents_sections_versions import (
        documents_sections_versions_delete as _documents_sections_versions_delete,
    )
    from .api.documents_sections_versions import documents_sections_versions_get as _documents_sections_versions_get
    from .api.documents_sections_versions import documents_sections_versions_list as _documents_sections_versions_list
    from .api.documents_sections_versions import (
        documents_sections_versions_publish as _documents_sections_versions_publish,
    )
    from .api.documents_templates import documents_templates_create as _documents_templates_create
    from .api.documents_templates import documents_templates_delete as _documents_templates_delete
    from .api.documents_templates import documents_templates_get as _documents_templates_get
    from .api.documents_templates import documents_templates_list as _documents_templates_list
    from .api.documents_templates import documents_templates_update as _documents_templates_update
    from .api.documents_templates_versions import (
        documents_templates_versions_create as _documents_templates_versions_create,
    )
    from .api.documents_templates_versions import (
        documents_templates_versions_delete as _documents_templates_versions_delete,
    )
    from .api.documents_templates_versions import documents_templates_versions_get as _documents_templates_versions_get
    from .api.documents_templates_versions import (
        documents_templates_versions_list as _documents_templates_versions_list,
    )
    from .api.documents_templates_versions import (
        documents_templates_versions_publish as _documents_templates_versions_publish,
    )
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
        "codes": {
            "predict": _codes_predict.OPERATION,
        },
        "documents": {
            "list": _documents_list.OPERATION,
            "generate": _documents_generate.OPERATION,
            "get": _documents_get.OPERATION,
            "delete": _documents_delete.OPERATION,
            "update": _documents_update.OPERATION,
        },
        "documents.classic": {
            "list": _documents_classic_list.OPERATION,
            "create": _documents_classic_create.OPERATION,
            "get": _documents_classic_get.OPERATION,
            "delete": _documents_classic_delete.OPERATION,
            "update": _documents_classic_update.OPERATION,
        },
        "documents.sections": {
            "list": _documents_sections_list.OPERATION,
            "create": _documents_sections_create.OPERATION,
            "get": _documents_sections_get.OPERATION,
            "delete": _documents_sections_delete.OPERATION,
            "update": _documents_sections_update.OPERATION,
        },
        "documents.sections.versions": {
            "list": _documents_sections_versions_list.OPERATION,
            "create": _documents_sections_versions_create.OPERATION,
            "get": _documents_sections_versions_get.OPERATION,
            "delete": _documents_sections_versions_delete.OPERATION,
            "publish": _documents_sections_versions_publish.OPERATION,
        },
        "documents.templates": {
            "list": _documents_templates_list.OPERATION,
            "create": _documents_templates_create.OPERATION,
            "get": _documents_templates_get.OPERATION,
            "delete": _documents_templates_delete.OPERATION,
            "update": _documents_templates_update.OPERATION,
        },
        "documents.templates.versions": {
            "list": _documents_templates_versions_list.OPERATION,
            "create": _documents_templates_versions_create.OPERATION,
            "get": _documents_templates_versions_get.OPERATION,
            "delete": _documents_templates_versions_delete.OPERATION,
            "publish": _documents_templates_versions_publish.OPERATION,
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


class Resources:
    """The resources of a sync client."""

    codes: Codes
    documents: Documents
    facts: Facts
    interactions: Interactions
    recordings: Recordings
    templates: Templates
    transcripts: Transcripts

    def _attach_resources(self, runtime: SyncRuntime) -> None:
        from .api.codes import Codes
        from .api.documents import Documents
        from .api.facts import Facts
        from .api.interactions import Interactions
        from .api.recordings import Recordings
        from .api.templates import Templates
        from .api.transcripts import Transcripts

        self.codes = Codes(runtime)
        self.documents = Documents(runtime)
        self.facts = Facts(runtime)
        self.interactions = Interactions(runtime)
        self.recordings = Recordings(runtime)
        self.templates = Templates(runtime)
        self.transcripts = Transcripts(runtime)


class AsyncResources:
    """The resources of an async client."""

    codes: AsyncCodes
    documents: AsyncDocuments
    facts: AsyncFacts
    interactions: AsyncInteractions
    recordings: AsyncRecordings
    templates: AsyncTemplates
    transcripts: AsyncTranscripts

    def _attach_resources(self, runtime: AsyncRuntime) -> None:
        from .api.codes import AsyncCodes
        from .api.documents import AsyncDocuments
        from .api.facts import AsyncFacts
        from .api.interactions import AsyncInteractions
        from .api.recordings import AsyncRecordings
        from .api.templates import AsyncTemplates
        from .api.transcripts import AsyncTranscripts

        self.codes = AsyncCodes(runtime)
        self.documents = AsyncDocuments(runtime)
        self.facts = AsyncFacts(runtime)
        self.interactions = AsyncInteractions(runtime)
        self.recordings = AsyncRecordings(runtime)
        self.templates = AsyncTemplates(runtime)
        self.transcripts = AsyncTranscripts(runtime)
