"""Contains all the data models used in inputs/outputs"""

from .common_sorting_direction_enum import CommonSortingDirectionEnum
from .error_response import ErrorResponse
from .error_response_validation_errors_item import ErrorResponseValidationErrorsItem
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

__all__ = (
    "CommonSortingDirectionEnum",
    "ErrorResponse",
    "ErrorResponseValidationErrorsItem",
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
)
