from enum import StrEnum


class CommonDocumentIdContextType(StrEnum):
    DOCUMENTID = "documentId"

    def __str__(self) -> str:
        return str(self.value)
