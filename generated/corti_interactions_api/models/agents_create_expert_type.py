from enum import StrEnum


class AgentsCreateExpertType(StrEnum):
    NEW = "new"

    def __str__(self) -> str:
        return str(self.value)
