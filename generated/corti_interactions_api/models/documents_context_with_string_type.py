from enum import StrEnum


class DocumentsContextWithStringType(StrEnum):
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
