from enum import StrEnum


class AgenticFeedbackScale(StrEnum):
    BINARY = "binary"

    def __str__(self) -> str:
        return str(self.value)
