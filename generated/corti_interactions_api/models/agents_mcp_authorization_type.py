from enum import StrEnum


class AgentsMcpAuthorizationType(StrEnum):
    BEARER = "bearer"
    INHERIT = "inherit"
    NONE = "none"
    OAUTH2_0 = "oauth2.0"

    def __str__(self) -> str:
        return str(self.value)
