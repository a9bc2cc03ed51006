from enum import StrEnum


class TranscribeFormattingMeasurements(StrEnum):
    ABBREVIATED = "abbreviated"
    AS_DICTATED = "as_dictated"

    def __str__(self) -> str:
        return str(self.value)
