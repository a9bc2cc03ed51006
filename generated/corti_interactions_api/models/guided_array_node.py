from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guided_array_node_type import GuidedArrayNodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedArrayNode")


@_attrs_define
class GuidedArrayNode:
    """A list output.

    Attributes:
        type_ (GuidedArrayNodeType): Always `array`.
        items (GuidedArrayNode | GuidedBoolNode | GuidedNumberNode | GuidedObjectNode | GuidedStringNode): What the
            model outputs for a section (or a field of it); its `type` says which node.
        description (str | Unset): Guides the model in what to output for this node.
        item_format (str | Unset): How each item is rendered, with an `{item}` placeholder (or a preset such as
            `numbered`).
        min_items (float | None | Unset): The fewest items.
        max_items (float | None | Unset): The most items.
    """

    type_: GuidedArrayNodeType
    items: GuidedArrayNode | GuidedBoolNode | GuidedNumberNode | GuidedObjectNode | GuidedStringNode
    description: str | Unset = UNSET
    item_format: str | Unset = UNSET
    min_items: float | None | Unset = UNSET
    max_items: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "items": "items",
        "description": "description",
        "item_format": "itemFormat",
        "min_items": "minItems",
        "max_items": "maxItems",
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

        items: dict[str, Any]
        if isinstance(self.items, GuidedStringNode):
            items = self.items.to_dict()
        elif isinstance(self.items, GuidedNumberNode):
            items = self.items.to_dict()
        elif isinstance(self.items, GuidedBoolNode):
            items = self.items.to_dict()
        elif isinstance(self.items, GuidedArrayNode):
            items = self.items.to_dict()
        else:
            items = self.items.to_dict()

        description = self.description

        item_format = self.item_format

        min_items: float | None | Unset
        if isinstance(self.min_items, Unset):
            min_items = UNSET
        else:
            min_items = self.min_items

        max_items: float | None | Unset
        if isinstance(self.max_items, Unset):
            max_items = UNSET
        else:
            max_items = self.max_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "items": items,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if item_format is not UNSET:
            field_dict["itemFormat"] = item_format
        if min_items is not UNSET:
            field_dict["minItems"] = min_items
        if max_items is not UNSET:
            field_dict["maxItems"] = max_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = GuidedArrayNodeType(d.pop("type"))

        def _parse_items(
            data: object,
        ) -> GuidedArrayNode | GuidedBoolNode | GuidedNumberNode | GuidedObjectNode | GuidedStringNode:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_guided_output_schema_type_0 = GuidedStringNode.from_dict(data)

                return componentsschemas_guided_output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_guided_output_schema_type_1 = GuidedNumberNode.from_dict(data)

                return componentsschemas_guided_output_schema_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_guided_output_schema_type_2 = GuidedBoolNode.from_dict(data)

                return componentsschemas_guided_output_schema_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_guided_output_schema_type_3 = GuidedArrayNode.from_dict(data)

                return componentsschemas_guided_output_schema_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_guided_output_schema_type_4 = GuidedObjectNode.from_dict(data)

            return componentsschemas_guided_output_schema_type_4

        items = _parse_items(d.pop("items"))

        description = d.pop("description", UNSET)

        item_format = d.pop("itemFormat", UNSET)

        min_items = d.pop("minItems", UNSET)

        max_items = d.pop("maxItems", UNSET)

        guided_array_node = cls(
            type_=type_,
            items=items,
            description=description,
            item_format=item_format,
            min_items=min_items,
            max_items=max_items,
        )

        guided_array_node.additional_properties = d
        return guided_array_node

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


from ..models.guided_bool_node import GuidedBoolNode  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_number_node import GuidedNumberNode  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_object_node import GuidedObjectNode  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_string_node import GuidedStringNode  # noqa: E402  (corti-interactions: see the top)
