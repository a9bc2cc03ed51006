"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first asked for (`models.X` or
`from ...models import X`), so importing the package builds no model class: a client's
first call loads the models its operations use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agentic_agent_capabilities import AgenticAgentCapabilities
    from .agentic_agent_card_response import AgenticAgentCardResponse
    from .agentic_agent_card_response_provider import AgenticAgentCardResponseProvider
    from .agentic_agent_card_response_security_requirements_item import AgenticAgentCardResponseSecurityRequirementsItem
    from .agentic_agent_card_response_security_schemes import AgenticAgentCardResponseSecuritySchemes
    from .agentic_agent_card_response_signatures_item import AgenticAgentCardResponseSignaturesItem
    from .agentic_agent_interface import AgenticAgentInterface
    from .agentic_agent_lifecycle import AgenticAgentLifecycle
    from .agentic_agent_skill import AgenticAgentSkill
    from .agentic_agent_visibility import AgenticAgentVisibility
    from .agentic_agents_create_request import AgenticAgentsCreateRequest
    from .agentic_agents_create_request_labels import AgenticAgentsCreateRequestLabels
    from .agentic_agents_json_rpc_a2a_version import AgenticAgentsJsonRpcA2AVersion
    from .agentic_agents_json_rpc_method import AgenticAgentsJsonRpcMethod
    from .agentic_agents_json_rpc_request import AgenticAgentsJsonRpcRequest
    from .agentic_agents_json_rpc_request_params import AgenticAgentsJsonRpcRequestParams
    from .agentic_agents_json_rpc_response import AgenticAgentsJsonRpcResponse
    from .agentic_agents_json_rpc_response_result import AgenticAgentsJsonRpcResponseResult
    from .agentic_agents_list_response import AgenticAgentsListResponse
    from .agentic_agents_patch_request import AgenticAgentsPatchRequest
    from .agentic_agents_patch_request_labels_type_0 import AgenticAgentsPatchRequestLabelsType0
    from .agentic_agents_response import AgenticAgentsResponse
    from .agentic_agents_response_labels import AgenticAgentsResponseLabels
    from .agentic_agents_send_message_a2a_version import AgenticAgentsSendMessageA2AVersion
    from .agentic_agents_send_message_request import AgenticAgentsSendMessageRequest
    from .agentic_agents_send_message_request_metadata import AgenticAgentsSendMessageRequestMetadata
    from .agentic_agents_send_message_response import AgenticAgentsSendMessageResponse
    from .agentic_agents_stream_event_response import AgenticAgentsStreamEventResponse
    from .agentic_agents_stream_message_a2a_version import AgenticAgentsStreamMessageA2AVersion
    from .agentic_agents_tasks_cancel_a2a_version import AgenticAgentsTasksCancelA2AVersion
    from .agentic_agents_tasks_get_a2a_version import AgenticAgentsTasksGetA2AVersion
    from .agentic_agents_tasks_list_a2a_version import AgenticAgentsTasksListA2AVersion
    from .agentic_agents_tasks_subscribe_a2a_version import AgenticAgentsTasksSubscribeA2AVersion
    from .agentic_connectors_list_response import AgenticConnectorsListResponse
    from .agentic_connectors_patch_request import AgenticConnectorsPatchRequest
    from .agentic_connectors_patch_request_config_type_0 import AgenticConnectorsPatchRequestConfigType0
    from .agentic_context import AgenticContext
    from .agentic_contexts_detail_response import AgenticContextsDetailResponse
    from .agentic_contexts_list_response import AgenticContextsListResponse
    from .agentic_contexts_open_inference_span import AgenticContextsOpenInferenceSpan
    from .agentic_contexts_open_inference_span_attributes import AgenticContextsOpenInferenceSpanAttributes
    from .agentic_contexts_trace_item import AgenticContextsTraceItem
    from .agentic_contexts_trace_item_trace import AgenticContextsTraceItemTrace
    from .agentic_contexts_trace_item_trace_metadata import AgenticContextsTraceItemTraceMetadata
    from .agentic_contexts_trace_response import AgenticContextsTraceResponse
    from .agentic_feedback_actor import AgenticFeedbackActor
    from .agentic_feedback_create_request import AgenticFeedbackCreateRequest
    from .agentic_feedback_label import AgenticFeedbackLabel
    from .agentic_feedback_list_response import AgenticFeedbackListResponse
    from .agentic_feedback_metadata import AgenticFeedbackMetadata
    from .agentic_feedback_rating import AgenticFeedbackRating
    from .agentic_feedback_response import AgenticFeedbackResponse
    from .agentic_feedback_scale import AgenticFeedbackScale
    from .agentic_feedback_target import AgenticFeedbackTarget
    from .agentic_json_rpc_error import AgenticJsonRpcError
    from .agentic_json_rpc_error_data import AgenticJsonRpcErrorData
    from .agentic_json_rpc_version import AgenticJsonRpcVersion
    from .agentic_registry_connector import AgenticRegistryConnector
    from .agentic_registry_connector_capabilities import AgenticRegistryConnectorCapabilities
    from .agentic_registry_connector_config_schema import AgenticRegistryConnectorConfigSchema
    from .agentic_registry_connector_icons_item import AgenticRegistryConnectorIconsItem
    from .agentic_registry_connectors_list_response import AgenticRegistryConnectorsListResponse
    from .agentic_send_message_configuration import AgenticSendMessageConfiguration
    from .agentic_stream_artifact_update_event import AgenticStreamArtifactUpdateEvent
    from .agentic_stream_message_event import AgenticStreamMessageEvent
    from .agentic_stream_status_update_event import AgenticStreamStatusUpdateEvent
    from .agentic_stream_task_event import AgenticStreamTaskEvent
    from .agentic_task_artifact_update import AgenticTaskArtifactUpdate
    from .agentic_task_artifact_update_metadata import AgenticTaskArtifactUpdateMetadata
    from .agentic_task_status_update import AgenticTaskStatusUpdate
    from .agentic_task_status_update_metadata import AgenticTaskStatusUpdateMetadata
    from .agents_agent import AgentsAgent
    from .agents_agent_card import AgentsAgentCard
    from .agents_agent_card_additional_interfaces_type_0_item import AgentsAgentCardAdditionalInterfacesType0Item
    from .agents_agent_card_capabilities_type_0 import AgentsAgentCardCapabilitiesType0
    from .agents_agent_card_provider_type_0 import AgentsAgentCardProviderType0
    from .agents_agent_card_security_schemes_type_0 import AgentsAgentCardSecuritySchemesType0
    from .agents_agent_card_security_type_0_item import AgentsAgentCardSecurityType0Item
    from .agents_agent_card_signatures_type_0_item import AgentsAgentCardSignaturesType0Item
    from .agents_agent_card_skills_item import AgentsAgentCardSkillsItem
    from .agents_agent_response import AgentsAgentResponse
    from .agents_agent_type import AgentsAgentType
    from .agents_artifact import AgentsArtifact
    from .agents_artifact_metadata import AgentsArtifactMetadata
    from .agents_context import AgentsContext
    from .agents_context_items_item import AgentsContextItemsItem
    from .agents_create_agent import AgentsCreateAgent
    from .agents_create_expert import AgentsCreateExpert
    from .agents_create_expert_reference import AgentsCreateExpertReference
    from .agents_create_expert_reference_config import AgentsCreateExpertReferenceConfig
    from .agents_create_expert_type import AgentsCreateExpertType
    from .agents_create_mcp_server import AgentsCreateMcpServer
    from .agents_expert import AgentsExpert
    from .agents_expert_reference_type import AgentsExpertReferenceType
    from .agents_expert_resolved_config import AgentsExpertResolvedConfig
    from .agents_file_content import AgentsFileContent
    from .agents_mcp_authorization_type import AgentsMcpAuthorizationType
    from .agents_mcp_server import AgentsMcpServer
    from .agents_mcp_transport_type import AgentsMcpTransportType
    from .agents_message import AgentsMessage
    from .agents_message_kind import AgentsMessageKind
    from .agents_message_metadata import AgentsMessageMetadata
    from .agents_message_role import AgentsMessageRole
    from .agents_message_send_configuration import AgentsMessageSendConfiguration
    from .agents_message_send_params import AgentsMessageSendParams
    from .agents_message_send_params_metadata import AgentsMessageSendParamsMetadata
    from .agents_message_send_response import AgentsMessageSendResponse
    from .agents_part import AgentsPart
    from .agents_part_data import AgentsPartData
    from .agents_part_kind import AgentsPartKind
    from .agents_part_metadata import AgentsPartMetadata
    from .agents_push_notification_authentication import AgentsPushNotificationAuthentication
    from .agents_push_notification_config import AgentsPushNotificationConfig
    from .agents_registry_expert import AgentsRegistryExpert
    from .agents_registry_expert_config_schema import AgentsRegistryExpertConfigSchema
    from .agents_registry_expert_mcp_server import AgentsRegistryExpertMcpServer
    from .agents_registry_experts_response import AgentsRegistryExpertsResponse
    from .agents_task import AgentsTask
    from .agents_task_metadata import AgentsTaskMetadata
    from .agents_task_status import AgentsTaskStatus
    from .agents_task_status_state import AgentsTaskStatusState
    from .agents_update_agent import AgentsUpdateAgent
    from .agents_update_expert_reference import AgentsUpdateExpertReference
    from .agents_update_expert_reference_config import AgentsUpdateExpertReferenceConfig
    from .agents_usage_bucket import AgentsUsageBucket
    from .agents_usage_granularity import AgentsUsageGranularity
    from .agents_usage_report_response import AgentsUsageReportResponse
    from .agents_usage_totals import AgentsUsageTotals
    from .codes_filter import CodesFilter
    from .codes_general_predict_request import CodesGeneralPredictRequest
    from .codes_general_read_response import CodesGeneralReadResponse
    from .codes_general_read_response_alternatives_item import CodesGeneralReadResponseAlternativesItem
    from .codes_general_read_response_evidences_item import CodesGeneralReadResponseEvidencesItem
    from .codes_general_response import CodesGeneralResponse
    from .common_artifact_response import CommonArtifactResponse
    from .common_artifact_response_metadata import CommonArtifactResponseMetadata
    from .common_coding_system_enum import CommonCodingSystemEnum
    from .common_connector_auth import CommonConnectorAuth
    from .common_connector_auth_type import CommonConnectorAuthType
    from .common_connector_create_request import CommonConnectorCreateRequest
    from .common_connector_create_request_config import CommonConnectorCreateRequestConfig
    from .common_connector_create_request_schema import CommonConnectorCreateRequestSchema
    from .common_connector_response import CommonConnectorResponse
    from .common_connector_response_config import CommonConnectorResponseConfig
    from .common_connector_response_schema import CommonConnectorResponseSchema
    from .common_connector_transition import CommonConnectorTransition
    from .common_connector_type import CommonConnectorType
    from .common_document_id_context import CommonDocumentIdContext
    from .common_document_id_context_type import CommonDocumentIdContextType
    from .common_documentation_evidence import CommonDocumentationEvidence
    from .common_error import CommonError
    from .common_error_details import CommonErrorDetails
    from .common_facts_context import CommonFactsContext
    from .common_facts_context_facts_item import CommonFactsContextFactsItem
    from .common_facts_context_type import CommonFactsContextType
    from .common_message import CommonMessage
    from .common_message_metadata import CommonMessageMetadata
    from .common_message_role import CommonMessageRole
    from .common_part import CommonPart
    from .common_part_metadata import CommonPartMetadata
    from .common_sorting_direction_enum import CommonSortingDirectionEnum
    from .common_source_enum import CommonSourceEnum
    from .common_status_response import CommonStatusResponse
    from .common_task_list_response import CommonTaskListResponse
    from .common_task_metadata import CommonTaskMetadata
    from .common_task_response import CommonTaskResponse
    from .common_task_state import CommonTaskState
    from .common_task_status import CommonTaskStatus
    from .common_text_context import CommonTextContext
    from .common_text_context_type import CommonTextContextType
    from .common_transcript_context import CommonTranscriptContext
    from .common_transcript_context_type import CommonTranscriptContextType
    from .common_transcript_request import CommonTranscriptRequest
    from .common_transcript_response import CommonTranscriptResponse
    from .common_usage import CommonUsage
    from .common_usage_info import CommonUsageInfo
    from .common_validation_error import CommonValidationError
    from .documents_context_with_facts import DocumentsContextWithFacts
    from .documents_context_with_facts_type import DocumentsContextWithFactsType
    from .documents_context_with_string import DocumentsContextWithString
    from .documents_context_with_string_type import DocumentsContextWithStringType
    from .documents_context_with_transcript import DocumentsContextWithTranscript
    from .documents_context_with_transcript_type import DocumentsContextWithTranscriptType
    from .documents_create_request_with_template import DocumentsCreateRequestWithTemplate
    from .documents_create_request_with_template_key import DocumentsCreateRequestWithTemplateKey
    from .documents_get_response import DocumentsGetResponse
    from .documents_list_response import DocumentsListResponse
    from .documents_section import DocumentsSection
    from .documents_section_input import DocumentsSectionInput
    from .documents_section_override import DocumentsSectionOverride
    from .documents_template_with_section_keys import DocumentsTemplateWithSectionKeys
    from .documents_template_with_sections import DocumentsTemplateWithSections
    from .documents_update_request import DocumentsUpdateRequest
    from .error_response import ErrorResponse
    from .error_response_validation_errors_item import ErrorResponseValidationErrorsItem
    from .facts_batch_update_input import FactsBatchUpdateInput
    from .facts_batch_update_item import FactsBatchUpdateItem
    from .facts_batch_update_request import FactsBatchUpdateRequest
    from .facts_batch_update_response import FactsBatchUpdateResponse
    from .facts_context import FactsContext
    from .facts_create_input import FactsCreateInput
    from .facts_create_item import FactsCreateItem
    from .facts_create_request import FactsCreateRequest
    from .facts_create_response import FactsCreateResponse
    from .facts_evidence import FactsEvidence
    from .facts_extract_request import FactsExtractRequest
    from .facts_extract_response import FactsExtractResponse
    from .facts_extract_response_facts_item import FactsExtractResponseFactsItem
    from .facts_fact_groups_item import FactsFactGroupsItem
    from .facts_fact_groups_item_translations_item import FactsFactGroupsItemTranslationsItem
    from .facts_fact_groups_list_response import FactsFactGroupsListResponse
    from .facts_list_item import FactsListItem
    from .facts_list_response import FactsListResponse
    from .facts_update_request import FactsUpdateRequest
    from .facts_update_response import FactsUpdateResponse
    from .generate_documents_request_x_corti_retention_policy import GenerateDocumentsRequestXCortiRetentionPolicy
    from .guided_array_node import GuidedArrayNode
    from .guided_array_node_type import GuidedArrayNodeType
    from .guided_assembly_request import GuidedAssemblyRequest
    from .guided_assembly_section_ref import GuidedAssemblySectionRef
    from .guided_bool_node import GuidedBoolNode
    from .guided_bool_node_type import GuidedBoolNodeType
    from .guided_document import GuidedDocument
    from .guided_document_section import GuidedDocumentSection
    from .guided_document_string_document import GuidedDocumentStringDocument
    from .guided_document_structured_document_type_0 import GuidedDocumentStructuredDocumentType0
    from .guided_document_transcript_minimal import GuidedDocumentTranscriptMinimal
    from .guided_document_transcript_minimal_metadata import GuidedDocumentTranscriptMinimalMetadata
    from .guided_documents_create_ephemeral_response import GuidedDocumentsCreateEphemeralResponse
    from .guided_documents_create_response import GuidedDocumentsCreateResponse
    from .guided_documents_generate_by_assembly import GuidedDocumentsGenerateByAssembly
    from .guided_documents_generate_by_assembly_for_interaction import GuidedDocumentsGenerateByAssemblyForInteraction
    from .guided_documents_generate_by_dynamic import GuidedDocumentsGenerateByDynamic
    from .guided_documents_generate_by_dynamic_for_interaction import GuidedDocumentsGenerateByDynamicForInteraction
    from .guided_documents_generate_by_template_ref import GuidedDocumentsGenerateByTemplateRef
    from .guided_documents_generate_by_template_ref_for_interaction import (
        GuidedDocumentsGenerateByTemplateRefForInteraction,
    )
    from .guided_documents_update_request import GuidedDocumentsUpdateRequest
    from .guided_documents_update_request_string_document import GuidedDocumentsUpdateRequestStringDocument
    from .guided_documents_update_request_structured_document import GuidedDocumentsUpdateRequestStructuredDocument
    from .guided_dynamic_inline import GuidedDynamicInline
    from .guided_dynamic_request import GuidedDynamicRequest
    from .guided_ephemeral_document import GuidedEphemeralDocument
    from .guided_ephemeral_document_string_document import GuidedEphemeralDocumentStringDocument
    from .guided_ephemeral_document_structured_document_type_0 import GuidedEphemeralDocumentStructuredDocumentType0
    from .guided_field_definition import GuidedFieldDefinition
    from .guided_label import GuidedLabel
    from .guided_number_node import GuidedNumberNode
    from .guided_number_node_type import GuidedNumberNodeType
    from .guided_object_node import GuidedObjectNode
    from .guided_object_node_type import GuidedObjectNodeType
    from .guided_section import GuidedSection
    from .guided_section_generation import GuidedSectionGeneration
    from .guided_section_generation_partial import GuidedSectionGenerationPartial
    from .guided_section_instructions import GuidedSectionInstructions
    from .guided_section_instructions_override import GuidedSectionInstructionsOverride
    from .guided_section_instructions_partial import GuidedSectionInstructionsPartial
    from .guided_section_list_item import GuidedSectionListItem
    from .guided_section_override import GuidedSectionOverride
    from .guided_section_overrides import GuidedSectionOverrides
    from .guided_section_version import GuidedSectionVersion
    from .guided_sections_create_from_inheritance_request import GuidedSectionsCreateFromInheritanceRequest
    from .guided_sections_create_from_scratch_request import GuidedSectionsCreateFromScratchRequest
    from .guided_sections_create_version_request import GuidedSectionsCreateVersionRequest
    from .guided_sections_update_request import GuidedSectionsUpdateRequest
    from .guided_shallow_template_generation import GuidedShallowTemplateGeneration
    from .guided_shallow_template_version_response import GuidedShallowTemplateVersionResponse
    from .guided_source_enum import GuidedSourceEnum
    from .guided_source_filter import GuidedSourceFilter
    from .guided_string_node import GuidedStringNode
    from .guided_string_node_type import GuidedStringNodeType
    from .guided_template import GuidedTemplate
    from .guided_template_generation import GuidedTemplateGeneration
    from .guided_template_instructions import GuidedTemplateInstructions
    from .guided_template_instructions_partial import GuidedTemplateInstructionsPartial
    from .guided_template_list_item import GuidedTemplateListItem
    from .guided_template_overrides import GuidedTemplateOverrides
    from .guided_template_ref import GuidedTemplateRef
    from .guided_template_version import GuidedTemplateVersion
    from .guided_template_version_section_ref import GuidedTemplateVersionSectionRef
    from .guided_templates_create_from_inheritance_request import GuidedTemplatesCreateFromInheritanceRequest
    from .guided_templates_create_from_scratch_request import GuidedTemplatesCreateFromScratchRequest
    from .guided_templates_create_version_request import GuidedTemplatesCreateVersionRequest
    from .guided_templates_update_request import GuidedTemplatesUpdateRequest
    from .guided_templates_version_generation import GuidedTemplatesVersionGeneration
    from .guided_templates_version_section_request import GuidedTemplatesVersionSectionRequest
    from .interactions_create_request import InteractionsCreateRequest
    from .interactions_create_response import InteractionsCreateResponse
    from .interactions_encounter_create_request import InteractionsEncounterCreateRequest
    from .interactions_encounter_period import InteractionsEncounterPeriod
    from .interactions_encounter_response import InteractionsEncounterResponse
    from .interactions_encounter_status_enum import InteractionsEncounterStatusEnum
    from .interactions_encounter_type_enum import InteractionsEncounterTypeEnum
    from .interactions_encounter_update_request import InteractionsEncounterUpdateRequest
    from .interactions_gender_enum import InteractionsGenderEnum
    from .interactions_get_response import InteractionsGetResponse
    from .interactions_list_request_sort import InteractionsListRequestSort
    from .interactions_list_response import InteractionsListResponse
    from .interactions_patient import InteractionsPatient
    from .interactions_patient_response import InteractionsPatientResponse
    from .interactions_update_request import InteractionsUpdateRequest
    from .recordings_create_response import RecordingsCreateResponse
    from .recordings_list_response import RecordingsListResponse
    from .socket_audio_event import SocketAudioEvent
    from .socket_audio_event_message import SocketAudioEventMessage
    from .socket_delta_usage_message import SocketDeltaUsageMessage
    from .socket_end_message import SocketEndMessage
    from .socket_error_detail import SocketErrorDetail
    from .socket_error_message import SocketErrorMessage
    from .socket_flush_message import SocketFlushMessage
    from .socket_flushed_message import SocketFlushedMessage
    from .socket_keyterm import SocketKeyterm
    from .socket_keyterms import SocketKeyterms
    from .socket_replacement import SocketReplacement
    from .socket_usage_message import SocketUsageMessage
    from .stream_audio_events_config import StreamAudioEventsConfig
    from .stream_config import StreamConfig
    from .stream_config_message import StreamConfigMessage
    from .stream_config_mode import StreamConfigMode
    from .stream_config_mode_fact_generation_interval import StreamConfigModeFactGenerationInterval
    from .stream_config_mode_type import StreamConfigModeType
    from .stream_config_participant import StreamConfigParticipant
    from .stream_config_participant_role import StreamConfigParticipantRole
    from .stream_config_retention_policy import StreamConfigRetentionPolicy
    from .stream_config_status_message import StreamConfigStatusMessage
    from .stream_config_status_message_configuration import StreamConfigStatusMessageConfiguration
    from .stream_config_status_message_type import StreamConfigStatusMessageType
    from .stream_config_transcription import StreamConfigTranscription
    from .stream_ended_message import StreamEndedMessage
    from .stream_fact import StreamFact
    from .stream_facts_message import StreamFactsMessage
    from .stream_transcript_message import StreamTranscriptMessage
    from .stream_transcript_participant import StreamTranscriptParticipant
    from .stream_transcript_segment import StreamTranscriptSegment
    from .stream_transcript_time import StreamTranscriptTime
    from .templates_documentation_mode_enum import TemplatesDocumentationModeEnum
    from .templates_format_rule import TemplatesFormatRule
    from .templates_item import TemplatesItem
    from .templates_list_response import TemplatesListResponse
    from .templates_section import TemplatesSection
    from .templates_section_list_response import TemplatesSectionListResponse
    from .templates_section_sorted import TemplatesSectionSorted
    from .templates_section_translation import TemplatesSectionTranslation
    from .templates_translation import TemplatesTranslation
    from .templates_writing_style import TemplatesWritingStyle
    from .transcribe_audio_events_config import TranscribeAudioEventsConfig
    from .transcribe_command import TranscribeCommand
    from .transcribe_command_data import TranscribeCommandData
    from .transcribe_command_data_variables_type_0 import TranscribeCommandDataVariablesType0
    from .transcribe_command_message import TranscribeCommandMessage
    from .transcribe_command_variable import TranscribeCommandVariable
    from .transcribe_command_variable_type import TranscribeCommandVariableType
    from .transcribe_config import TranscribeConfig
    from .transcribe_config_message import TranscribeConfigMessage
    from .transcribe_config_status_message import TranscribeConfigStatusMessage
    from .transcribe_config_status_message_configuration import TranscribeConfigStatusMessageConfiguration
    from .transcribe_config_status_message_type import TranscribeConfigStatusMessageType
    from .transcribe_ended_message import TranscribeEndedMessage
    from .transcribe_formatting import TranscribeFormatting
    from .transcribe_formatting_dates import TranscribeFormattingDates
    from .transcribe_formatting_measurements import TranscribeFormattingMeasurements
    from .transcribe_formatting_numbers import TranscribeFormattingNumbers
    from .transcribe_formatting_numeric_ranges import TranscribeFormattingNumericRanges
    from .transcribe_formatting_ordinals import TranscribeFormattingOrdinals
    from .transcribe_formatting_times import TranscribeFormattingTimes
    from .transcribe_transcript_data import TranscribeTranscriptData
    from .transcribe_transcript_message import TranscribeTranscriptMessage
    from .transcripts_create_request import TranscriptsCreateRequest
    from .transcripts_create_request_keyterms import TranscriptsCreateRequestKeyterms
    from .transcripts_create_request_keyterms_terms_item import TranscriptsCreateRequestKeytermsTermsItem
    from .transcripts_create_request_replacements_item import TranscriptsCreateRequestReplacementsItem
    from .transcripts_data import TranscriptsData
    from .transcripts_list_item import TranscriptsListItem
    from .transcripts_list_response import TranscriptsListResponse
    from .transcripts_metadata import TranscriptsMetadata
    from .transcripts_participant import TranscriptsParticipant
    from .transcripts_participant_response import TranscriptsParticipantResponse
    from .transcripts_participant_role_enum import TranscriptsParticipantRoleEnum
    from .transcripts_response import TranscriptsResponse
    from .transcripts_status_enum import TranscriptsStatusEnum
    from .transcripts_status_response import TranscriptsStatusResponse

__all__ = (
    "AgenticAgentCapabilities",
    "AgenticAgentCardResponse",
    "AgenticAgentCardResponseProvider",
    "AgenticAgentCardResponseSecurityRequirementsItem",
    "AgenticAgentCardResponseSecuritySchemes",
    "AgenticAgentCardResponseSignaturesItem",
    "AgenticAgentInterface",
    "AgenticAgentLifecycle",
    "AgenticAgentsCreateRequest",
    "AgenticAgentsCreateRequestLabels",
    "AgenticAgentsJsonRpcA2AVersion",
    "AgenticAgentsJsonRpcMethod",
    "AgenticAgentsJsonRpcRequest",
    "AgenticAgentsJsonRpcRequestParams",
    "AgenticAgentsJsonRpcResponse",
    "AgenticAgentsJsonRpcResponseResult",
    "AgenticAgentSkill",
    "AgenticAgentsListResponse",
    "AgenticAgentsPatchRequest",
    "AgenticAgentsPatchRequestLabelsType0",
    "AgenticAgentsResponse",
    "AgenticAgentsResponseLabels",
    "AgenticAgentsSendMessageA2AVersion",
    "AgenticAgentsSendMessageRequest",
    "AgenticAgentsSendMessageRequestMetadata",
    "AgenticAgentsSendMessageResponse",
    "AgenticAgentsStreamEventResponse",
    "AgenticAgentsStreamMessageA2AVersion",
    "AgenticAgentsTasksCancelA2AVersion",
    "AgenticAgentsTasksGetA2AVersion",
    "AgenticAgentsTasksListA2AVersion",
    "AgenticAgentsTasksSubscribeA2AVersion",
    "AgenticAgentVisibility",
    "AgenticConnectorsListResponse",
    "AgenticConnectorsPatchRequest",
    "AgenticConnectorsPatchRequestConfigType0",
    "AgenticContext",
    "AgenticContextsDetailResponse",
    "AgenticContextsListResponse",
    "AgenticContextsOpenInferenceSpan",
    "AgenticContextsOpenInferenceSpanAttributes",
    "AgenticContextsTraceItem",
    "AgenticContextsTraceItemTrace",
    "AgenticContextsTraceItemTraceMetadata",
    "AgenticContextsTraceResponse",
    "AgenticFeedbackActor",
    "AgenticFeedbackCreateRequest",
    "AgenticFeedbackLabel",
    "AgenticFeedbackListResponse",
    "AgenticFeedbackMetadata",
    "AgenticFeedbackRating",
    "AgenticFeedbackResponse",
    "AgenticFeedbackScale",
    "AgenticFeedbackTarget",
    "AgenticJsonRpcError",
    "AgenticJsonRpcErrorData",
    "AgenticJsonRpcVersion",
    "AgenticRegistryConnector",
    "AgenticRegistryConnectorCapabilities",
    "AgenticRegistryConnectorConfigSchema",
    "AgenticRegistryConnectorIconsItem",
    "AgenticRegistryConnectorsListResponse",
    "AgenticSendMessageConfiguration",
    "AgenticStreamArtifactUpdateEvent",
    "AgenticStreamMessageEvent",
    "AgenticStreamStatusUpdateEvent",
    "AgenticStreamTaskEvent",
    "AgenticTaskArtifactUpdate",
    "AgenticTaskArtifactUpdateMetadata",
    "AgenticTaskStatusUpdate",
    "AgenticTaskStatusUpdateMetadata",
    "AgentsAgent",
    "AgentsAgentCard",
    "AgentsAgentCardAdditionalInterfacesType0Item",
    "AgentsAgentCardCapabilitiesType0",
    "AgentsAgentCardProviderType0",
    "AgentsAgentCardSecuritySchemesType0",
    "AgentsAgentCardSecurityType0Item",
    "AgentsAgentCardSignaturesType0Item",
    "AgentsAgentCardSkillsItem",
    "AgentsAgentResponse",
    "AgentsAgentType",
    "AgentsArtifact",
    "AgentsArtifactMetadata",
    "AgentsContext",
    "AgentsContextItemsItem",
    "AgentsCreateAgent",
    "AgentsCreateExpert",
    "AgentsCreateExpertReference",
    "AgentsCreateExpertReferenceConfig",
    "AgentsCreateExpertType",
    "AgentsCreateMcpServer",
    "AgentsExpert",
    "AgentsExpertReferenceType",
    "AgentsExpertResolvedConfig",
    "AgentsFileContent",
    "AgentsMcpAuthorizationType",
    "AgentsMcpServer",
    "AgentsMcpTransportType",
    "AgentsMessage",
    "AgentsMessageKind",
    "AgentsMessageMetadata",
    "AgentsMessageRole",
    "AgentsMessageSendConfiguration",
    "AgentsMessageSendParams",
    "AgentsMessageSendParamsMetadata",
    "AgentsMessageSendResponse",
    "AgentsPart",
    "AgentsPartData",
    "AgentsPartKind",
    "AgentsPartMetadata",
    "AgentsPushNotificationAuthentication",
    "AgentsPushNotificationConfig",
    "AgentsRegistryExpert",
    "AgentsRegistryExpertConfigSchema",
    "AgentsRegistryExpertMcpServer",
    "AgentsRegistryExpertsResponse",
    "AgentsTask",
    "AgentsTaskMetadata",
    "AgentsTaskStatus",
    "AgentsTaskStatusState",
    "AgentsUpdateAgent",
    "AgentsUpdateExpertReference",
    "AgentsUpdateExpertReferenceConfig",
    "AgentsUsageBucket",
    "AgentsUsageGranularity",
    "AgentsUsageReportResponse",
    "AgentsUsageTotals",
    "CodesFilter",
    "CodesGeneralPredictRequest",
    "CodesGeneralReadResponse",
    "CodesGeneralReadResponseAlternativesItem",
    "CodesGeneralReadResponseEvidencesItem",
    "CodesGeneralResponse",
    "CommonArtifactResponse",
    "CommonArtifactResponseMetadata",
    "CommonCodingSystemEnum",
    "CommonConnectorAuth",
    "CommonConnectorAuthType",
    "CommonConnectorCreateRequest",
    "CommonConnectorCreateRequestConfig",
    "CommonConnectorCreateRequestSchema",
    "CommonConnectorResponse",
    "CommonConnectorResponseConfig",
    "CommonConnectorResponseSchema",
    "CommonConnectorTransition",
    "CommonConnectorType",
    "CommonDocumentationEvidence",
    "CommonDocumentIdContext",
    "CommonDocumentIdContextType",
    "CommonError",
    "CommonErrorDetails",
    "CommonFactsContext",
    "CommonFactsContextFactsItem",
    "CommonFactsContextType",
    "CommonMessage",
    "CommonMessageMetadata",
    "CommonMessageRole",
    "CommonPart",
    "CommonPartMetadata",
    "CommonSortingDirectionEnum",
    "CommonSourceEnum",
    "CommonStatusResponse",
    "CommonTaskListResponse",
    "CommonTaskMetadata",
    "CommonTaskResponse",
    "CommonTaskState",
    "CommonTaskStatus",
    "CommonTextContext",
    "CommonTextContextType",
    "CommonTranscriptContext",
    "CommonTranscriptContextType",
    "CommonTranscriptRequest",
    "CommonTranscriptResponse",
    "CommonUsage",
    "CommonUsageInfo",
    "CommonValidationError",
    "DocumentsContextWithFacts",
    "DocumentsContextWithFactsType",
    "DocumentsContextWithString",
    "DocumentsContextWithStringType",
    "DocumentsContextWithTranscript",
    "DocumentsContextWithTranscriptType",
    "DocumentsCreateRequestWithTemplate",
    "DocumentsCreateRequestWithTemplateKey",
    "DocumentsGetResponse",
    "DocumentsListResponse",
    "DocumentsSection",
    "DocumentsSectionInput",
    "DocumentsSectionOverride",
    "DocumentsTemplateWithSectionKeys",
    "DocumentsTemplateWithSections",
    "DocumentsUpdateRequest",
    "ErrorResponse",
    "ErrorResponseValidationErrorsItem",
    "FactsBatchUpdateInput",
    "FactsBatchUpdateItem",
    "FactsBatchUpdateRequest",
    "FactsBatchUpdateResponse",
    "FactsContext",
    "FactsCreateInput",
    "FactsCreateItem",
    "FactsCreateRequest",
    "FactsCreateResponse",
    "FactsEvidence",
    "FactsExtractRequest",
    "FactsExtractResponse",
    "FactsExtractResponseFactsItem",
    "FactsFactGroupsItem",
    "FactsFactGroupsItemTranslationsItem",
    "FactsFactGroupsListResponse",
    "FactsListItem",
    "FactsListResponse",
    "FactsUpdateRequest",
    "FactsUpdateResponse",
    "GenerateDocumentsRequestXCortiRetentionPolicy",
    "GuidedArrayNode",
    "GuidedArrayNodeType",
    "GuidedAssemblyRequest",
    "GuidedAssemblySectionRef",
    "GuidedBoolNode",
    "GuidedBoolNodeType",
    "GuidedDocument",
    "GuidedDocumentsCreateEphemeralResponse",
    "GuidedDocumentsCreateResponse",
    "GuidedDocumentSection",
    "GuidedDocumentsGenerateByAssembly",
    "GuidedDocumentsGenerateByAssemblyForInteraction",
    "GuidedDocumentsGenerateByDynamic",
    "GuidedDocumentsGenerateByDynamicForInteraction",
    "GuidedDocumentsGenerateByTemplateRef",
    "GuidedDocumentsGenerateByTemplateRefForInteraction",
    "GuidedDocumentStringDocument",
    "GuidedDocumentStructuredDocumentType0",
    "GuidedDocumentsUpdateRequest",
    "GuidedDocumentsUpdateRequestStringDocument",
    "GuidedDocumentsUpdateRequestStructuredDocument",
    "GuidedDocumentTranscriptMinimal",
    "GuidedDocumentTranscriptMinimalMetadata",
    "GuidedDynamicInline",
    "GuidedDynamicRequest",
    "GuidedEphemeralDocument",
    "GuidedEphemeralDocumentStringDocument",
    "GuidedEphemeralDocumentStructuredDocumentType0",
    "GuidedFieldDefinition",
    "GuidedLabel",
    "GuidedNumberNode",
    "GuidedNumberNodeType",
    "GuidedObjectNode",
    "GuidedObjectNodeType",
    "GuidedSection",
    "GuidedSectionGeneration",
    "GuidedSectionGenerationPartial",
    "GuidedSectionInstructions",
    "GuidedSectionInstructionsOverride",
    "GuidedSectionInstructionsPartial",
    "GuidedSectionListItem",
    "GuidedSectionOverride",
    "GuidedSectionOverrides",
    "GuidedSectionsCreateFromInheritanceRequest",
    "GuidedSectionsCreateFromScratchRequest",
    "GuidedSectionsCreateVersionRequest",
    "GuidedSectionsUpdateRequest",
    "GuidedSectionVersion",
    "GuidedShallowTemplateGeneration",
    "GuidedShallowTemplateVersionResponse",
    "GuidedSourceEnum",
    "GuidedSourceFilter",
    "GuidedStringNode",
    "GuidedStringNodeType",
    "GuidedTemplate",
    "GuidedTemplateGeneration",
    "GuidedTemplateInstructions",
    "GuidedTemplateInstructionsPartial",
    "GuidedTemplateListItem",
    "GuidedTemplateOverrides",
    "GuidedTemplateRef",
    "GuidedTemplatesCreateFromInheritanceRequest",
    "GuidedTemplatesCreateFromScratchRequest",
    "GuidedTemplatesCreateVersionRequest",
    "GuidedTemplatesUpdateRequest",
    "GuidedTemplatesVersionGeneration",
    "GuidedTemplatesVersionSectionRequest",
    "GuidedTemplateVersion",
    "GuidedTemplateVersionSectionRef",
    "InteractionsCreateRequest",
    "InteractionsCreateResponse",
    "InteractionsEncounterCreateRequest",
    "InteractionsEncounterPeriod",
    "InteractionsEncounterResponse",
    "InteractionsEncounterStatusEnum",
    "InteractionsEncounterTypeEnum",
    "InteractionsEncounterUpdateRequest",
    "InteractionsGenderEnum",
    "InteractionsGetResponse",
    "InteractionsListRequestSort",
    "InteractionsListResponse",
    "InteractionsPatient",
    "InteractionsPatientResponse",
    "InteractionsUpdateRequest",
    "RecordingsCreateResponse",
    "RecordingsListResponse",
    "SocketAudioEvent",
    "SocketAudioEventMessage",
    "SocketDeltaUsageMessage",
    "SocketEndMessage",
    "SocketErrorDetail",
    "SocketErrorMessage",
    "SocketFlushedMessage",
    "SocketFlushMessage",
    "SocketKeyterm",
    "SocketKeyterms",
    "SocketReplacement",
    "SocketUsageMessage",
    "StreamAudioEventsConfig",
    "StreamConfig",
    "StreamConfigMessage",
    "StreamConfigMode",
    "StreamConfigModeFactGenerationInterval",
    "StreamConfigModeType",
    "StreamConfigParticipant",
    "StreamConfigParticipantRole",
    "StreamConfigRetentionPolicy",
    "StreamConfigStatusMessage",
    "StreamConfigStatusMessageConfiguration",
    "StreamConfigStatusMessageType",
    "StreamConfigTranscription",
    "StreamEndedMessage",
    "StreamFact",
    "StreamFactsMessage",
    "StreamTranscriptMessage",
    "StreamTranscriptParticipant",
    "StreamTranscriptSegment",
    "StreamTranscriptTime",
    "TemplatesDocumentationModeEnum",
    "TemplatesFormatRule",
    "TemplatesItem",
    "TemplatesListResponse",
    "TemplatesSection",
    "TemplatesSectionListResponse",
    "TemplatesSectionSorted",
    "TemplatesSectionTranslation",
    "TemplatesTranslation",
    "TemplatesWritingStyle",
    "TranscribeAudioEventsConfig",
    "TranscribeCommand",
    "TranscribeCommandData",
    "TranscribeCommandDataVariablesType0",
    "TranscribeCommandMessage",
    "TranscribeCommandVariable",
    "TranscribeCommandVariableType",
    "TranscribeConfig",
    "TranscribeConfigMessage",
    "TranscribeConfigStatusMessage",
    "TranscribeConfigStatusMessageConfiguration",
    "TranscribeConfigStatusMessageType",
    "TranscribeEndedMessage",
    "TranscribeFormatting",
    "TranscribeFormattingDates",
    "TranscribeFormattingMeasurements",
    "TranscribeFormattingNumbers",
    "TranscribeFormattingNumericRanges",
    "TranscribeFormattingOrdinals",
    "TranscribeFormattingTimes",
    "TranscribeTranscriptData",
    "TranscribeTranscriptMessage",
    "TranscriptsCreateRequest",
    "TranscriptsCreateRequestKeyterms",
    "TranscriptsCreateRequestKeytermsTermsItem",
    "TranscriptsCreateRequestReplacementsItem",
    "TranscriptsData",
    "TranscriptsListItem",
    "TranscriptsListResponse",
    "TranscriptsMetadata",
    "TranscriptsParticipant",
    "TranscriptsParticipantResponse",
    "TranscriptsParticipantRoleEnum",
    "TranscriptsResponse",
    "TranscriptsStatusEnum",
    "TranscriptsStatusResponse",
)

_MODULES = {
    "AgenticAgentCapabilities": ".agentic_agent_capabilities",
    "AgenticAgentCardResponse": ".agentic_agent_card_response",
    "AgenticAgentCardResponseProvider": ".agentic_agent_card_response_provider",
    "AgenticAgentCardResponseSecurityRequirementsItem": ".agentic_agent_card_response_security_requirements_item",
    "AgenticAgentCardResponseSecuritySchemes": ".agentic_agent_card_response_security_schemes",
    "AgenticAgentCardResponseSignaturesItem": ".agentic_agent_card_response_signatures_item",
    "AgenticAgentInterface": ".agentic_agent_interface",
    "AgenticAgentLifecycle": ".agentic_agent_lifecycle",
    "AgenticAgentSkill": ".agentic_agent_skill",
    "AgenticAgentVisibility": ".agentic_agent_visibility",
    "AgenticAgentsCreateRequest": ".agentic_agents_create_request",
    "AgenticAgentsCreateRequestLabels": ".agentic_agents_create_request_labels",
    "AgenticAgentsJsonRpcA2AVersion": ".agentic_agents_json_rpc_a2a_version",
    "AgenticAgentsJsonRpcMethod": ".agentic_agents_json_rpc_method",
    "AgenticAgentsJsonRpcRequest": ".agentic_agents_json_rpc_request",
    "AgenticAgentsJsonRpcRequestParams": ".agentic_agents_json_rpc_request_params",
    "AgenticAgentsJsonRpcResponse": ".agentic_agents_json_rpc_response",
    "AgenticAgentsJsonRpcResponseResult": ".agentic_agents_json_rpc_response_result",
    "AgenticAgentsListResponse": ".agentic_agents_list_response",
    "AgenticAgentsPatchRequest": ".agentic_agents_patch_request",
    "AgenticAgentsPatchRequestLabelsType0": ".agentic_agents_patch_request_labels_type_0",
    "AgenticAgentsResponse": ".agentic_agents_response",
    "AgenticAgentsResponseLabels": ".agentic_agents_response_labels",
    "AgenticAgentsSendMessageA2AVersion": ".agentic_agents_send_message_a2a_version",
    "AgenticAgentsSendMessageRequest": ".agentic_agents_send_message_request",
    "AgenticAgentsSendMessageRequestMetadata": ".agentic_agents_send_message_request_metadata",
    "AgenticAgentsSendMessageResponse": ".agentic_agents_send_message_response",
    "AgenticAgentsStreamEventResponse": ".agentic_agents_stream_event_response",
    "AgenticAgentsStreamMessageA2AVersion": ".agentic_agents_stream_message_a2a_version",
    "AgenticAgentsTasksCancelA2AVersion": ".agentic_agents_tasks_cancel_a2a_version",
    "AgenticAgentsTasksGetA2AVersion": ".agentic_agents_tasks_get_a2a_version",
    "AgenticAgentsTasksListA2AVersion": ".agentic_agents_tasks_list_a2a_version",
    "AgenticAgentsTasksSubscribeA2AVersion": ".agentic_agents_tasks_subscribe_a2a_version",
    "AgenticConnectorsListResponse": ".agentic_connectors_list_response",
    "AgenticConnectorsPatchRequest": ".agentic_connectors_patch_request",
    "AgenticConnectorsPatchRequestConfigType0": ".agentic_connectors_patch_request_config_type_0",
    "AgenticContext": ".agentic_context",
    "AgenticContextsDetailResponse": ".agentic_contexts_detail_response",
    "AgenticContextsListResponse": ".agentic_contexts_list_response",
    "AgenticContextsOpenInferenceSpan": ".agentic_contexts_open_inference_span",
    "AgenticContextsOpenInferenceSpanAttributes": ".agentic_contexts_open_inference_span_attributes",
    "AgenticContextsTraceItem": ".agentic_contexts_trace_item",
    "AgenticContextsTraceItemTrace": ".agentic_contexts_trace_item_trace",
    "AgenticContextsTraceItemTraceMetadata": ".agentic_contexts_trace_item_trace_metadata",
    "AgenticContextsTraceResponse": ".agentic_contexts_trace_response",
    "AgenticFeedbackActor": ".agentic_feedback_actor",
    "AgenticFeedbackCreateRequest": ".agentic_feedback_create_request",
    "AgenticFeedbackLabel": ".agentic_feedback_label",
    "AgenticFeedbackListResponse": ".agentic_feedback_list_response",
    "AgenticFeedbackMetadata": ".agentic_feedback_metadata",
    "AgenticFeedbackRating": ".agentic_feedback_rating",
    "AgenticFeedbackResponse": ".agentic_feedback_response",
    "AgenticFeedbackScale": ".agentic_feedback_scale",
    "AgenticFeedbackTarget": ".agentic_feedback_target",
    "AgenticJsonRpcError": ".agentic_json_rpc_error",
    "AgenticJsonRpcErrorData": ".agentic_json_rpc_error_data",
    "AgenticJsonRpcVersion": ".agentic_json_rpc_version",
    "AgenticRegistryConnector": ".agentic_registry_connector",
    "AgenticRegistryConnectorCapabilities": ".agentic_registry_connector_capabilities",
    "AgenticRegistryConnectorConfigSchema": ".agentic_registry_connector_config_schema",
    "AgenticRegistryConnectorIconsItem": ".agentic_registry_connector_icons_item",
    "AgenticRegistryConnectorsListResponse": ".agentic_registry_connectors_list_response",
    "AgenticSendMessageConfiguration": ".agentic_send_message_configuration",
    "AgenticStreamArtifactUpdateEvent": ".agentic_stream_artifact_update_event",
    "AgenticStreamMessageEvent": ".agentic_stream_message_event",
    "AgenticStreamStatusUpdateEvent": ".agentic_stream_status_update_event",
    "AgenticStreamTaskEvent": ".agentic_stream_task_event",
    "AgenticTaskArtifactUpdate": ".agentic_task_artifact_update",
    "AgenticTaskArtifactUpdateMetadata": ".agentic_task_artifact_update_metadata",
    "AgenticTaskStatusUpdate": ".agentic_task_status_update",
    "AgenticTaskStatusUpdateMetadata": ".agentic_task_status_update_metadata",
    "AgentsAgent": ".agents_agent",
    "AgentsAgentCard": ".agents_agent_card",
    "AgentsAgentCardAdditionalInterfacesType0Item": ".agents_agent_card_additional_interfaces_type_0_item",
    "AgentsAgentCardCapabilitiesType0": ".agents_agent_card_capabilities_type_0",
    "AgentsAgentCardProviderType0": ".agents_agent_card_provider_type_0",
    "AgentsAgentCardSecuritySchemesType0": ".agents_agent_card_security_schemes_type_0",
    "AgentsAgentCardSecurityType0Item": ".agents_agent_card_security_type_0_item",
    "AgentsAgentCardSignaturesType0Item": ".agents_agent_card_signatures_type_0_item",
    "AgentsAgentCardSkillsItem": ".agents_agent_card_skills_item",
    "AgentsAgentResponse": ".agents_agent_response",
    "AgentsAgentType": ".agents_agent_type",
    "AgentsArtifact": ".agents_artifact",
    "AgentsArtifactMetadata": ".agents_artifact_metadata",
    "AgentsContext": ".agents_context",
    "AgentsContextItemsItem": ".agents_context_items_item",
    "AgentsCreateAgent": ".agents_create_agent",
    "AgentsCreateExpert": ".agents_create_expert",
    "AgentsCreateExpertReference": ".agents_create_expert_reference",
    "AgentsCreateExpertReferenceConfig": ".agents_create_expert_reference_config",
    "AgentsCreateExpertType": ".agents_create_expert_type",
    "AgentsCreateMcpServer": ".agents_create_mcp_server",
    "AgentsExpert": ".agents_expert",
    "AgentsExpertReferenceType": ".agents_expert_reference_type",
    "AgentsExpertResolvedConfig": ".agents_expert_resolved_config",
    "AgentsFileContent": ".agents_file_content",
    "AgentsMcpAuthorizationType": ".agents_mcp_authorization_type",
    "AgentsMcpServer": ".agents_mcp_server",
    "AgentsMcpTransportType": ".agents_mcp_transport_type",
    "AgentsMessage": ".agents_message",
    "AgentsMessageKind": ".agents_message_kind",
    "AgentsMessageMetadata": ".agents_message_metadata",
    "AgentsMessageRole": ".agents_message_role",
    "AgentsMessageSendConfiguration": ".agents_message_send_configuration",
    "AgentsMessageSendParams": ".agents_message_send_params",
    "AgentsMessageSendParamsMetadata": ".agents_message_send_params_metadata",
    "AgentsMessageSendResponse": ".agents_message_send_response",
    "AgentsPart": ".agents_part",
    "AgentsPartData": ".agents_part_data",
    "AgentsPartKind": ".agents_part_kind",
    "AgentsPartMetadata": ".agents_part_metadata",
    "AgentsPushNotificationAuthentication": ".agents_push_notification_authentication",
    "AgentsPushNotificationConfig": ".agents_push_notification_config",
    "AgentsRegistryExpert": ".agents_registry_expert",
    "AgentsRegistryExpertConfigSchema": ".agents_registry_expert_config_schema",
    "AgentsRegistryExpertMcpServer": ".agents_registry_expert_mcp_server",
    "AgentsRegistryExpertsResponse": ".agents_registry_experts_response",
    "AgentsTask": ".agents_task",
    "AgentsTaskMetadata": ".agents_task_metadata",
    "AgentsTaskStatus": ".agents_task_status",
    "AgentsTaskStatusState": ".agents_task_status_state",
    "AgentsUpdateAgent": ".agents_update_agent",
    "AgentsUpdateExpertReference": ".agents_update_expert_reference",
    "AgentsUpdateExpertReferenceConfig": ".agents_update_expert_reference_config",
    "AgentsUsageBucket": ".agents_usage_bucket",
    "AgentsUsageGranularity": ".agents_usage_granularity",
    "AgentsUsageReportResponse": ".agents_usage_report_response",
    "AgentsUsageTotals": ".agents_usage_totals",
    "CodesFilter": ".codes_filter",
    "CodesGeneralPredictRequest": ".codes_general_predict_request",
    "CodesGeneralReadResponse": ".codes_general_read_response",
    "CodesGeneralReadResponseAlternativesItem": ".codes_general_read_response_alternatives_item",
    "CodesGeneralReadResponseEvidencesItem": ".codes_general_read_response_evidences_item",
    "CodesGeneralResponse": ".codes_general_response",
    "CommonArtifactResponse": ".common_artifact_response",
    "CommonArtifactResponseMetadata": ".common_artifact_response_metadata",
    "CommonCodingSystemEnum": ".common_coding_system_enum",
    "CommonConnectorAuth": ".common_connector_auth",
    "CommonConnectorAuthType": ".common_connector_auth_type",
    "CommonConnectorCreateRequest": ".common_connector_create_request",
    "CommonConnectorCreateRequestConfig": ".common_connector_create_request_config",
    "CommonConnectorCreateRequestSchema": ".common_connector_create_request_schema",
    "CommonConnectorResponse": ".common_connector_response",
    "CommonConnectorResponseConfig": ".common_connector_response_config",
    "CommonConnectorResponseSchema": ".common_connector_response_schema",
    "CommonConnectorTransition": ".common_connector_transition",
    "CommonConnectorType": ".common_connector_type",
    "CommonDocumentIdContext": ".common_document_id_context",
    "CommonDocumentIdContextType": ".common_document_id_context_type",
    "CommonDocumentationEvidence": ".common_documentation_evidence",
    "CommonError": ".common_error",
    "CommonErrorDetails": ".common_error_details",
    "CommonFactsContext": ".common_facts_context",
    "CommonFactsContextFactsItem": ".common_facts_context_facts_item",
    "CommonFactsContextType": ".common_facts_context_type",
    "CommonMessage": ".common_message",
    "CommonMessageMetadata": ".common_message_metadata",
    "CommonMessageRole": ".common_message_role",
    "CommonPart": ".common_part",
    "CommonPartMetadata": ".common_part_metadata",
    "CommonSortingDirectionEnum": ".common_sorting_direction_enum",
    "CommonSourceEnum": ".common_source_enum",
    "CommonStatusResponse": ".common_status_response",
    "CommonTaskListResponse": ".common_task_list_response",
    "CommonTaskMetadata": ".common_task_metadata",
    "CommonTaskResponse": ".common_task_response",
    "CommonTaskState": ".common_task_state",
    "CommonTaskStatus": ".common_task_status",
    "CommonTextContext": ".common_text_context",
    "CommonTextContextType": ".common_text_context_type",
    "CommonTranscriptContext": ".common_transcript_context",
    "CommonTranscriptContextType": ".common_transcript_context_type",
    "CommonTranscriptRequest": ".common_transcript_request",
    "CommonTranscriptResponse": ".common_transcript_response",
    "CommonUsage": ".common_usage",
    "CommonUsageInfo": ".common_usage_info",
    "CommonValidationError": ".common_validation_error",
    "DocumentsContextWithFacts": ".documents_context_with_facts",
    "DocumentsContextWithFactsType": ".documents_context_with_facts_type",
    "DocumentsContextWithString": ".documents_context_with_string",
    "DocumentsContextWithStringType": ".documents_context_with_string_type",
    "DocumentsContextWithTranscript": ".documents_context_with_transcript",
    "DocumentsContextWithTranscriptType": ".documents_context_with_transcript_type",
    "DocumentsCreateRequestWithTemplate": ".documents_create_request_with_template",
    "DocumentsCreateRequestWithTemplateKey": ".documents_create_request_with_template_key",
    "DocumentsGetResponse": ".documents_get_response",
    "DocumentsListResponse": ".documents_list_response",
    "DocumentsSection": ".documents_section",
    "DocumentsSectionInput": ".documents_section_input",
    "DocumentsSectionOverride": ".documents_section_override",
    "DocumentsTemplateWithSectionKeys": ".documents_template_with_section_keys",
    "DocumentsTemplateWithSections": ".documents_template_with_sections",
    "DocumentsUpdateRequest": ".documents_update_request",
    "ErrorResponse": ".error_response",
    "ErrorResponseValidationErrorsItem": ".error_response_validation_errors_item",
    "FactsBatchUpdateInput": ".facts_batch_update_input",
    "FactsBatchUpdateItem": ".facts_batch_update_item",
    "FactsBatchUpdateRequest": ".facts_batch_update_request",
    "FactsBatchUpdateResponse": ".facts_batch_update_response",
    "FactsContext": ".facts_context",
    "FactsCreateInput": ".facts_create_input",
    "FactsCreateItem": ".facts_create_item",
    "FactsCreateRequest": ".facts_create_request",
    "FactsCreateResponse": ".facts_create_response",
    "FactsEvidence": ".facts_evidence",
    "FactsExtractRequest": ".facts_extract_request",
    "FactsExtractResponse": ".facts_extract_response",
    "FactsExtractResponseFactsItem": ".facts_extract_response_facts_item",
    "FactsFactGroupsItem": ".facts_fact_groups_item",
    "FactsFactGroupsItemTranslationsItem": ".facts_fact_groups_item_translations_item",
    "FactsFactGroupsListResponse": ".facts_fact_groups_list_response",
    "FactsListItem": ".facts_list_item",
    "FactsListResponse": ".facts_list_response",
    "FactsUpdateRequest": ".facts_update_request",
    "FactsUpdateResponse": ".facts_update_response",
    "GenerateDocumentsRequestXCortiRetentionPolicy": ".generate_documents_request_x_corti_retention_policy",
    "GuidedArrayNode": ".guided_array_node",
    "GuidedArrayNodeType": ".guided_array_node_type",
    "GuidedAssemblyRequest": ".guided_assembly_request",
    "GuidedAssemblySectionRef": ".guided_assembly_section_ref",
    "GuidedBoolNode": ".guided_bool_node",
    "GuidedBoolNodeType": ".guided_bool_node_type",
    "GuidedDocument": ".guided_document",
    "GuidedDocumentSection": ".guided_document_section",
    "GuidedDocumentStringDocument": ".guided_document_string_document",
    "GuidedDocumentStructuredDocumentType0": ".guided_document_structured_document_type_0",
    "GuidedDocumentTranscriptMinimal": ".guided_document_transcript_minimal",
    "GuidedDocumentTranscriptMinimalMetadata": ".guided_document_transcript_minimal_metadata",
    "GuidedDocumentsCreateEphemeralResponse": ".guided_documents_create_ephemeral_response",
    "GuidedDocumentsCreateResponse": ".guided_documents_create_response",
    "GuidedDocumentsGenerateByAssembly": ".guided_documents_generate_by_assembly",
    "GuidedDocumentsGenerateByAssemblyForInteraction": ".guided_documents_generate_by_assembly_for_interaction",
    "GuidedDocumentsGenerateByDynamic": ".guided_documents_generate_by_dynamic",
    "GuidedDocumentsGenerateByDynamicForInteraction": ".guided_documents_generate_by_dynamic_for_interaction",
    "GuidedDocumentsGenerateByTemplateRef": ".guided_documents_generate_by_template_ref",
    "GuidedDocumentsGenerateByTemplateRefForInteraction": ".guided_documents_generate_by_template_ref_for_interaction",
    "GuidedDocumentsUpdateRequest": ".guided_documents_update_request",
    "GuidedDocumentsUpdateRequestStringDocument": ".guided_documents_update_request_string_document",
    "GuidedDocumentsUpdateRequestStructuredDocument": ".guided_documents_update_request_structured_document",
    "GuidedDynamicInline": ".guided_dynamic_inline",
    "GuidedDynamicRequest": ".guided_dynamic_request",
    "GuidedEphemeralDocument": ".guided_ephemeral_document",
    "GuidedEphemeralDocumentStringDocument": ".guided_ephemeral_document_string_document",
    "GuidedEphemeralDocumentStructuredDocumentType0": ".guided_ephemeral_document_structured_document_type_0",
    "GuidedFieldDefinition": ".guided_field_definition",
    "GuidedLabel": ".guided_label",
    "GuidedNumberNode": ".guided_number_node",
    "GuidedNumberNodeType": ".guided_number_node_type",
    "GuidedObjectNode": ".guided_object_node",
    "GuidedObjectNodeType": ".guided_object_node_type",
    "GuidedSection": ".guided_section",
    "GuidedSectionGeneration": ".guided_section_generation",
    "GuidedSectionGenerationPartial": ".guided_section_generation_partial",
    "GuidedSectionInstructions": ".guided_section_instructions",
    "GuidedSectionInstructionsOverride": ".guided_section_instructions_override",
    "GuidedSectionInstructionsPartial": ".guided_section_instructions_partial",
    "GuidedSectionListItem": ".guided_section_list_item",
    "GuidedSectionOverride": ".guided_section_override",
    "GuidedSectionOverrides": ".guided_section_overrides",
    "GuidedSectionVersion": ".guided_section_version",
    "GuidedSectionsCreateFromInheritanceRequest": ".guided_sections_create_from_inheritance_request",
    "GuidedSectionsCreateFromScratchRequest": ".guided_sections_create_from_scratch_request",
    "GuidedSectionsCreateVersionRequest": ".guided_sections_create_version_request",
    "GuidedSectionsUpdateRequest": ".guided_sections_update_request",
    "GuidedShallowTemplateGeneration": ".guided_shallow_template_generation",
    "GuidedShallowTemplateVersionResponse": ".guided_shallow_template_version_response",
    "GuidedSourceEnum": ".guided_source_enum",
    "GuidedSourceFilter": ".guided_source_filter",
    "GuidedStringNode": ".guided_string_node",
    "GuidedStringNodeType": ".guided_string_node_type",
    "GuidedTemplate": ".guided_template",
    "GuidedTemplateGeneration": ".guided_template_generation",
    "GuidedTemplateInstructions": ".guided_template_instructions",
    "GuidedTemplateInstructionsPartial": ".guided_template_instructions_partial",
    "GuidedTemplateListItem": ".guided_template_list_item",
    "GuidedTemplateOverrides": ".guided_template_overrides",
    "GuidedTemplateRef": ".guided_template_ref",
    "GuidedTemplateVersion": ".guided_template_version",
    "GuidedTemplateVersionSectionRef": ".guided_template_version_section_ref",
    "GuidedTemplatesCreateFromInheritanceRequest": ".guided_templates_create_from_inheritance_request",
    "GuidedTemplatesCreateFromScratchRequest": ".guided_templates_create_from_scratch_request",
    "GuidedTemplatesCreateVersionRequest": ".guided_templates_create_version_request",
    "GuidedTemplatesUpdateRequest": ".guided_templates_update_request",
    "GuidedTemplatesVersionGeneration": ".guided_templates_version_generation",
    "GuidedTemplatesVersionSectionRequest": ".guided_templates_version_section_request",
    "InteractionsCreateRequest": ".interactions_create_request",
    "InteractionsCreateResponse": ".interactions_create_response",
    "InteractionsEncounterCreateRequest": ".interactions_encounter_create_request",
    "InteractionsEncounterPeriod": ".interactions_encounter_period",
    "InteractionsEncounterResponse": ".interactions_encounter_response",
    "InteractionsEncounterStatusEnum": ".interactions_encounter_status_enum",
    "InteractionsEncounterTypeEnum": ".interactions_encounter_type_enum",
    "InteractionsEncounterUpdateRequest": ".interactions_encounter_update_request",
    "InteractionsGenderEnum": ".interactions_gender_enum",
    "InteractionsGetResponse": ".interactions_get_response",
    "InteractionsListRequestSort": ".interactions_list_request_sort",
    "InteractionsListResponse": ".interactions_list_response",
    "InteractionsPatient": ".interactions_patient",
    "InteractionsPatientResponse": ".interactions_patient_response",
    "InteractionsUpdateRequest": ".interactions_update_request",
    "RecordingsCreateResponse": ".recordings_create_response",
    "RecordingsListResponse": ".recordings_list_response",
    "SocketAudioEvent": ".socket_audio_event",
    "SocketAudioEventMessage": ".socket_audio_event_message",
    "SocketDeltaUsageMessage": ".socket_delta_usage_message",
    "SocketEndMessage": ".socket_end_message",
    "SocketErrorDetail": ".socket_error_detail",
    "SocketErrorMessage": ".socket_error_message",
    "SocketFlushMessage": ".socket_flush_message",
    "SocketFlushedMessage": ".socket_flushed_message",
    "SocketKeyterm": ".socket_keyterm",
    "SocketKeyterms": ".socket_keyterms",
    "SocketReplacement": ".socket_replacement",
    "SocketUsageMessage": ".socket_usage_message",
    "StreamAudioEventsConfig": ".stream_audio_events_config",
    "StreamConfig": ".stream_config",
    "StreamConfigMessage": ".stream_config_message",
    "StreamConfigMode": ".stream_config_mode",
    "StreamConfigModeFactGenerationInterval": ".stream_config_mode_fact_generation_interval",
    "StreamConfigModeType": ".stream_config_mode_type",
    "StreamConfigParticipant": ".stream_config_participant",
    "StreamConfigParticipantRole": ".stream_config_participant_role",
    "StreamConfigRetentionPolicy": ".stream_config_retention_policy",
    "StreamConfigStatusMessage": ".stream_config_status_message",
    "StreamConfigStatusMessageConfiguration": ".stream_config_status_message_configuration",
    "StreamConfigStatusMessageType": ".stream_config_status_message_type",
    "StreamConfigTranscription": ".stream_config_transcription",
    "StreamEndedMessage": ".stream_ended_message",
    "StreamFact": ".stream_fact",
    "StreamFactsMessage": ".stream_facts_message",
    "StreamTranscriptMessage": ".stream_transcript_message",
    "StreamTranscriptParticipant": ".stream_transcript_participant",
    "StreamTranscriptSegment": ".stream_transcript_segment",
    "StreamTranscriptTime": ".stream_transcript_time",
    "TemplatesDocumentationModeEnum": ".templates_documentation_mode_enum",
    "TemplatesFormatRule": ".templates_format_rule",
    "TemplatesItem": ".templates_item",
    "TemplatesListResponse": ".templates_list_response",
    "TemplatesSection": ".templates_section",
    "TemplatesSectionListResponse": ".templates_section_list_response",
    "TemplatesSectionSorted": ".templates_section_sorted",
    "TemplatesSectionTranslation": ".templates_section_translation",
    "TemplatesTranslation": ".templates_translation",
    "TemplatesWritingStyle": ".templates_writing_style",
    "TranscribeAudioEventsConfig": ".transcribe_audio_events_config",
    "TranscribeCommand": ".transcribe_command",
    "TranscribeCommandData": ".transcribe_command_data",
    "TranscribeCommandDataVariablesType0": ".transcribe_command_data_variables_type_0",
    "TranscribeCommandMessage": ".transcribe_command_message",
    "TranscribeCommandVariable": ".transcribe_command_variable",
    "TranscribeCommandVariableType": ".transcribe_command_variable_type",
    "TranscribeConfig": ".transcribe_config",
    "TranscribeConfigMessage": ".transcribe_config_message",
    "TranscribeConfigStatusMessage": ".transcribe_config_status_message",
    "TranscribeConfigStatusMessageConfiguration": ".transcribe_config_status_message_configuration",
    "TranscribeConfigStatusMessageType": ".transcribe_config_status_message_type",
    "TranscribeEndedMessage": ".transcribe_ended_message",
    "TranscribeFormatting": ".transcribe_formatting",
    "TranscribeFormattingDates": ".transcribe_formatting_dates",
    "TranscribeFormattingMeasurements": ".transcribe_formatting_measurements",
    "TranscribeFormattingNumbers": ".transcribe_formatting_numbers",
    "TranscribeFormattingNumericRanges": ".transcribe_formatting_numeric_ranges",
    "TranscribeFormattingOrdinals": ".transcribe_formatting_ordinals",
    "TranscribeFormattingTimes": ".transcribe_formatting_times",
    "TranscribeTranscriptData": ".transcribe_transcript_data",
    "TranscribeTranscriptMessage": ".transcribe_transcript_message",
    "TranscriptsCreateRequest": ".transcripts_create_request",
    "TranscriptsCreateRequestKeyterms": ".transcripts_create_request_keyterms",
    "TranscriptsCreateRequestKeytermsTermsItem": ".transcripts_create_request_keyterms_terms_item",
    "TranscriptsCreateRequestReplacementsItem": ".transcripts_create_request_replacements_item",
    "TranscriptsData": ".transcripts_data",
    "TranscriptsListItem": ".transcripts_list_item",
    "TranscriptsListResponse": ".transcripts_list_response",
    "TranscriptsMetadata": ".transcripts_metadata",
    "TranscriptsParticipant": ".transcripts_participant",
    "TranscriptsParticipantResponse": ".transcripts_participant_response",
    "TranscriptsParticipantRoleEnum": ".transcripts_participant_role_enum",
    "TranscriptsResponse": ".transcripts_response",
    "TranscriptsStatusEnum": ".transcripts_status_enum",
    "TranscriptsStatusResponse": ".transcripts_status_response",
}


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if not TYPE_CHECKING:  # so that type checkers still refuse a name that does not exist

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value
