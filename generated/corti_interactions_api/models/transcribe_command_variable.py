from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcribe_command_variable_type import TranscribeCommandVariableType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeCommandVariable")


@_attrs_define
class TranscribeCommandVariable:
    """A variable of a command's phrases.

    Attributes:
        key (str): Its name in the phrases, `{key}`.
        type_ (TranscribeCommandVariableType): `enum` (one of `enum`) or `wildcard` (any words).
        enum (list[str] | Unset): The values of an `enum` variable.
    """

    key: str
    type_: TranscribeCommandVariableType
    enum: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "type_": "type",
        "enum": "enum",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_ = self.type_.value

        enum: list[str] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
            }
        )
        if enum is not UNSET:
            field_dict["enum"] = enum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        type_ = TranscribeCommandVariableType(d.pop("type"))

        enum = cast(list[str], d.pop("enum", UNSET))

        transcribe_command_variable = cls(
            key=key,
            type_=type_,
            enum=enum,
        )

        transcribe_command_variable.additional_properties = d
        return transcribe_command_variable

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
