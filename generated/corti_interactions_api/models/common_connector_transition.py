from enum import StrEnum


class CommonConnectorTransition(StrEnum):
    COMPLETE = "complete"
    INPUT_REQUIRED = "input_required"

    def __str__(self) -> str:
        return str(self.value)
