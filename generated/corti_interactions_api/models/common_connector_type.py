from enum import StrEnum


class CommonConnectorType(StrEnum):
    A2A = "a2a"
    AGENT = "agent"
    MCP = "mcp"
    REGISTRY = "registry"
    SCHEMA = "schema"

    def __str__(self) -> str:
        return str(self.value)
