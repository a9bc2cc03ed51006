from enum import StrEnum


class GuidedSourceFilter(StrEnum):
    CORTI = "corti"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
