from enum import StrEnum


class AgentsUsageGranularity(StrEnum):
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
