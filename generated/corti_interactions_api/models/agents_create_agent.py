from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agents_agent_type import AgentsAgentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsCreateAgent")


@_attrs_define
class AgentsCreateAgent:
    """A new v1 agent (`ephemeral` is a query parameter).

    Attributes:
        name (str): The agent's name.
        description (str): What the agent does.
        agent_type (AgentsAgentType | Unset): The type of a v1 agent.
        system_prompt (str | Unset): Optional: there is a default system orchestrator.
        experts (list[AgentsCreateExpert | AgentsCreateExpertReference] | Unset): Experts, new or referenced from the
            registry.
        mcp_servers (list[AgentsCreateMcpServer] | Unset): MCP servers the agent may call; left out, none.
    """

    name: str
    description: str
    agent_type: AgentsAgentType | Unset = UNSET
    system_prompt: str | Unset = UNSET
    experts: list[AgentsCreateExpert | AgentsCreateExpertReference] | Unset = UNSET
    mcp_servers: list[AgentsCreateMcpServer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "agent_type": "agentType",
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
        name = self.name

        description = self.description

        agent_type: str | Unset = UNSET
        if not isinstance(self.agent_type, Unset):
            agent_type = self.agent_type.value

        system_prompt = self.system_prompt

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
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if agent_type is not UNSET:
            field_dict["agentType"] = agent_type
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if experts is not UNSET:
            field_dict["experts"] = experts
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        _agent_type = d.pop("agentType", UNSET)
        agent_type: AgentsAgentType | Unset
        if isinstance(_agent_type, Unset):
            agent_type = UNSET
        else:
            agent_type = AgentsAgentType(_agent_type)

        system_prompt = d.pop("systemPrompt", UNSET)

        _experts = d.pop("experts", UNSET)
        experts: list[AgentsCreateExpert | AgentsCreateExpertReference] | Unset = UNSET
        if _experts is not UNSET:
            experts = []
            for experts_item_data in _experts:

                def _parse_experts_item(data: object) -> AgentsCreateExpert | AgentsCreateExpertReference:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        experts_item_type_0 = AgentsCreateExpert.from_dict(data)

                        return experts_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    experts_item_type_1 = AgentsCreateExpertReference.from_dict(data)

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

        agents_create_agent = cls(
            name=name,
            description=description,
            agent_type=agent_type,
            system_prompt=system_prompt,
            experts=experts,
            mcp_servers=mcp_servers,
        )

        agents_create_agent.additional_properties = d
        return agents_create_agent

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
from ..models.agents_create_expert_reference import AgentsCreateExpertReference  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_create_mcp_server import AgentsCreateMcpServer  # noqa: E402  (corti-interactions: see the top)
