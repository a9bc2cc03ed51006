from enum import StrEnum


class AgenticAgentLifecycle(StrEnum):
    EPHEMERAL = "ephemeral"
    PERSISTENT = "persistent"

    def __str__(self) -> str:
        return str(self.value)
