from enum import StrEnum


class InteractionsEncounterTypeEnum(StrEnum):
    CONSULTATION = "consultation"
    EMERGENCY = "emergency"
    FIRST_CONSULTATION = "first_consultation"
    INPATIENT = "inpatient"
    OUTPATIENT = "outpatient"

    def __str__(self) -> str:
        return str(self.value)
