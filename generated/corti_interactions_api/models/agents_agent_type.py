from enum import StrEnum


class AgentsAgentType(StrEnum):
    EXPERT = "expert"
    INTERVIEWING_EXPERT = "interviewing-expert"
    ORCHESTRATOR = "orchestrator"

    def __str__(self) -> str:
        return str(self.value)
