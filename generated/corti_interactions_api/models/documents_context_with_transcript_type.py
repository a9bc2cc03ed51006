from enum import StrEnum


class DocumentsContextWithTranscriptType(StrEnum):
    TRANSCRIPT = "transcript"

    def __str__(self) -> str:
        return str(self.value)
