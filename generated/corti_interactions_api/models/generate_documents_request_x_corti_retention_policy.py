from enum import StrEnum


class GenerateDocumentsRequestXCortiRetentionPolicy(StrEnum):
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
