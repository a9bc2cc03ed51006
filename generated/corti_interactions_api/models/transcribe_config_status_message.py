from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcribe_config_status_message_type import TranscribeConfigStatusMessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeConfigStatusMessage")


@_attrs_define
class TranscribeConfigStatusMessage:
    """The service's answer to a `/transcribe` config (the first message it sends).

    Attributes:
        type_ (TranscribeConfigStatusMessageType): Accepted, refused (with a reason), or no config in time.
        reason (str | Unset): Why the config was refused.
        session_id (str | Unset): The dictation session's id (on CONFIG_ACCEPTED).
        configuration (TranscribeConfigStatusMessageConfiguration | Unset): The configuration in effect, as the service
            resolved it (on CONFIG_ACCEPTED).
    """

    type_: TranscribeConfigStatusMessageType
    reason: str | Unset = UNSET
    session_id: str | Unset = UNSET
    configuration: TranscribeConfigStatusMessageConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "reason": "reason",
        "session_id": "sessionId",
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

        session_id = self.session_id

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
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = TranscribeConfigStatusMessageType(d.pop("type"))

        reason = d.pop("reason", UNSET)

        session_id = d.pop("sessionId", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: TranscribeConfigStatusMessageConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = TranscribeConfigStatusMessageConfiguration.from_dict(_configuration)

        transcribe_config_status_message = cls(
            type_=type_,
            reason=reason,
            session_id=session_id,
            configuration=configuration,
        )

        transcribe_config_status_message.additional_properties = d
        return transcribe_config_status_message

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


from ..models.transcribe_config_status_message_configuration import TranscribeConfigStatusMessageConfiguration  # noqa: E402  (corti-interactions: see the top)
