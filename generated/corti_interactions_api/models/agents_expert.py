from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsExpert")


@_attrs_define
class AgentsExpert:
    """An expert of an agent: `AgentsExpert` (`type: expert`) or `AgentsExpertReference` (`type: reference`, with
    `resolvedConfig`), as one object.

        Attributes:
            type_ (str): `expert` or `reference`.
            id (str): The expert's id.
            name (str): The expert's name.
            description (str | Unset): What the expert does.
            system_prompt (str | Unset): The expert's system prompt.
            resolved_config (AgentsExpertResolvedConfig | Unset): A reference's resolved config.
            mcp_servers (list[AgentsMcpServer] | Unset): The expert's MCP servers.
    """

    type_: str
    id: str
    name: str
    description: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    resolved_config: AgentsExpertResolvedConfig | Unset = UNSET
    mcp_servers: list[AgentsMcpServer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "id": "id",
        "name": "name",
        "description": "description",
        "system_prompt": "systemPrompt",
        "resolved_config": "resolvedConfig",
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
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        system_prompt = self.system_prompt

        resolved_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved_config, Unset):
            resolved_config = self.resolved_config.to_dict()

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
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if resolved_config is not UNSET:
            field_dict["resolvedConfig"] = resolved_config
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        system_prompt = d.pop("systemPrompt", UNSET)

        _resolved_config = d.pop("resolvedConfig", UNSET)
        resolved_config: AgentsExpertResolvedConfig | Unset
        if isinstance(_resolved_config, Unset):
            resolved_config = UNSET
        else:
            resolved_config = AgentsExpertResolvedConfig.from_dict(_resolved_config)

        _mcp_servers = d.pop("mcpServers", UNSET)
        mcp_servers: list[AgentsMcpServer] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = AgentsMcpServer.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        agents_expert = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            system_prompt=system_prompt,
            resolved_config=resolved_config,
            mcp_servers=mcp_servers,
        )

        agents_expert.additional_properties = d
        return agents_expert

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


from ..models.agents_expert_resolved_config import AgentsExpertResolvedConfig  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_mcp_server import AgentsMcpServer  # noqa: E402  (corti-interactions: see the top)
