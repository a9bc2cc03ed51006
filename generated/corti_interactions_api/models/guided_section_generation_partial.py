from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedSectionGenerationPartial")


@_attrs_define
class GuidedSectionGenerationPartial:
    """A section's generation where every field is optional: what is left out is inherited (prompts per field,
    `outputSchema` whole).

        Attributes:
            heading (str | Unset): The section's heading.
            instructions (GuidedSectionInstructionsPartial | Unset): A section's prompts, each optional (inherited when left
                out).
            output_schema (GuidedArrayNode | GuidedBoolNode | GuidedNumberNode | GuidedObjectNode | GuidedStringNode |
                Unset): What the model outputs for a section (or a field of it); its `type` says which node.
    """

    heading: str | Unset = UNSET
    instructions: GuidedSectionInstructionsPartial | Unset = UNSET
    output_schema: GuidedArrayNode | GuidedBoolNode | GuidedNumberNode | GuidedObjectNode | GuidedStringNode | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "heading": "heading",
        "instructions": "instructions",
        "output_schema": "outputSchema",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        heading = self.heading

        instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = self.instructions.to_dict()

        output_schema: dict[str, Any] | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, GuidedStringNode):
            output_schema = self.output_schema.to_dict()
        elif isinstance(self.output_schema, GuidedNumberNode):
            output_schema = self.output_schema.to_dict()
        elif isinstance(self.output_schema, GuidedBoolNode):
            output_schema = self.output_schema.to_dict()
        elif isinstance(self.output_schema, GuidedArrayNode):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heading is not UNSET:
            field_dict["heading"] = heading
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        heading = d.pop("heading", UNSET)

        _instructions = d.pop("instructions", UNSET)
        instructions: GuidedSectionInstructionsPartial | Unset
        if isinstance(_instructions, Unset):
            instructions = UNSET
        else:
            instructions = GuidedSectionInstructionsPartial.from_dict(_instructions)

        def _parse_output_schema(
            data: object,
        ) -> GuidedArrayNode | GuidedBoolNode | GuidedNumberNode | GuidedObjectNode | GuidedStringNode | Unset:
            if isinstance(data, Unset):
                return data
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

        output_schema = _parse_output_schema(d.pop("outputSchema", UNSET))

        guided_section_generation_partial = cls(
            heading=heading,
            instructions=instructions,
            output_schema=output_schema,
        )

        guided_section_generation_partial.additional_properties = d
        return guided_section_generation_partial

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
from ..models.guided_section_instructions_partial import GuidedSectionInstructionsPartial  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_string_node import GuidedStringNode  # noqa: E402  (corti-interactions: see the top)
