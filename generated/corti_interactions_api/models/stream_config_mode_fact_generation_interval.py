from enum import StrEnum


class StreamConfigModeFactGenerationInterval(StrEnum):
    FAST_INIT = "fast_init"
    FIXED = "fixed"

    def __str__(self) -> str:
        return str(self.value)
