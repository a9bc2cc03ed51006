from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guided_object_node_type import GuidedObjectNodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedObjectNode")


@_attrs_define
class GuidedObjectNode:
    """An output of named fields.

    Attributes:
        type_ (GuidedObjectNodeType): Always `object`.
        description (str | Unset): Guides the model in what to output for this node.
        field_format (str | Unset): How fields are rendered: `{key}: {value}\\n` per field (the default), or a format of
            field-key placeholders applied once, e.g. `{name} ({age})`.
        fields (list[GuidedFieldDefinition] | Unset): The fields.
    """

    type_: GuidedObjectNodeType
    description: str | Unset = UNSET
    field_format: str | Unset = UNSET
    fields: list[GuidedFieldDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "description": "description",
        "field_format": "fieldFormat",
        "fields": "fields",
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

        field_format = self.field_format

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if field_format is not UNSET:
            field_dict["fieldFormat"] = field_format
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = GuidedObjectNodeType(d.pop("type"))

        description = d.pop("description", UNSET)

        field_format = d.pop("fieldFormat", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[GuidedFieldDefinition] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = GuidedFieldDefinition.from_dict(fields_item_data)

                fields.append(fields_item)

        guided_object_node = cls(
            type_=type_,
            description=description,
            field_format=field_format,
            fields=fields,
        )

        guided_object_node.additional_properties = d
        return guided_object_node

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


from ..models.guided_field_definition import GuidedFieldDefinition  # noqa: E402  (corti-interactions: see the top)
