from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentCapabilities")


@_attrs_define
class AgenticAgentCapabilities:
    """What the agent supports.

    Attributes:
        streaming (bool | Unset): Server-sent events.
        push_notifications (bool | Unset): Not yet implemented; expect false.
    """

    streaming: bool | Unset = UNSET
    push_notifications: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "streaming": "streaming",
        "push_notifications": "pushNotifications",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        streaming = self.streaming

        push_notifications = self.push_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if push_notifications is not UNSET:
            field_dict["pushNotifications"] = push_notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        streaming = d.pop("streaming", UNSET)

        push_notifications = d.pop("pushNotifications", UNSET)

        agentic_agent_capabilities = cls(
            streaming=streaming,
            push_notifications=push_notifications,
        )

        agentic_agent_capabilities.additional_properties = d
        return agentic_agent_capabilities

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
