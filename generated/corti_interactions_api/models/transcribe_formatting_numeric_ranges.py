from enum import StrEnum


class TranscribeFormattingNumericRanges(StrEnum):
    AS_DICTATED = "as_dictated"
    NUMERALS = "numerals"

    def __str__(self) -> str:
        return str(self.value)
