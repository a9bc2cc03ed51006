from enum import StrEnum


class AgentsPartKind(StrEnum):
    DATA = "data"
    FILE = "file"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
