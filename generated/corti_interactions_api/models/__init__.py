"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first asked for (`models.X` or
`from ...models import X`), so importing the package builds no model class: a client's
first call loads the models its operations use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .codes_filter import CodesFilter
    from .codes_general_predict_request import CodesGeneralPredictRequest
    from .codes_general_read_response import CodesGeneralReadResponse
    from .codes_general_read_response_alternatives_item import CodesGeneralReadResponseAlternativesItem
    from .codes_general_read_response_evidences_item import CodesGeneralReadResponseEvidencesItem
    from .codes_general_response import CodesGeneralResponse
    from .common_coding_system_enum import CommonCodingSystemEnum
    from .common_document_id_context import CommonDocumentIdContext
    from .common_document_id_context_type import CommonDocumentIdContextType
    from .common_documentation_evidence import CommonDocumentationEvidence
    from .common_error import CommonError
    from .common_error_details import CommonErrorDetails
    from .common_facts_context import CommonFactsContext
    from .common_facts_context_facts_item import CommonFactsContextFactsItem
    from .common_facts_context_type import CommonFactsContextType
    from .common_sorting_direction_enum import CommonSortingDirectionEnum
    from .common_source_enum import CommonSourceEnum
    from .common_status_response import CommonStatusResponse
    from .common_text_context import CommonTextContext
    from .common_text_context_type import CommonTextContextType
    from .common_transcript_context import CommonTranscriptContext
    from .common_transcript_context_type import CommonTranscriptContextType
    from .common_transcript_request import CommonTranscriptRequest
    from .common_transcript_response import CommonTranscriptResponse
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
    "CodesFilter",
    "CodesGeneralPredictRequest",
    "CodesGeneralReadResponse",
    "CodesGeneralReadResponseAlternativesItem",
    "CodesGeneralReadResponseEvidencesItem",
    "CodesGeneralResponse",
    "CommonCodingSystemEnum",
    "CommonDocumentationEvidence",
    "CommonDocumentIdContext",
    "CommonDocumentIdContextType",
    "CommonError",
    "CommonErrorDetails",
    "CommonFactsContext",
    "CommonFactsContextFactsItem",
    "CommonFactsContextType",
    "CommonSortingDirectionEnum",
    "CommonSourceEnum",
    "CommonStatusResponse",
    "CommonTextContext",
    "CommonTextContextType",
    "CommonTranscriptContext",
    "CommonTranscriptContextType",
    "CommonTranscriptRequest",
    "CommonTranscriptResponse",
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
    "CodesFilter": ".codes_filter",
    "CodesGeneralPredictRequest": ".codes_general_predict_request",
    "CodesGeneralReadResponse": ".codes_general_read_response",
    "CodesGeneralReadResponseAlternativesItem": ".codes_general_read_response_alternatives_item",
    "CodesGeneralReadResponseEvidencesItem": ".codes_general_read_response_evidences_item",
    "CodesGeneralResponse": ".codes_general_response",
    "CommonCodingSystemEnum": ".common_coding_system_enum",
    "CommonDocumentIdContext": ".common_document_id_context",
    "CommonDocumentIdContextType": ".common_document_id_context_type",
    "CommonDocumentationEvidence": ".common_documentation_evidence",
    "CommonError": ".common_error",
    "CommonErrorDetails": ".common_error_details",
    "CommonFactsContext": ".common_facts_context",
    "CommonFactsContextFactsItem": ".common_facts_context_facts_item",
    "CommonFactsContextType": ".common_facts_context_type",
    "CommonSortingDirectionEnum": ".common_sorting_direction_enum",
    "CommonSourceEnum": ".common_source_enum",
    "CommonStatusResponse": ".common_status_response",
    "CommonTextContext": ".common_text_context",
    "CommonTextContextType": ".common_text_context_type",
    "CommonTranscriptContext": ".common_transcript_context",
    "CommonTranscriptContextType": ".common_transcript_context_type",
    "CommonTranscriptRequest": ".common_transcript_request",
    "CommonTranscriptResponse": ".common_transcript_response",
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
