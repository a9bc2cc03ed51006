from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="TranscribeConfigMessage")


@_attrs_define
class TranscribeConfigMessage:
    """The first message on `/transcribe`, sent by the client right after the socket opens.

    Attributes:
        type_ (Literal['config']):
        configuration (TranscribeConfig): How dictation is transcribed, punctuated and formatted, and its voice
            commands.
    """

    type_: Literal["config"]
    configuration: TranscribeConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
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
        type_ = self.type_

        configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "configuration": configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["config"], d.pop("type"))
        if type_ != "config":
            raise ValueError(f"type must match const 'config', got '{type_}'")

        configuration = TranscribeConfig.from_dict(d.pop("configuration"))

        transcribe_config_message = cls(
            type_=type_,
            configuration=configuration,
        )

        transcribe_config_message.additional_properties = d
        return transcribe_config_message

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


from ..models.transcribe_config import TranscribeConfig  # noqa: E402  (corti-interactions: see the top)
