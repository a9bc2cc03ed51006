from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsMcpServer")


@_attrs_define
class AgentsMcpServer:
    """An MCP server as stored.

    Attributes:
        id (str): The server's id.
        name (str): The server's name.
        transport_type (str): `stdio`, `streamable_http` or `sse`.
        authorization_type (str): `none`, `bearer`, `inherit` or `oauth2.0`.
        url (str): The server's URL.
        authorization_scope (str | Unset): The OAuth scope.
        redirect_url (None | str | Unset): The OAuth redirect URL.
    """

    id: str
    name: str
    transport_type: str
    authorization_type: str
    url: str
    authorization_scope: str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "transport_type": "transportType",
        "authorization_type": "authorizationType",
        "url": "url",
        "authorization_scope": "authorizationScope",
        "redirect_url": "redirectUrl",
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

        transport_type = self.transport_type

        authorization_type = self.authorization_type

        url = self.url

        authorization_scope = self.authorization_scope

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "transportType": transport_type,
                "authorizationType": authorization_type,
                "url": url,
            }
        )
        if authorization_scope is not UNSET:
            field_dict["authorizationScope"] = authorization_scope
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        transport_type = d.pop("transportType")

        authorization_type = d.pop("authorizationType")

        url = d.pop("url")

        authorization_scope = d.pop("authorizationScope", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        agents_mcp_server = cls(
            id=id,
            name=name,
            transport_type=transport_type,
            authorization_type=authorization_type,
            url=url,
            authorization_scope=authorization_scope,
            redirect_url=redirect_url,
        )

        agents_mcp_server.additional_properties = d
        return agents_mcp_server

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
