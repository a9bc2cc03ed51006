from enum import StrEnum


class CommonTextContextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
