from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_config_mode_fact_generation_interval import StreamConfigModeFactGenerationInterval
from ..models.stream_config_mode_type import StreamConfigModeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamConfigMode")


@_attrs_define
class StreamConfigMode:
    """What the stream produces besides transcripts.

    Attributes:
        type_ (StreamConfigModeType): `facts` also extracts facts as the consultation goes.
        output_locale (str | Unset): The language of the facts, e.g. `en`.
        fact_generation_interval (StreamConfigModeFactGenerationInterval | Unset): `fixed` (about a minute apart, the
            default) or `fast_init` (sooner at first).
    """

    type_: StreamConfigModeType
    output_locale: str | Unset = UNSET
    fact_generation_interval: StreamConfigModeFactGenerationInterval | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "output_locale": "outputLocale",
        "fact_generation_interval": "factGenerationInterval",
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

        output_locale = self.output_locale

        fact_generation_interval: str | Unset = UNSET
        if not isinstance(self.fact_generation_interval, Unset):
            fact_generation_interval = self.fact_generation_interval.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if output_locale is not UNSET:
            field_dict["outputLocale"] = output_locale
        if fact_generation_interval is not UNSET:
            field_dict["factGenerationInterval"] = fact_generation_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = StreamConfigModeType(d.pop("type"))

        output_locale = d.pop("outputLocale", UNSET)

        _fact_generation_interval = d.pop("factGenerationInterval", UNSET)
        fact_generation_interval: StreamConfigModeFactGenerationInterval | Unset
        if isinstance(_fact_generation_interval, Unset):
            fact_generation_interval = UNSET
        else:
            fact_generation_interval = StreamConfigModeFactGenerationInterval(_fact_generation_interval)

        stream_config_mode = cls(
            type_=type_,
            output_locale=output_locale,
            fact_generation_interval=fact_generation_interval,
        )

        stream_config_mode.additional_properties = d
        return stream_config_mode

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
