from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsUpdateAgent")


@_attrs_define
class AgentsUpdateAgent:
    """The fields to change; only those given are updated.

    Attributes:
        name (str | Unset): The agent's name.
        system_prompt (str | Unset): The system prompt.
        description (str | Unset): What the agent does.
        experts (list[AgentsCreateExpert | AgentsUpdateExpertReference] | Unset): The experts (replace the list).
        mcp_servers (list[AgentsCreateMcpServer] | Unset): The MCP servers (replace the list).
    """

    name: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    description: str | Unset = UNSET
    experts: list[AgentsCreateExpert | AgentsUpdateExpertReference] | Unset = UNSET
    mcp_servers: list[AgentsCreateMcpServer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "system_prompt": "systemPrompt",
        "description": "description",
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
        name = self.name

        system_prompt = self.system_prompt

        description = self.description

        experts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.experts, Unset):
            experts = []
            for experts_item_data in self.experts:
                experts_item: dict[str, Any]
                if isinstance(experts_item_data, AgentsCreateExpert):
                    experts_item = experts_item_data.to_dict()
                else:
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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if description is not UNSET:
            field_dict["description"] = description
        if experts is not UNSET:
            field_dict["experts"] = experts
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        system_prompt = d.pop("systemPrompt", UNSET)

        description = d.pop("description", UNSET)

        _experts = d.pop("experts", UNSET)
        experts: list[AgentsCreateExpert | AgentsUpdateExpertReference] | Unset = UNSET
        if _experts is not UNSET:
            experts = []
            for experts_item_data in _experts:

                def _parse_experts_item(data: object) -> AgentsCreateExpert | AgentsUpdateExpertReference:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        experts_item_type_0 = AgentsCreateExpert.from_dict(data)

                        return experts_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    experts_item_type_1 = AgentsUpdateExpertReference.from_dict(data)

                    return experts_item_type_1

                experts_item = _parse_experts_item(experts_item_data)

                experts.append(experts_item)

        _mcp_servers = d.pop("mcpServers", UNSET)
        mcp_servers: list[AgentsCreateMcpServer] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = AgentsCreateMcpServer.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        agents_update_agent = cls(
            name=name,
            system_prompt=system_prompt,
            description=description,
            experts=experts,
            mcp_servers=mcp_servers,
        )

        agents_update_agent.additional_properties = d
        return agents_update_agent

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


from ..models.agents_create_expert import AgentsCreateExpert  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_create_mcp_server import AgentsCreateMcpServer  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_update_expert_reference import AgentsUpdateExpertReference  # noqa: E402  (corti-interactions: see the top)
