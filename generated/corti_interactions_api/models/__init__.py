"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first asked for (`models.X` or
`from ...models import X`), so importing the package builds no model class: a client's
first call loads the models its operations use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .common_error import CommonError
    from .common_error_details import CommonErrorDetails
    from .common_sorting_direction_enum import CommonSortingDirectionEnum
    from .common_source_enum import CommonSourceEnum
    from .common_text_context import CommonTextContext
    from .common_text_context_type import CommonTextContextType
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
    "CommonError",
    "CommonErrorDetails",
    "CommonSortingDirectionEnum",
    "CommonSourceEnum",
    "CommonTextContext",
    "CommonTextContextType",
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
    "CommonError": ".common_error",
    "CommonErrorDetails": ".common_error_details",
    "CommonSortingDirectionEnum": ".common_sorting_direction_enum",
    "CommonSourceEnum": ".common_source_enum",
    "CommonTextContext": ".common_text_context",
    "CommonTextContextType": ".common_text_context_type",
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
