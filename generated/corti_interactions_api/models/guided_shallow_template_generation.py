from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedShallowTemplateGeneration")


@_attrs_define
class GuidedShallowTemplateGeneration:
    """A raw template version's instructions and section ids (`instructions` optional here: a template made without them
    has none, inferred).

        Attributes:
            sections (list[GuidedTemplateVersionSectionRef]): Its sections, by id, in order.
            instructions (GuidedTemplateInstructionsPartial | Unset): Template-level instructions, optional (inherited when
                left out).
    """

    sections: list[GuidedTemplateVersionSectionRef]
    instructions: GuidedTemplateInstructionsPartial | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "sections": "sections",
        "instructions": "instructions",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = self.instructions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sections": sections,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = GuidedTemplateVersionSectionRef.from_dict(sections_item_data)

            sections.append(sections_item)

        _instructions = d.pop("instructions", UNSET)
        instructions: GuidedTemplateInstructionsPartial | Unset
        if isinstance(_instructions, Unset):
            instructions = UNSET
        else:
            instructions = GuidedTemplateInstructionsPartial.from_dict(_instructions)

        guided_shallow_template_generation = cls(
            sections=sections,
            instructions=instructions,
        )

        guided_shallow_template_generation.additional_properties = d
        return guided_shallow_template_generation

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


from ..models.guided_template_instructions_partial import GuidedTemplateInstructionsPartial  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_template_version_section_ref import GuidedTemplateVersionSectionRef  # noqa: E402  (corti-interactions: see the top)
