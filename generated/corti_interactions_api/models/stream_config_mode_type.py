from enum import StrEnum


class StreamConfigModeType(StrEnum):
    FACTS = "facts"
    TRANSCRIPTION = "transcription"

    def __str__(self) -> str:
        return str(self.value)
