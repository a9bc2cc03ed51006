from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsRegistryExpert")


@_attrs_define
class AgentsRegistryExpert:
    """A registry expert.

    Attributes:
        name (str): Its key, e.g. `coding-expert`.
        description (str): What it does.
        display_name (str | Unset): A display name.
        display_description (str | Unset): A display description.
        mcp_servers (list[AgentsRegistryExpertMcpServer] | Unset): The MCP servers it uses.
        config_schema (AgentsRegistryExpertConfigSchema | Unset): The JSON Schema of its config.
    """

    name: str
    description: str
    display_name: str | Unset = UNSET
    display_description: str | Unset = UNSET
    mcp_servers: list[AgentsRegistryExpertMcpServer] | Unset = UNSET
    config_schema: AgentsRegistryExpertConfigSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "display_name": "displayName",
        "display_description": "displayDescription",
        "mcp_servers": "mcpServers",
        "config_schema": "configSchema",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        display_name = self.display_name

        display_description = self.display_description

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        config_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_schema, Unset):
            config_schema = self.config_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if display_description is not UNSET:
            field_dict["displayDescription"] = display_description
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers
        if config_schema is not UNSET:
            field_dict["configSchema"] = config_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        display_name = d.pop("displayName", UNSET)

        display_description = d.pop("displayDescription", UNSET)

        _mcp_servers = d.pop("mcpServers", UNSET)
        mcp_servers: list[AgentsRegistryExpertMcpServer] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = AgentsRegistryExpertMcpServer.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        _config_schema = d.pop("configSchema", UNSET)
        config_schema: AgentsRegistryExpertConfigSchema | Unset
        if isinstance(_config_schema, Unset):
            config_schema = UNSET
        else:
            config_schema = AgentsRegistryExpertConfigSchema.from_dict(_config_schema)

        agents_registry_expert = cls(
            name=name,
            description=description,
            display_name=display_name,
            display_description=display_description,
            mcp_servers=mcp_servers,
            config_schema=config_schema,
        )

        agents_registry_expert.additional_properties = d
        return agents_registry_expert

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.agents_registry_expert_config_schema import AgentsRegistryExpertConfigSchema  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_registry_expert_mcp_server import AgentsRegistryExpertMcpServer  # noqa: E402  (corti-interactions: see the top)
