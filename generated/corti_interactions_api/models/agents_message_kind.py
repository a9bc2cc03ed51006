from enum import StrEnum


class AgentsMessageKind(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
