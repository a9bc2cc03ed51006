from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.templates_documentation_mode_enum import TemplatesDocumentationModeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplatesSection")


@_attrs_define
class TemplatesSection:
    """A template section.

    Attributes:
        name (str): Its name.
        key (str): Its key.
        description (str): What it holds.
        default_writing_style (TemplatesWritingStyle): A writing style.
        type_ (str): Its kind.
        translations (list[TemplatesSectionTranslation]): Its names by language.
        updated_at (datetime.datetime | None | Unset): When it was last updated.
        alternate_name (str | Unset): Another name.
        default_format_rule (TemplatesFormatRule | Unset): A format rule.
        additional_instructions (str | Unset): Instructions for it.
        content (str | Unset): What it should contain.
        documentation_mode (str | TemplatesDocumentationModeEnum | Unset): How the sections are written; a value unknown
            to this client is kept as a string.
    """

    name: str
    key: str
    description: str
    default_writing_style: TemplatesWritingStyle
    type_: str
    translations: list[TemplatesSectionTranslation]
    updated_at: datetime.datetime | None | Unset = UNSET
    alternate_name: str | Unset = UNSET
    default_format_rule: TemplatesFormatRule | Unset = UNSET
    additional_instructions: str | Unset = UNSET
    content: str | Unset = UNSET
    documentation_mode: str | TemplatesDocumentationModeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "key": "key",
        "description": "description",
        "default_writing_style": "defaultWritingStyle",
        "type_": "type",
        "translations": "translations",
        "updated_at": "updatedAt",
        "alternate_name": "alternateName",
        "default_format_rule": "defaultFormatRule",
        "additional_instructions": "additionalInstructions",
        "content": "content",
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

        key = self.key

        description = self.description

        default_writing_style = self.default_writing_style.to_dict()

        type_ = self.type_

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

        alternate_name = self.alternate_name

        default_format_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_format_rule, Unset):
            default_format_rule = self.default_format_rule.to_dict()

        additional_instructions = self.additional_instructions

        content = self.content

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
                "key": key,
                "description": description,
                "defaultWritingStyle": default_writing_style,
                "type": type_,
                "translations": translations,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if alternate_name is not UNSET:
            field_dict["alternateName"] = alternate_name
        if default_format_rule is not UNSET:
            field_dict["defaultFormatRule"] = default_format_rule
        if additional_instructions is not UNSET:
            field_dict["additionalInstructions"] = additional_instructions
        if content is not UNSET:
            field_dict["content"] = content
        if documentation_mode is not UNSET:
            field_dict["documentationMode"] = documentation_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        key = d.pop("key")

        description = d.pop("description")

        default_writing_style = TemplatesWritingStyle.from_dict(d.pop("defaultWritingStyle"))

        type_ = d.pop("type")

        translations = []
        _translations = d.pop("translations")
        for translations_item_data in _translations:
            translations_item = TemplatesSectionTranslation.from_dict(translations_item_data)

            translations.append(translations_item)

        updated_at = d.pop("updatedAt", UNSET)
        if updated_at is not None and not isinstance(updated_at, Unset) and isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        alternate_name = d.pop("alternateName", UNSET)

        _default_format_rule = d.pop("defaultFormatRule", UNSET)
        default_format_rule: TemplatesFormatRule | Unset
        if isinstance(_default_format_rule, Unset):
            default_format_rule = UNSET
        else:
            default_format_rule = TemplatesFormatRule.from_dict(_default_format_rule)

        additional_instructions = d.pop("additionalInstructions", UNSET)

        content = d.pop("content", UNSET)

        documentation_mode = d.pop("documentationMode", UNSET)
        if not isinstance(documentation_mode, Unset) and isinstance(documentation_mode, str):
            try:
                componentsschemas_templates_documentation_mode_response_type_0 = TemplatesDocumentationModeEnum(
                    documentation_mode
                )

                documentation_mode = componentsschemas_templates_documentation_mode_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        templates_section = cls(
            name=name,
            key=key,
            description=description,
            default_writing_style=default_writing_style,
            type_=type_,
            translations=translations,
            updated_at=updated_at,
            alternate_name=alternate_name,
            default_format_rule=default_format_rule,
            additional_instructions=additional_instructions,
            content=content,
            documentation_mode=documentation_mode,
        )

        templates_section.additional_properties = d
        return templates_section

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


from ..models.templates_format_rule import TemplatesFormatRule  # noqa: E402  (corti-interactions: see the top)
from ..models.templates_section_translation import TemplatesSectionTranslation  # noqa: E402  (corti-interactions: see the top)
from ..models.templates_writing_style import TemplatesWritingStyle  # noqa: E402  (corti-interactions: see the top)
