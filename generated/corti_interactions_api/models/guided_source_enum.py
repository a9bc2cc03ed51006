from enum import StrEnum


class GuidedSourceEnum(StrEnum):
    CORTI = "corti"
    PROJECT = "project"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
