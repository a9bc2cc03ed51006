"""Every resource of the API, one attribute per tag, for a runtime to carry.

A client (the hand-written `corti_interactions.CortiClient`) inherits `Resources` or
`AsyncResources` and calls `_attach_resources` with its runtime. The resources' modules (and
the models they use) are imported then, not with this module, so that importing the client
package stays cheap; `OPERATIONS` is built on first use for the same reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .types import AsyncRuntime, Operation, Poll, SyncRuntime, missing_name

if TYPE_CHECKING:
    from .api.agentic_agents import AgenticAgents, AsyncAgenticAgents
    from .api.agentic_contexts import AgenticContexts, AsyncAgenticContexts
    from .api.agentic_registry_connectors import AgenticRegistryConnectors, AsyncAgenticRegistryConnectors
    from .api.agents import Agents, AsyncAgents
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

__all__ = [
    "OPERATIONS",
    "POLLS",
    "AsyncResources",
    "Resources",
    "AsyncAgentic",
    "Agentic",
    "AsyncAgenticRegistry",
    "AgenticRegistry",
]


def _operations() -> Mapping[str, Mapping[str, Operation[Any]]]:
    from .api.agentic_agents import agentic_agents_card as _agentic_agents_card
    from .api.agentic_agents import agentic_agents_create as _agentic_agents_create
    from .api.agentic_agents import agentic_agents_delete as _agentic_agents_delete
    from .api.agentic_agents import agentic_agents_get as _agentic_agents_get
    from .api.agentic_agents import agentic_agents_json_rpc as _agentic_agents_json_rpc
    from .api.agentic_agents import agentic_agents_list as _agentic_agents_list
    from .api.agentic_agents import agentic_agents_send_message as _agentic_agents_send_message
    from .api.agentic_agents import agentic_agents_stream_message as _agentic_agents_stream_message
    from .api.agentic_agents import agentic_agents_update as _agentic_agents_update
    from .api.agentic_agents import agentic_agents_usage as _agentic_agents_usage
    from .api.agentic_agents_connectors import agentic_agents_connectors_create as _agentic_agents_connectors_create
    from .api.agentic_agents_connectors import agentic_agents_connectors_delete as _agentic_agents_connectors_delete
    from .api.agentic_agents_connectors import agentic_agents_connectors_get as _agentic_agents_connectors_get
    from .api.agentic_agents_connectors import agentic_agents_connectors_list as _agentic_agents_connectors_list
    from .api.agentic_agents_connectors import agentic_agents_connectors_update as _agentic_agents_connectors_update
    from .api.agentic_agents_tasks import agentic_agents_tasks_cancel as _agentic_agents_tasks_cancel
    from .api.agentic_agents_tasks import agentic_agents_tasks_get as _agentic_agents_tasks_get
    from .api.agentic_agents_tasks import agentic_agents_tasks_list as _agentic_agents_tasks_list
    from .api.agentic_agents_tasks import agentic_agents_tasks_subscribe as _agentic_agents_tasks_subscribe
    from .api.agentic_contexts import agentic_contexts_delete as _agentic_contexts_delete
    from .api.agentic_contexts import agentic_contexts_get as _agentic_contexts_get
    from .api.agentic_contexts import agentic_contexts_list as _agentic_contexts_list
    from .api.agentic_contexts import agentic_contexts_trace as _agentic_contexts_trace
    from .api.agentic_contexts_tasks import agentic_contexts_tasks_get as _agentic_contexts_tasks_get
    from .api.agentic_contexts_tasks import agentic_contexts_tasks_list as _agentic_contexts_tasks_list
    from .api.agentic_contexts_tasks_artifacts import (
        agentic_contexts_tasks_artifacts_get as _agentic_contexts_tasks_artifacts_get,
    )
    from .api.agentic_contexts_tasks_feedback import (
        agentic_contexts_tasks_feedback_create as _agentic_contexts_tasks_feedback_create,
    )
    from .api.agentic_contexts_tasks_feedback import (
        agentic_contexts_tasks_feedback_delete as _agentic_contexts_tasks_feedback_delete,
    )
    from .api.agentic_contexts_tasks_feedback import (
        agentic_contexts_tasks_feedback_list as _agentic_contexts_tasks_feedback_list,
    )
    from .api.agentic_registry_connectors import agentic_registry_connectors_get as _agentic_registry_connectors_get
    from .api.agentic_registry_connectors import agentic_registry_connectors_list as _agentic_registry_connectors_list
    from .api.agents import agents_create as _agents_create
    from .api.agents import agents_delete as _agents_delete
    from .api.agents import agents_delete_context as _agents_delete_context
    from .api.agents import agents_get as _agents_get
    from .api.agents import agents_get_card as _agents_get_card
    from .api.agents import agents_get_context as _agents_get_context
    from .api.agents import agents_get_registry_experts as _agents_get_registry_experts
    from .api.agents import agents_get_task as _agents_get_task
    from .api.agents import agents_list as _agents_list
    from .api.agents import agents_message_send as _agents_message_send
    from .api.agents import agents_update as _agents_update
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
        "agentic.agents": {
            "list": _agentic_agents_list.OPERATION,
            "create": _agentic_agents_create.OPERATION,
            "get": _agentic_agents_get.OPERATION,
            "delete": _agentic_agents_delete.OPERATION,
            "update": _agentic_agents_update.OPERATION,
            "card": _agentic_agents_card.OPERATION,
            "json_rpc": _agentic_agents_json_rpc.OPERATION,
            "send_message": _agentic_agents_send_message.OPERATION,
            "stream_message": _agentic_agents_stream_message.OPERATION,
            "usage": _agentic_agents_usage.OPERATION,
        },
        "agentic.agents.connectors": {
            "list": _agentic_agents_connectors_list.OPERATION,
            "create": _agentic_agents_connectors_create.OPERATION,
            "get": _agentic_agents_connectors_get.OPERATION,
            "delete": _agentic_agents_connectors_delete.OPERATION,
            "update": _agentic_agents_connectors_update.OPERATION,
        },
        "agentic.agents.tasks": {
            "list": _agentic_agents_tasks_list.OPERATION,
            "get": _agentic_agents_tasks_get.OPERATION,
            "cancel": _agentic_agents_tasks_cancel.OPERATION,
            "subscribe": _agentic_agents_tasks_subscribe.OPERATION,
        },
        "agentic.contexts": {
            "list": _agentic_contexts_list.OPERATION,
            "get": _agentic_contexts_get.OPERATION,
            "delete": _agentic_contexts_delete.OPERATION,
            "trace": _agentic_contexts_trace.OPERATION,
        },
        "agentic.contexts.tasks": {
            "list": _agentic_contexts_tasks_list.OPERATION,
            "get": _agentic_contexts_tasks_get.OPERATION,
        },
        "agentic.contexts.tasks.artifacts": {
            "get": _agentic_contexts_tasks_artifacts_get.OPERATION,
        },
        "agentic.contexts.tasks.feedback": {
            "list": _agentic_contexts_tasks_feedback_list.OPERATION,
            "create": _agentic_contexts_tasks_feedback_create.OPERATION,
            "delete": _agentic_contexts_tasks_feedback_delete.OPERATION,
        },
        "agentic.registry.connectors": {
            "list": _agentic_registry_connectors_list.OPERATION,
            "get": _agentic_registry_connectors_get.OPERATION,
        },
        "agents": {
            "list": _agents_list.OPERATION,
            "create": _agents_create.OPERATION,
            "get": _agents_get.OPERATION,
            "delete": _agents_delete.OPERATION,
            "update": _agents_update.OPERATION,
            "get_card": _agents_get_card.OPERATION,
            "message_send": _agents_message_send.OPERATION,
            "get_task": _agents_get_task.OPERATION,
            "get_context": _agents_get_context.OPERATION,
            "delete_context": _agents_delete_context.OPERATION,
            "get_registry_experts": _agents_get_registry_experts.OPERATION,
        },
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


class Agentic:
    """`client.agentic` of a sync client: a group of resources, no operations of its own yet."""

    agents: AgenticAgents
    contexts: AgenticContexts
    registry: AgenticRegistry

    def __init__(self, runtime: SyncRuntime) -> None:
        from .api.agentic_agents import AgenticAgents
        from .api.agentic_contexts import AgenticContexts

        self.agents = AgenticAgents(runtime)
        self.contexts = AgenticContexts(runtime)
        self.registry = AgenticRegistry(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic", name, {})


class AsyncAgentic:
    """`client.agentic` of an async client: a group of resources, no operations of its own yet."""

    agents: AsyncAgenticAgents
    contexts: AsyncAgenticContexts
    registry: AsyncAgenticRegistry

    def __init__(self, runtime: AsyncRuntime) -> None:
        from .api.agentic_agents import AsyncAgenticAgents
        from .api.agentic_contexts import AsyncAgenticContexts

        self.agents = AsyncAgenticAgents(runtime)
        self.contexts = AsyncAgenticContexts(runtime)
        self.registry = AsyncAgenticRegistry(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic", name, {})


class AgenticRegistry:
    """`client.agentic.registry` of a sync client: a group of resources, no operations of its own yet."""

    connectors: AgenticRegistryConnectors

    def __init__(self, runtime: SyncRuntime) -> None:
        from .api.agentic_registry_connectors import AgenticRegistryConnectors

        self.connectors = AgenticRegistryConnectors(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.registry", name, {})


class AsyncAgenticRegistry:
    """`client.agentic.registry` of an async client: a group of resources, no operations of its own yet."""

    connectors: AsyncAgenticRegistryConnectors

    def __init__(self, runtime: AsyncRuntime) -> None:
        from .api.agentic_registry_connectors import AsyncAgenticRegistryConnectors

        self.connectors = AsyncAgenticRegistryConnectors(runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.registry", name, {})


class Resources:
    """The resources of a sync client."""

    agentic: Agentic
    agents: Agents
    codes: Codes
    documents: Documents
    facts: Facts
    interactions: Interactions
    recordings: Recordings
    templates: Templates
    transcripts: Transcripts

    def _attach_resources(self, runtime: SyncRuntime) -> None:
        from .api.agents import Agents
        from .api.codes import Codes
        from .api.documents import Documents
        from .api.facts import Facts
        from .api.interactions import Interactions
        from .api.recordings import Recordings
        from .api.templates import Templates
        from .api.transcripts import Transcripts

        self.agentic = Agentic(runtime)
        self.agents = Agents(runtime)
        self.codes = Codes(runtime)
        self.documents = Documents(runtime)
        self.facts = Facts(runtime)
        self.interactions = Interactions(runtime)
        self.recordings = Recordings(runtime)
        self.templates = Templates(runtime)
        self.transcripts = Transcripts(runtime)


class AsyncResources:
    """The resources of an async client."""

    agentic: AsyncAgentic
    agents: AsyncAgents
    codes: AsyncCodes
    documents: AsyncDocuments
    facts: AsyncFacts
    interactions: AsyncInteractions
    recordings: AsyncRecordings
    templates: AsyncTemplates
    transcripts: AsyncTranscripts

    def _attach_resources(self, runtime: AsyncRuntime) -> None:
        from .api.agents import AsyncAgents
        from .api.codes import AsyncCodes
        from .api.documents import AsyncDocuments
        from .api.facts import AsyncFacts
        from .api.interactions import AsyncInteractions
        from .api.recordings import AsyncRecordings
        from .api.templates import AsyncTemplates
        from .api.transcripts import AsyncTranscripts

        self.agentic = AsyncAgentic(runtime)
        self.agents = AsyncAgents(runtime)
        self.codes = AsyncCodes(runtime)
        self.documents = AsyncDocuments(runtime)
        self.facts = AsyncFacts(runtime)
        self.interactions = AsyncInteractions(runtime)
        self.recordings = AsyncRecordings(runtime)
        self.templates = AsyncTemplates(runtime)
        self.transcripts = AsyncTranscripts(runtime)
