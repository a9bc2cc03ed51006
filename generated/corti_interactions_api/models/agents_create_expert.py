from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agents_create_expert_type import AgentsCreateExpertType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsCreateExpert")


@_attrs_define
class AgentsCreateExpert:
    """A new expert.

    Attributes:
        type_ (AgentsCreateExpertType): Always `new`.
        name (str): Must be unique.
        description (str): What the expert does.
        system_prompt (str | Unset): The expert's system prompt.
        mcp_servers (list[AgentsCreateMcpServer] | Unset): The expert's MCP servers.
    """

    type_: AgentsCreateExpertType
    name: str
    description: str
    system_prompt: str | Unset = UNSET
    mcp_servers: list[AgentsCreateMcpServer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "name": "name",
        "description": "description",
        "system_prompt": "systemPrompt",
        "mcp_servers": "mcpServers",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        description = self.description

        system_prompt = self.system_prompt

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "description": description,
            }
        )
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = AgentsCreateExpertType(d.pop("type"))

        name = d.pop("name")

        description = d.pop("description")

        system_prompt = d.pop("systemPrompt", UNSET)

        _mcp_servers = d.pop("mcpServers", UNSET)
        mcp_servers: list[AgentsCreateMcpServer] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = AgentsCreateMcpServer.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        agents_create_expert = cls(
            type_=type_,
            name=name,
            description=description,
            system_prompt=system_prompt,
            mcp_servers=mcp_servers,
        )

        agents_create_expert.additional_properties = d
        return agents_create_expert

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


from ..models.agents_create_mcp_server import AgentsCreateMcpServer  # noqa: E402  (corti-interactions: see the top)
