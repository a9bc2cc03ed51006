from enum import StrEnum


class DocumentsContextWithFactsType(StrEnum):
    FACTS = "facts"

    def __str__(self) -> str:
        return str(self.value)
