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
    from .common_validation_error import CommonValidationError
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
    "CommonError",
    "CommonErrorDetails",
    "CommonSortingDirectionEnum",
    "CommonValidationError",
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

_MODULES = {
    "CommonError": ".common_error",
    "CommonErrorDetails": ".common_error_details",
    "CommonSortingDirectionEnum": ".common_sorting_direction_enum",
    "CommonValidationError": ".common_validation_error",
    "ErrorResponse": ".error_response",
    "ErrorResponseValidationErrorsItem": ".error_response_validation_errors_item",
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
