from enum import StrEnum


class AgenticFeedbackLabel(StrEnum):
    COMPLETE = "complete"
    CORRECT = "correct"
    EFFICIENT = "efficient"
    HELPFUL = "helpful"
    INCORRECT = "incorrect"
    IRRELEVANT = "irrelevant"
    MISSINGINFORMATION = "missingInformation"
    MISUNDERSTOODREQUEST = "misunderstoodRequest"
    OTHER = "other"
    POORLYPRESENTED = "poorlyPresented"
    TOOVERBOSE = "tooVerbose"
    UNSAFEORINAPPROPRIATE = "unsafeOrInappropriate"
    UNSUPPORTEDCLAIM = "unsupportedClaim"
    WELLPRESENTED = "wellPresented"

    def __str__(self) -> str:
        return str(self.value)
