from enum import StrEnum


class TranscribeFormattingTimes(StrEnum):
    AS_DICTATED = "as_dictated"
    H12 = "h12"
    H24 = "h24"
    LOCALE = "locale"

    def __str__(self) -> str:
        return str(self.value)
