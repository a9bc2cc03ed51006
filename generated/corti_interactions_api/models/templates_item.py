from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.templates_documentation_mode_enum import TemplatesDocumentationModeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplatesItem")


@_attrs_define
class TemplatesItem:
    """A document template.

    Attributes:
        name (str): Its name.
        description (str): What it is for.
        key (str): Its key (for templateKey).
        status (str): Its status, e.g. `published` (a free string).
        template_sections (list[TemplatesSectionSorted]): Its sections, with their positions.
        translations (list[TemplatesTranslation]): Its names by language.
        updated_at (datetime.datetime | None | Unset): When it was last updated.
        additional_instructions (None | str | Unset): Instructions for the whole document.
        documentation_mode (str | TemplatesDocumentationModeEnum | Unset): How the sections are written; a value unknown
            to this client is kept as a string.
    """

    name: str
    description: str
    key: str
    status: str
    template_sections: list[TemplatesSectionSorted]
    translations: list[TemplatesTranslation]
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_instructions: None | str | Unset = UNSET
    documentation_mode: str | TemplatesDocumentationModeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "key": "key",
        "status": "status",
        "template_sections": "templateSections",
        "translations": "translations",
        "updated_at": "updatedAt",
        "additional_instructions": "additionalInstructions",
        "documentation_mode": "documentationMode",
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

        description = self.description

        key = self.key

        status = self.status

        template_sections = []
        for template_sections_item_data in self.template_sections:
            template_sections_item = template_sections_item_data.to_dict()
            template_sections.append(template_sections_item)

        translations = []
        for translations_item_data in self.translations:
            translations_item = translations_item_data.to_dict()
            translations.append(translations_item)

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        additional_instructions: None | str | Unset
        if isinstance(self.additional_instructions, Unset):
            additional_instructions = UNSET
        else:
            additional_instructions = self.additional_instructions

        documentation_mode: str | Unset
        if isinstance(self.documentation_mode, Unset):
            documentation_mode = UNSET
        elif isinstance(self.documentation_mode, TemplatesDocumentationModeEnum):
            documentation_mode = self.documentation_mode.value
        else:
            documentation_mode = self.documentation_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "key": key,
                "status": status,
                "templateSections": template_sections,
                "translations": translations,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if additional_instructions is not UNSET:
            field_dict["additionalInstructions"] = additional_instructions
        if documentation_mode is not UNSET:
            field_dict["documentationMode"] = documentation_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        key = d.pop("key")

        status = d.pop("status")

        template_sections = []
        _template_sections = d.pop("templateSections")
        for template_sections_item_data in _template_sections:
            template_sections_item = TemplatesSectionSorted.from_dict(template_sections_item_data)

            template_sections.append(template_sections_item)

        translations = []
        _translations = d.pop("translations")
        for translations_item_data in _translations:
            translations_item = TemplatesTranslation.from_dict(translations_item_data)

            translations.append(translations_item)

        updated_at = d.pop("updatedAt", UNSET)
        if updated_at is not None and not isinstance(updated_at, Unset) and isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        additional_instructions = d.pop("additionalInstructions", UNSET)

        documentation_mode = d.pop("documentationMode", UNSET)
        if not isinstance(documentation_mode, Unset) and isinstance(documentation_mode, str):
            try:
                componentsschemas_templates_documentation_mode_response_type_0 = TemplatesDocumentationModeEnum(
                    documentation_mode
                )

                documentation_mode = componentsschemas_templates_documentation_mode_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        templates_item = cls(
            name=name,
            description=description,
            key=key,
            status=status,
            template_sections=template_sections,
            translations=translations,
            updated_at=updated_at,
            additional_instructions=additional_instructions,
            documentation_mode=documentation_mode,
        )

        templates_item.additional_properties = d
        return templates_item

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


from ..models.templates_section_sorted import TemplatesSectionSorted  # noqa: E402  (corti-interactions: see the top)
from ..models.templates_translation import TemplatesTranslation  # noqa: E402  (corti-interactions: see the top)
