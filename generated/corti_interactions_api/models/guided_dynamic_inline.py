from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="GuidedDynamicInline")


@_attrs_define
class GuidedDynamicInline:
    """The inline template's instructions and sections.

    Attributes:
        instructions (GuidedTemplateInstructions): Template-level prompt instructions that apply to all sections.
        sections (list[GuidedSectionGeneration]): The sections, in order.
    """

    instructions: GuidedTemplateInstructions
    sections: list[GuidedSectionGeneration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "instructions": "instructions",
        "sections": "sections",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions.to_dict()

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
                "sections": sections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = GuidedTemplateInstructions.from_dict(d.pop("instructions"))

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = GuidedSectionGeneration.from_dict(sections_item_data)

            sections.append(sections_item)

        guided_dynamic_inline = cls(
            instructions=instructions,
            sections=sections,
        )

        guided_dynamic_inline.additional_properties = d
        return guided_dynamic_inline

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


from ..models.guided_section_generation import GuidedSectionGeneration  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_template_instructions import GuidedTemplateInstructions  # noqa: E402  (corti-interactions: see the top)
