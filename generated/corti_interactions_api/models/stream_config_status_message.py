from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_config_status_message_type import StreamConfigStatusMessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamConfigStatusMessage")


@_attrs_define
class StreamConfigStatusMessage:
    """The service's answer to a `/streams` config (the first message it sends).

    Attributes:
        type_ (StreamConfigStatusMessageType): Accepted, refused (with a reason), or no config in time.
        reason (str | Unset): Why the config was refused.
        configuration (StreamConfigStatusMessageConfiguration | Unset): The configuration in effect, as the service
            resolved it (on CONFIG_ACCEPTED).
    """

    type_: StreamConfigStatusMessageType
    reason: str | Unset = UNSET
    configuration: StreamConfigStatusMessageConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "reason": "reason",
        "configuration": "configuration",
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

        reason = self.reason

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = StreamConfigStatusMessageType(d.pop("type"))

        reason = d.pop("reason", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: StreamConfigStatusMessageConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = StreamConfigStatusMessageConfiguration.from_dict(_configuration)

        stream_config_status_message = cls(
            type_=type_,
            reason=reason,
            configuration=configuration,
        )

        stream_config_status_message.additional_properties = d
        return stream_config_status_message

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


from ..models.stream_config_status_message_configuration import StreamConfigStatusMessageConfiguration  # noqa: E402  (corti-interactions: see the top)
