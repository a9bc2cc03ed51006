from enum import StrEnum


class GuidedStringNodeType(StrEnum):
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
