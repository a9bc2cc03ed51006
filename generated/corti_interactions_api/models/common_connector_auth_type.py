from enum import StrEnum


class CommonConnectorAuthType(StrEnum):
    APIKEY = "apiKey"
    BEARER = "bearer"
    INHERIT = "inherit"
    NONE = "none"
    OAUTH2 = "oauth2"

    def __str__(self) -> str:
        return str(self.value)
