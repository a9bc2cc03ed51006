from enum import StrEnum


class GuidedObjectNodeType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
