from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guided_string_node_type import GuidedStringNodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedStringNode")


@_attrs_define
class GuidedStringNode:
    """A text output.

    Attributes:
        type_ (GuidedStringNodeType): Always `string`.
        description (str | Unset): Guides the model in what to output for this node.
        default (None | str | Unset): Used when nothing is output; one of `enum` when that is set.
        enum (list[str] | Unset): The values allowed.
        pattern (None | str | Unset): A pattern the output must match.
    """

    type_: GuidedStringNodeType
    description: str | Unset = UNSET
    default: None | str | Unset = UNSET
    enum: list[str] | Unset = UNSET
    pattern: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "description": "description",
        "default": "default",
        "enum": "enum",
        "pattern": "pattern",
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

        description = self.description

        default: None | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        enum: list[str] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default
        if enum is not UNSET:
            field_dict["enum"] = enum
        if pattern is not UNSET:
            field_dict["pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = GuidedStringNodeType(d.pop("type"))

        description = d.pop("description", UNSET)

        default = d.pop("default", UNSET)

        enum = cast(list[str], d.pop("enum", UNSET))

        pattern = d.pop("pattern", UNSET)

        guided_string_node = cls(
            type_=type_,
            description=description,
            default=default,
            enum=enum,
            pattern=pattern,
        )

        guided_string_node.additional_properties = d
        return guided_string_node

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
