from enum import StrEnum


class GuidedArrayNodeType(StrEnum):
    ARRAY = "array"

    def __str__(self) -> str:
        return str(self.value)
