from enum import StrEnum


class GuidedNumberNodeType(StrEnum):
    NUMBER = "number"

    def __str__(self) -> str:
        return str(self.value)
