from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedTemplatesVersionGeneration")


@_attrs_define
class GuidedTemplatesVersionGeneration:
    """A template version's instructions and sections (Corti's scratch form types the same two fields; every field
    optional, inherited when left out).

        Attributes:
            instructions (GuidedTemplateInstructionsPartial | Unset): Template-level instructions, optional (inherited when
                left out).
            sections (list[GuidedTemplatesVersionSectionRequest] | Unset): The sections, by id.
    """

    instructions: GuidedTemplateInstructionsPartial | Unset = UNSET
    sections: list[GuidedTemplatesVersionSectionRequest] | Unset = UNSET
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
        instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = self.instructions.to_dict()

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _instructions = d.pop("instructions", UNSET)
        instructions: GuidedTemplateInstructionsPartial | Unset
        if isinstance(_instructions, Unset):
            instructions = UNSET
        else:
            instructions = GuidedTemplateInstructionsPartial.from_dict(_instructions)

        _sections = d.pop("sections", UNSET)
        sections: list[GuidedTemplatesVersionSectionRequest] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = GuidedTemplatesVersionSectionRequest.from_dict(sections_item_data)

                sections.append(sections_item)

        guided_templates_version_generation = cls(
            instructions=instructions,
            sections=sections,
        )

        guided_templates_version_generation.additional_properties = d
        return guided_templates_version_generation

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
from ..models.guided_templates_version_section_request import GuidedTemplatesVersionSectionRequest  # noqa: E402  (corti-interactions: see the top)
