from enum import StrEnum


class CommonTranscriptContextType(StrEnum):
    TRANSCRIPT = "transcript"

    def __str__(self) -> str:
        return str(self.value)
