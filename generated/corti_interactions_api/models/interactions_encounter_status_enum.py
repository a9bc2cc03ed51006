from enum import StrEnum


class InteractionsEncounterStatusEnum(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    DELETED = "deleted"
    IN_PROGRESS = "in-progress"
    ON_HOLD = "on-hold"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
