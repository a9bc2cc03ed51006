"""Every resource of the API, one attribute per tag, for a runtime to carry.

A client (the hand-written `corti_interactions.CortiClient`) inherits `Resources` or
`AsyncResources` and calls `_attach_resources` with its runtime. Each resource is built when
its attribute is first read (`client.interactions`): its module, its operations and the models
they use are imported then, so that making a client, and its first call, cost the same whatever
the number of resources; `OPERATIONS` is built on first use for the same reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
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
    "OPERATION_INDEX",
    "POLLS",
    "POLL_STARTS",
    "AsyncResources",
    "Resources",
    "AsyncAgentic",
    "Agentic",
    "AsyncAgenticRegistry",
    "AgenticRegistry",
]


OPERATION_INDEX: Mapping[str, Mapping[str, tuple[str, str, str, str]]] = {
    "agentic.agents": {
        "list": ("agentic_agents.agentic_agents_list", "List agents", "GET", "/agentic/agents"),
        "create": ("agentic_agents.agentic_agents_create", "Create an agent", "POST", "/agentic/agents"),
        "get": ("agentic_agents.agentic_agents_get", "Get an agent", "GET", "/agentic/agents/{agent_id}"),
        "delete": ("agentic_agents.agentic_agents_delete", "Delete an agent", "DELETE", "/agentic/agents/{agent_id}"),
        "update": ("agentic_agents.agentic_agents_update", "Update an agent", "PATCH", "/agentic/agents/{agent_id}"),
        "card": (
            "agentic_agents.agentic_agents_card",
            "Get an agent's card",
            "GET",
            "/agentic/agents/{agent_id}/.well-known/agent-card.json",
        ),
        "json_rpc": (
            "agentic_agents.agentic_agents_json_rpc",
            "Call an agent over JSON-RPC",
            "POST",
            "/agentic/agents/{agent_id}/a2a",
        ),
        "send_message": (
            "agentic_agents.agentic_agents_send_message",
            "Send a message",
            "POST",
            "/agentic/agents/{agent_id}/a2a/message:send",
        ),
        "stream_message": (
            "agentic_agents.agentic_agents_stream_message",
            "Send a message, answered as a stream",
            "POST",
            "/agentic/agents/{agent_id}/a2a/message:stream",
        ),
        "usage": (
            "agentic_agents.agentic_agents_usage",
            "Get an agent's usage",
            "GET",
            "/agentic/agents/{agent_id}/usage",
        ),
    },
    "agentic.agents.connectors": {
        "list": (
            "agentic_agents_connectors.agentic_agents_connectors_list",
            "List an agent's connectors",
            "GET",
            "/agentic/agents/{parent_agent_id}/connectors",
        ),
        "create": (
            "agentic_agents_connectors.agentic_agents_connectors_create",
            "Add a connector",
            "POST",
            "/agentic/agents/{parent_agent_id}/connectors",
        ),
        "get": (
            "agentic_agents_connectors.agentic_agents_connectors_get",
            "Get a connector",
            "GET",
            "/agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}",
        ),
        "delete": (
            "agentic_agents_connectors.agentic_agents_connectors_delete",
            "Remove a connector",
            "DELETE",
            "/agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}",
        ),
        "update": (
            "agentic_agents_connectors.agentic_agents_connectors_update",
            "Update a connector",
            "PATCH",
            "/agentic/agents/{parent_agent_id}/connectors/{agent_connector_id}",
        ),
    },
    "agentic.agents.tasks": {
        "list": (
            "agentic_agents_tasks.agentic_agents_tasks_list",
            "List an agent's tasks",
            "GET",
            "/agentic/agents/{agent_id}/a2a/tasks",
        ),
        "get": (
            "agentic_agents_tasks.agentic_agents_tasks_get",
            "Get a task",
            "GET",
            "/agentic/agents/{agent_id}/a2a/tasks/{task_id}",
        ),
        "cancel": (
            "agentic_agents_tasks.agentic_agents_tasks_cancel",
            "Cancel a task",
            "POST",
            "/agentic/agents/{agent_id}/a2a/tasks/{task_id}:cancel",
        ),
        "subscribe": (
            "agentic_agents_tasks.agentic_agents_tasks_subscribe",
            "Resubscribe to a task's events",
            "POST",
            "/agentic/agents/{agent_id}/a2a/tasks/{task_id}:subscribe",
        ),
    },
    "agentic.contexts": {
        "list": ("agentic_contexts.agentic_contexts_list", "List contexts", "GET", "/agentic/contexts"),
        "get": ("agentic_contexts.agentic_contexts_get", "Get a context", "GET", "/agentic/contexts/{context_id}"),
        "delete": (
            "agentic_contexts.agentic_contexts_delete",
            "Delete a context",
            "DELETE",
            "/agentic/contexts/{context_id}",
        ),
        "trace": (
            "agentic_contexts.agentic_contexts_trace",
            "Get a context's traces",
            "GET",
            "/agentic/contexts/{context_id}/trace",
        ),
    },
    "agentic.contexts.tasks": {
        "list": (
            "agentic_contexts_tasks.agentic_contexts_tasks_list",
            "List a context's tasks",
            "GET",
            "/agentic/contexts/{context_id}/tasks",
        ),
        "get": (
            "agentic_contexts_tasks.agentic_contexts_tasks_get",
            "Get a context's task",
            "GET",
            "/agentic/contexts/{context_id}/tasks/{task_id}",
        ),
    },
    "agentic.contexts.tasks.artifacts": {
        "get": (
            "agentic_contexts_tasks_artifacts.agentic_contexts_tasks_artifacts_get",
            "Get an artifact",
            "GET",
            "/agentic/contexts/{context_id}/tasks/{task_id}/artifacts/{artifact_id}",
        ),
    },
    "agentic.contexts.tasks.feedback": {
        "list": (
            "agentic_contexts_tasks_feedback.agentic_contexts_tasks_feedback_list",
            "List feedback on a task",
            "GET",
            "/agentic/contexts/{context_id}/tasks/{task_id}/feedback",
        ),
        "create": (
            "agentic_contexts_tasks_feedback.agentic_contexts_tasks_feedback_create",
            "Give feedback on a task",
            "POST",
            "/agentic/contexts/{context_id}/tasks/{task_id}/feedback",
        ),
        "delete": (
            "agentic_contexts_tasks_feedback.agentic_contexts_tasks_feedback_delete",
            "Delete feedback",
            "DELETE",
            "/agentic/contexts/{context_id}/tasks/{task_id}/feedback/{feedback_id}",
        ),
    },
    "agentic.registry.connectors": {
        "list": (
            "agentic_registry_connectors.agentic_registry_connectors_list",
            "List registry connectors",
            "GET",
            "/agentic/registry/connectors",
        ),
        "get": (
            "agentic_registry_connectors.agentic_registry_connectors_get",
            "Get a registry connector",
            "GET",
            "/agentic/registry/connectors/{connector_id}",
        ),
    },
    "agents": {
        "list": ("agents.agents_list", "List agents (v1)", "GET", "/agents"),
        "create": ("agents.agents_create", "Create an agent (v1)", "POST", "/agents"),
        "get": ("agents.agents_get", "Get an agent (v1)", "GET", "/agents/{id}"),
        "delete": ("agents.agents_delete", "Delete an agent (v1)", "DELETE", "/agents/{id}"),
        "update": ("agents.agents_update", "Update an agent (v1)", "PATCH", "/agents/{id}"),
        "get_card": ("agents.agents_get_card", "Get an agent's card (v1)", "GET", "/agents/{id}/agent-card.json"),
        "message_send": (
            "agents.agents_message_send",
            "Send a message to an agent (v1)",
            "POST",
            "/agents/{id}/v1/message:send",
        ),
        "get_task": ("agents.agents_get_task", "Get a task (v1)", "GET", "/agents/{id}/v1/tasks/{task_id}"),
        "get_context": (
            "agents.agents_get_context",
            "Get a context (v1)",
            "GET",
            "/agents/{id}/v1/contexts/{context_id}",
        ),
        "delete_context": (
            "agents.agents_delete_context",
            "Delete a context (v1)",
            "DELETE",
            "/agents/{id}/v1/contexts/{context_id}",
        ),
        "get_registry_experts": (
            "agents.agents_get_registry_experts",
            "List registry experts (v1)",
            "GET",
            "/agents/registry/experts",
        ),
    },
    "codes": {
        "predict": ("codes.codes_predict", "Predict codes", "POST", "/tools/coding/"),
    },
    "documents": {
        "list": ("documents.documents_list", "List documents", "GET", "/documents/"),
        "generate": ("documents.documents_generate", "Generate a document", "POST", "/documents/"),
        "get": ("documents.documents_get", "Get a document", "GET", "/documents/{document_id}"),
        "delete": ("documents.documents_delete", "Delete a document", "DELETE", "/documents/{document_id}"),
        "update": ("documents.documents_update", "Update a document", "PATCH", "/documents/{document_id}"),
    },
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
    "documents.sections": {
        "list": ("documents_sections.documents_sections_list", "List sections", "GET", "/documents/sections/"),
        "create": ("documents_sections.documents_sections_create", "Create a section", "POST", "/documents/sections/"),
        "get": (
            "documents_sections.documents_sections_get",
            "Get a section",
            "GET",
            "/documents/sections/{section_id}",
        ),
        "delete": (
            "documents_sections.documents_sections_delete",
            "Delete a section",
            "DELETE",
            "/documents/sections/{section_id}",
        ),
        "update": (
            "documents_sections.documents_sections_update",
            "Update a section",
            "PATCH",
            "/documents/sections/{section_id}",
        ),
    },
    "documents.sections.versions": {
        "list": (
            "documents_sections_versions.documents_sections_versions_list",
            "List section versions",
            "GET",
            "/documents/sections/{section_id}/versions/",
        ),
        "create": (
            "documents_sections_versions.documents_sections_versions_create",
            "Create a section version",
            "POST",
            "/documents/sections/{section_id}/versions/",
        ),
        "get": (
            "documents_sections_versions.documents_sections_versions_get",
            "Get a section version",
            "GET",
            "/documents/sections/{section_id}/versions/{version_id}",
        ),
        "delete": (
            "documents_sections_versions.documents_sections_versions_delete",
            "Delete a section version",
            "DELETE",
            "/documents/sections/{section_id}/versions/{version_id}",
        ),
        "publish": (
            "documents_sections_versions.documents_sections_versions_publish",
            "Publish a section version",
            "POST",
            "/documents/sections/{section_id}/versions/{version_id}/publish",
        ),
    },
    "documents.templates": {
        "list": ("documents_templates.documents_templates_list", "List templates", "GET", "/documents/templates/"),
        "create": (
            "documents_templates.documents_templates_create",
            "Create a template",
            "POST",
            "/documents/templates/",
        ),
        "get": (
            "documents_templates.documents_templates_get",
            "Get a template",
            "GET",
            "/documents/templates/{template_id}",
        ),
        "delete": (
            "documents_templates.documents_templates_delete",
            "Delete a template",
            "DELETE",
            "/documents/templates/{template_id}",
        ),
        "update": (
            "documents_templates.documents_templates_update",
            "Update a template",
            "PATCH",
            "/documents/templates/{template_id}",
        ),
    },
    "documents.templates.versions": {
        "list": (
            "documents_templates_versions.documents_templates_versions_list",
            "List template versions",
            "GET",
            "/documents/templates/{template_id}/versions/",
        ),
        "create": (
            "documents_templates_versions.documents_templates_versions_create",
            "Create a template version",
            "POST",
            "/documents/templates/{template_id}/versions/",
        ),
        "get": (
            "documents_templates_versions.documents_templates_versions_get",
            "Get a template version",
            "GET",
            "/documents/templates/{template_id}/versions/{version_id}",
        ),
        "delete": (
            "documents_templates_versions.documents_templates_versions_delete",
            "Delete a template version",
            "DELETE",
            "/documents/templates/{template_id}/versions/{version_id}",
        ),
        "publish": (
            "documents_templates_versions.documents_templates_versions_publish",
            "Publish a template version",
            "POST",
            "/documents/templates/{template_id}/versions/{version_id}/publish",
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

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def agents(self) -> AgenticAgents:
        """`client.agentic.agents` (built on first use)."""
        from .api.agentic_agents import AgenticAgents

        return AgenticAgents(self._runtime)

    @cached_property
    def contexts(self) -> AgenticContexts:
        """`client.agentic.contexts` (built on first use)."""
        from .api.agentic_contexts import AgenticContexts

        return AgenticContexts(self._runtime)

    @cached_property
    def registry(self) -> AgenticRegistry:
        """`client.agentic.registry` (built on first use)."""
        return AgenticRegistry(self._runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic", name, {})


class AsyncAgentic:
    """`client.agentic` of an async client: a group of resources, no operations of its own yet."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def agents(self) -> AsyncAgenticAgents:
        """`client.agentic.agents` (built on first use)."""
        from .api.agentic_agents import AsyncAgenticAgents

        return AsyncAgenticAgents(self._runtime)

    @cached_property
    def contexts(self) -> AsyncAgenticContexts:
        """`client.agentic.contexts` (built on first use)."""
        from .api.agentic_contexts import AsyncAgenticContexts

        return AsyncAgenticContexts(self._runtime)

    @cached_property
    def registry(self) -> AsyncAgenticRegistry:
        """`client.agentic.registry` (built on first use)."""
        return AsyncAgenticRegistry(self._runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic", name, {})


class AgenticRegistry:
    """`client.agentic.registry` of a sync client: a group of resources, no operations of its own yet."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def connectors(self) -> AgenticRegistryConnectors:
        """`client.agentic.registry.connectors` (built on first use)."""
        from .api.agentic_registry_connectors import AgenticRegistryConnectors

        return AgenticRegistryConnectors(self._runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.registry", name, {})


class AsyncAgenticRegistry:
    """`client.agentic.registry` of an async client: a group of resources, no operations of its own yet."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def connectors(self) -> AsyncAgenticRegistryConnectors:
        """`client.agentic.registry.connectors` (built on first use)."""
        from .api.agentic_registry_connectors import AsyncAgenticRegistryConnectors

        return AsyncAgenticRegistryConnectors(self._runtime)

    if not TYPE_CHECKING:  # at run time only: type checkers still refuse a missing name

        def __getattr__(self, name: str) -> object:
            raise missing_name(self, "agentic.registry", name, {})


class Resources:
    """The resources of a sync client, each built when its attribute is first read."""

    _resource_runtime: SyncRuntime

    def _attach_resources(self, runtime: SyncRuntime) -> None:
        self._resource_runtime = runtime

    @cached_property
    def agentic(self) -> Agentic:
        """`client.agentic` (built on first use)."""
        return Agentic(self._resource_runtime)

    @cached_property
    def agents(self) -> Agents:
        """`client.agents` (built on first use)."""
        from .api.agents import Agents

        return Agents(self._resource_runtime)

    @cached_property
    def codes(self) -> Codes:
        """`client.codes` (built on first use)."""
        from .api.codes import Codes

        return Codes(self._resource_runtime)

    @cached_property
    def documents(self) -> Documents:
        """`client.documents` (built on first use)."""
        from .api.documents import Documents

        return Documents(self._resource_runtime)

    @cached_property
    def facts(self) -> Facts:
        """`client.facts` (built on first use)."""
        from .api.facts import Facts

        return Facts(self._resource_runtime)

    @cached_property
    def interactions(self) -> Interactions:
        """`client.interactions` (built on first use)."""
        from .api.interactions import Interactions

        return Interactions(self._resource_runtime)

    @cached_property
    def recordings(self) -> Recordings:
        """`client.recordings` (built on first use)."""
        from .api.recordings import Recordings

        return Recordings(self._resource_runtime)

    @cached_property
    def templates(self) -> Templates:
        """`client.templates` (built on first use)."""
        from .api.templates import Templates

        return Templates(self._resource_runtime)

    @cached_property
    def transcripts(self) -> Transcripts:
        """`client.transcripts` (built on first use)."""
        from .api.transcripts import Transcripts

        return Transcripts(self._resource_runtime)


class AsyncResources:
    """The resources of an async client, each built when its attribute is first read."""

    _resource_runtime: AsyncRuntime

    def _attach_resources(self, runtime: AsyncRuntime) -> None:
        self._resource_runtime = runtime

    @cached_property
    def agentic(self) -> AsyncAgentic:
        """`client.agentic` (built on first use)."""
        return AsyncAgentic(self._resource_runtime)

    @cached_property
    def agents(self) -> AsyncAgents:
        """`client.agents` (built on first use)."""
        from .api.agents import AsyncAgents

        return AsyncAgents(self._resource_runtime)

    @cached_property
    def codes(self) -> AsyncCodes:
        """`client.codes` (built on first use)."""
        from .api.codes import AsyncCodes

        return AsyncCodes(self._resource_runtime)

    @cached_property
    def documents(self) -> AsyncDocuments:
        """`client.documents` (built on first use)."""
        from .api.documents import AsyncDocuments

        return AsyncDocuments(self._resource_runtime)

    @cached_property
    def facts(self) -> AsyncFacts:
        """`client.facts` (built on first use)."""
        from .api.facts import AsyncFacts

        return AsyncFacts(self._resource_runtime)

    @cached_property
    def interactions(self) -> AsyncInteractions:
        """`client.interactions` (built on first use)."""
        from .api.interactions import AsyncInteractions

        return AsyncInteractions(self._resource_runtime)

    @cached_property
    def recordings(self) -> AsyncRecordings:
        """`client.recordings` (built on first use)."""
        from .api.recordings import AsyncRecordings

        return AsyncRecordings(self._resource_runtime)

    @cached_property
    def templates(self) -> AsyncTemplates:
        """`client.templates` (built on first use)."""
        from .api.templates import AsyncTemplates

        return AsyncTemplates(self._resource_runtime)

    @cached_property
    def transcripts(self) -> AsyncTranscripts:
        """`client.transcripts` (built on first use)."""
        from .api.transcripts import AsyncTranscripts

        return AsyncTranscripts(self._resource_runtime)
