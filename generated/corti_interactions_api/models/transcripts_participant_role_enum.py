from enum import StrEnum


class TranscriptsParticipantRoleEnum(StrEnum):
    DOCTOR = "doctor"
    MULTIPLE = "multiple"
    PATIENT = "patient"

    def __str__(self) -> str:
        return str(self.value)
