from enum import StrEnum


class CommonSourceEnum(StrEnum):
    CORE = "core"
    SYSTEM = "system"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
