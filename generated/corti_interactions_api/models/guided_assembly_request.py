from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedAssemblyRequest")


@_attrs_define
class GuidedAssemblyRequest:
    """Stored sections, in order, assembled for this call.

    Attributes:
        name (str): The name of the auto-generated template.
        section_refs (list[GuidedAssemblySectionRef]): The sections, in document order.
        instructions (GuidedTemplateInstructions | Unset): Template-level prompt instructions that apply to all
            sections.
    """

    name: str
    section_refs: list[GuidedAssemblySectionRef]
    instructions: GuidedTemplateInstructions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "section_refs": "sectionRefs",
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
        name = self.name

        section_refs = []
        for section_refs_item_data in self.section_refs:
            section_refs_item = section_refs_item_data.to_dict()
            section_refs.append(section_refs_item)

        instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = self.instructions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "sectionRefs": section_refs,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        section_refs = []
        _section_refs = d.pop("sectionRefs")
        for section_refs_item_data in _section_refs:
            section_refs_item = GuidedAssemblySectionRef.from_dict(section_refs_item_data)

            section_refs.append(section_refs_item)

        _instructions = d.pop("instructions", UNSET)
        instructions: GuidedTemplateInstructions | Unset
        if isinstance(_instructions, Unset):
            instructions = UNSET
        else:
            instructions = GuidedTemplateInstructions.from_dict(_instructions)

        guided_assembly_request = cls(
            name=name,
            section_refs=section_refs,
            instructions=instructions,
        )

        guided_assembly_request.additional_properties = d
        return guided_assembly_request

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


from ..models.guided_assembly_section_ref import GuidedAssemblySectionRef  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_template_instructions import GuidedTemplateInstructions  # noqa: E402  (corti-interactions: see the top)
