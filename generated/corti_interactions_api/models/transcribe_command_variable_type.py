from enum import StrEnum


class TranscribeCommandVariableType(StrEnum):
    ENUM = "enum"
    WILDCARD = "wildcard"

    def __str__(self) -> str:
        return str(self.value)
