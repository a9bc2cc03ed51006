from enum import StrEnum


class CommonMessageRole(StrEnum):
    ROLE_AGENT = "ROLE_AGENT"
    ROLE_USER = "ROLE_USER"

    def __str__(self) -> str:
        return str(self.value)
