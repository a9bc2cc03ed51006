from enum import StrEnum


class TranscriptsStatusEnum(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
