from enum import StrEnum


class AgentsTaskStatusState(StrEnum):
    AUTH_REQUIRED = "auth-required"
    CANCELED = "canceled"
    COMPLETED = "completed"
    FAILED = "failed"
    INPUT_REQUIRED = "input-required"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    UNKNOWN = "unknown"
    WORKING = "working"

    def __str__(self) -> str:
        return str(self.value)
