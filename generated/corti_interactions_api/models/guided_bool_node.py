from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guided_bool_node_type import GuidedBoolNodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedBoolNode")


@_attrs_define
class GuidedBoolNode:
    """A true/false output.

    Attributes:
        type_ (GuidedBoolNodeType): Always `boolean`.
        description (str | Unset): Guides the model in what to output for this node.
        default (bool | None | Unset): Used when nothing is output.
    """

    type_: GuidedBoolNodeType
    description: str | Unset = UNSET
    default: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "description": "description",
        "default": "default",
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

        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = GuidedBoolNodeType(d.pop("type"))

        description = d.pop("description", UNSET)

        default = d.pop("default", UNSET)

        guided_bool_node = cls(
            type_=type_,
            description=description,
            default=default,
        )

        guided_bool_node.additional_properties = d
        return guided_bool_node

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
