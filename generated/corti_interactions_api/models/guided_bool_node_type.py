from enum import StrEnum


class GuidedBoolNodeType(StrEnum):
    BOOLEAN = "boolean"

    def __str__(self) -> str:
        return str(self.value)
