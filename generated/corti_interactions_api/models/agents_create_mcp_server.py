from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agents_mcp_authorization_type import AgentsMcpAuthorizationType
from ..models.agents_mcp_transport_type import AgentsMcpTransportType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsCreateMcpServer")


@_attrs_define
class AgentsCreateMcpServer:
    """An MCP server for an agent or expert.

    Attributes:
        name (str): The server's name.
        transport_type (AgentsMcpTransportType): How the MCP server is reached.
        authorization_type (AgentsMcpAuthorizationType): How the MCP server is authorised.
        url (str): The server's URL.
        description (str | Unset): What it offers.
        authorization_scope (str | Unset): The OAuth scope.
        redirect_url (str | Unset): The OAuth redirect URL.
        token (str | Unset): A bearer token for the MCP client.
    """

    name: str
    transport_type: AgentsMcpTransportType
    authorization_type: AgentsMcpAuthorizationType
    url: str
    description: str | Unset = UNSET
    authorization_scope: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "transport_type": "transportType",
        "authorization_type": "authorizationType",
        "url": "url",
        "description": "description",
        "authorization_scope": "authorizationScope",
        "redirect_url": "redirectUrl",
        "token": "token",
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

        transport_type = self.transport_type.value

        authorization_type = self.authorization_type.value

        url = self.url

        description = self.description

        authorization_scope = self.authorization_scope

        redirect_url = self.redirect_url

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "transportType": transport_type,
                "authorizationType": authorization_type,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if authorization_scope is not UNSET:
            field_dict["authorizationScope"] = authorization_scope
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        transport_type = AgentsMcpTransportType(d.pop("transportType"))

        authorization_type = AgentsMcpAuthorizationType(d.pop("authorizationType"))

        url = d.pop("url")

        description = d.pop("description", UNSET)

        authorization_scope = d.pop("authorizationScope", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        token = d.pop("token", UNSET)

        agents_create_mcp_server = cls(
            name=name,
            transport_type=transport_type,
            authorization_type=authorization_type,
            url=url,
            description=description,
            authorization_scope=authorization_scope,
            redirect_url=redirect_url,
            token=token,
        )

        agents_create_mcp_server.additional_properties = d
        return agents_create_mcp_server

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
