from enum import StrEnum


class CommonFactsContextType(StrEnum):
    FACTS = "facts"

    def __str__(self) -> str:
        return str(self.value)
