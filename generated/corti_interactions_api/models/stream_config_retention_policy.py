from enum import StrEnum


class StreamConfigRetentionPolicy(StrEnum):
    NONE = "none"
    RETAIN = "retain"

    def __str__(self) -> str:
        return str(self.value)
