from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsAgent")


@_attrs_define
class AgentsAgent:
    """A v1 agent.

    Attributes:
        id (str): The agent's id.
        name (str): The agent's name.
        description (str): What the agent does.
        system_prompt (str): The system prompt.
        experts (list[AgentsExpert] | Unset): The agent's experts (`type` `expert` or `reference`).
        mcp_servers (list[AgentsMcpServer] | Unset): The agent's MCP servers.
    """

    id: str
    name: str
    description: str
    system_prompt: str
    experts: list[AgentsExpert] | Unset = UNSET
    mcp_servers: list[AgentsMcpServer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "description": "description",
        "system_prompt": "systemPrompt",
        "experts": "experts",
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
        id = self.id

        name = self.name

        description = self.description

        system_prompt = self.system_prompt

        experts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.experts, Unset):
            experts = []
            for experts_item_data in self.experts:
                experts_item = experts_item_data.to_dict()
                experts.append(experts_item)

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
                "id": id,
                "name": name,
                "description": description,
                "systemPrompt": system_prompt,
            }
        )
        if experts is not UNSET:
            field_dict["experts"] = experts
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        system_prompt = d.pop("systemPrompt")

        _experts = d.pop("experts", UNSET)
        experts: list[AgentsExpert] | Unset = UNSET
        if _experts is not UNSET:
            experts = []
            for experts_item_data in _experts:
                experts_item = AgentsExpert.from_dict(experts_item_data)

                experts.append(experts_item)

        _mcp_servers = d.pop("mcpServers", UNSET)
        mcp_servers: list[AgentsMcpServer] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = AgentsMcpServer.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        agents_agent = cls(
            id=id,
            name=name,
            description=description,
            system_prompt=system_prompt,
            experts=experts,
            mcp_servers=mcp_servers,
        )

        agents_agent.additional_properties = d
        return agents_agent

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


from ..models.agents_expert import AgentsExpert  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_mcp_server import AgentsMcpServer  # noqa: E402  (corti-interactions: see the top)
