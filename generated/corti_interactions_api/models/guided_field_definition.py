from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedFieldDefinition")


@_attrs_define
class GuidedFieldDefinition:
    """One field of an object output.

    Attributes:
        key (str): The field's key.
        description (str): What it holds (required on fields).
        value (GuidedArrayNode | GuidedBoolNode | GuidedNumberNode | GuidedObjectNode | GuidedStringNode): What the
            model outputs for a section (or a field of it); its `type` says which node.
        default (None | str | Unset): Rendered when nothing is output.
    """

    key: str
    description: str
    value: GuidedArrayNode | GuidedBoolNode | GuidedNumberNode | GuidedObjectNode | GuidedStringNode
    default: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "description": "description",
        "value": "value",
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
        key = self.key

        description = self.description

        value: dict[str, Any]
        if isinstance(self.value, GuidedStringNode):
            value = self.value.to_dict()
        elif isinstance(self.value, GuidedNumberNode):
            value = self.value.to_dict()
        elif isinstance(self.value, GuidedBoolNode):
            value = self.value.to_dict()
        elif isinstance(self.value, GuidedArrayNode):
            value = self.value.to_dict()
        else:
            value = self.value.to_dict()

        default: None | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "description": description,
                "value": value,
            }
        )
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        description = d.pop("description")

        def _parse_value(
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

        value = _parse_value(d.pop("value"))

        default = d.pop("default", UNSET)

        guided_field_definition = cls(
            key=key,
            description=description,
            value=value,
            default=default,
        )

        guided_field_definition.additional_properties = d
        return guided_field_definition

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


from ..models.guided_array_node import GuidedArrayNode  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_bool_node import GuidedBoolNode  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_number_node import GuidedNumberNode  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_object_node import GuidedObjectNode  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_string_node import GuidedStringNode  # noqa: E402  (corti-interactions: see the top)
