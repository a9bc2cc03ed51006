from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentsTemplateWithSections")


@_attrs_define
class DocumentsTemplateWithSections:
    """Sections of the catalog, each optionally overridden.

    Attributes:
        sections (list[DocumentsSectionOverride]): The sections, in order.
        description (str | Unset): What the document is for.
        additional_instructions_override (str | Unset): Instructions for the whole document.
    """

    sections: list[DocumentsSectionOverride]
    description: str | Unset = UNSET
    additional_instructions_override: str | Unset = UNSET
    _json_names: ClassVar[dict[str, str]] = {
        "sections": "sections",
        "description": "description",
        "additional_instructions_override": "additionalInstructionsOverride",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        description = self.description

        additional_instructions_override = self.additional_instructions_override

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sections": sections,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if additional_instructions_override is not UNSET:
            field_dict["additionalInstructionsOverride"] = additional_instructions_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = DocumentsSectionOverride.from_dict(sections_item_data)

            sections.append(sections_item)

        description = d.pop("description", UNSET)

        additional_instructions_override = d.pop("additionalInstructionsOverride", UNSET)

        documents_template_with_sections = cls(
            sections=sections,
            description=description,
            additional_instructions_override=additional_instructions_override,
        )

        return documents_template_with_sections


from ..models.documents_section_override import DocumentsSectionOverride  # noqa: E402  (corti-interactions: see the top)
