from enum import StrEnum


class TranscribeFormattingDates(StrEnum):
    AS_DICTATED = "as_dictated"
    ISO = "iso"
    LOCALELONG = "locale:long"
    LOCALEMEDIUM = "locale:medium"
    LOCALESHORT = "locale:short"

    def __str__(self) -> str:
        return str(self.value)
