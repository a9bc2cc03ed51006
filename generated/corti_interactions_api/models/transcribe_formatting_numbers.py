from enum import StrEnum


class TranscribeFormattingNumbers(StrEnum):
    AS_DICTATED = "as_dictated"
    NUMERALS = "numerals"
    NUMERALS_ABOVE_NINE = "numerals_above_nine"

    def __str__(self) -> str:
        return str(self.value)
