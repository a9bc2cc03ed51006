from enum import StrEnum


class InteractionsListRequestSort(StrEnum):
    ASSIGNEDUSERID = "assignedUserId"
    CREATEDAT = "createdAt"
    ENDEDAT = "endedAt"
    ID = "id"
    PATIENT = "patient"
    UPDATEDAT = "updatedAt"

    def __str__(self) -> str:
        return str(self.value)
