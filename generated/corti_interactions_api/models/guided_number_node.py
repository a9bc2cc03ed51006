from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guided_number_node_type import GuidedNumberNodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedNumberNode")


@_attrs_define
class GuidedNumberNode:
    """A number output.

    Attributes:
        type_ (GuidedNumberNodeType): Always `number`.
        description (str | Unset): Guides the model in what to output for this node.
        default (float | None | Unset): Used when nothing is output.
        enum (list[float] | Unset): The values allowed.
        minimum (float | None | Unset): The least value allowed.
        maximum (float | None | Unset): The greatest value allowed.
    """

    type_: GuidedNumberNodeType
    description: str | Unset = UNSET
    default: float | None | Unset = UNSET
    enum: list[float] | Unset = UNSET
    minimum: float | None | Unset = UNSET
    maximum: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "description": "description",
        "default": "default",
        "enum": "enum",
        "minimum": "minimum",
        "maximum": "maximum",
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

        default: float | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        enum: list[float] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        minimum: float | None | Unset
        if isinstance(self.minimum, Unset):
            minimum = UNSET
        else:
            minimum = self.minimum

        maximum: float | None | Unset
        if isinstance(self.maximum, Unset):
            maximum = UNSET
        else:
            maximum = self.maximum

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
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = GuidedNumberNodeType(d.pop("type"))

        description = d.pop("description", UNSET)

        default = d.pop("default", UNSET)

        enum = cast(list[float], d.pop("enum", UNSET))

        minimum = d.pop("minimum", UNSET)

        maximum = d.pop("maximum", UNSET)

        guided_number_node = cls(
            type_=type_,
            description=description,
            default=default,
            enum=enum,
            minimum=minimum,
            maximum=maximum,
        )

        guided_number_node.additional_properties = d
        return guided_number_node

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
