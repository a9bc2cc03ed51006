from enum import StrEnum


class AgentsExpertReferenceType(StrEnum):
    REFERENCE = "reference"

    def __str__(self) -> str:
        return str(self.value)
