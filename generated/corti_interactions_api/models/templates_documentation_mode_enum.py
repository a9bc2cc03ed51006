from enum import StrEnum


class TemplatesDocumentationModeEnum(StrEnum):
    GLOBAL_SEQUENTIAL = "global_sequential"
    ROUTED_PARALLEL = "routed_parallel"

    def __str__(self) -> str:
        return str(self.value)
