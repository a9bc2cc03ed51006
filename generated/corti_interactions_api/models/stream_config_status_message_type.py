from enum import StrEnum


class StreamConfigStatusMessageType(StrEnum):
    CONFIG_ACCEPTED = "CONFIG_ACCEPTED"
    CONFIG_ALREADY_RECEIVED = "CONFIG_ALREADY_RECEIVED"
    CONFIG_DENIED = "CONFIG_DENIED"
    CONFIG_MISSING = "CONFIG_MISSING"
    CONFIG_NOT_PROVIDED = "CONFIG_NOT_PROVIDED"
    CONFIG_TIMEOUT = "CONFIG_TIMEOUT"

    def __str__(self) -> str:
        return str(self.value)
