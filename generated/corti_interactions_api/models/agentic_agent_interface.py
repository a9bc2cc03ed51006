from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="AgenticAgentInterface")


@_attrs_define
class AgenticAgentInterface:
    """An A2A interface of an agent.

    Attributes:
        protocol_binding (str): `JSONRPC` or `HTTP+JSON`.
        protocol_version (str): `1.0`.
        url (str): The `/a2a` base.
    """

    protocol_binding: str
    protocol_version: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "protocol_binding": "protocolBinding",
        "protocol_version": "protocolVersion",
        "url": "url",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        protocol_binding = self.protocol_binding

        protocol_version = self.protocol_version

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocolBinding": protocol_binding,
                "protocolVersion": protocol_version,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol_binding = d.pop("protocolBinding")

        protocol_version = d.pop("protocolVersion")

        url = d.pop("url")

        agentic_agent_interface = cls(
            protocol_binding=protocol_binding,
            protocol_version=protocol_version,
            url=url,
        )

        agentic_agent_interface.additional_properties = d
        return agentic_agent_interface

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
