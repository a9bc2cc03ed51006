from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentsSectionOverride")


@_attrs_define
class DocumentsSectionOverride:
    """A catalog section and what to change in it.

    Attributes:
        key (str): The section's key.
        name_override (str | Unset): Its heading.
        writing_style_override (str | Unset): Its writing style.
        format_rule_override (str | Unset): Its format rule.
        additional_instructions_override (str | Unset): Instructions for it.
        content_override (str | Unset): What it should contain.
    """

    key: str
    name_override: str | Unset = UNSET
    writing_style_override: str | Unset = UNSET
    format_rule_override: str | Unset = UNSET
    additional_instructions_override: str | Unset = UNSET
    content_override: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "name_override": "nameOverride",
        "writing_style_override": "writingStyleOverride",
        "format_rule_override": "formatRuleOverride",
        "additional_instructions_override": "additionalInstructionsOverride",
        "content_override": "contentOverride",
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

        name_override = self.name_override

        writing_style_override = self.writing_style_override

        format_rule_override = self.format_rule_override

        additional_instructions_override = self.additional_instructions_override

        content_override = self.content_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if name_override is not UNSET:
            field_dict["nameOverride"] = name_override
        if writing_style_override is not UNSET:
            field_dict["writingStyleOverride"] = writing_style_override
        if format_rule_override is not UNSET:
            field_dict["formatRuleOverride"] = format_rule_override
        if additional_instructions_override is not UNSET:
            field_dict["additionalInstructionsOverride"] = additional_instructions_override
        if content_override is not UNSET:
            field_dict["contentOverride"] = content_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name_override = d.pop("nameOverride", UNSET)

        writing_style_override = d.pop("writingStyleOverride", UNSET)

        format_rule_override = d.pop("formatRuleOverride", UNSET)

        additional_instructions_override = d.pop("additionalInstructionsOverride", UNSET)

        content_override = d.pop("contentOverride", UNSET)

        documents_section_override = cls(
            key=key,
            name_override=name_override,
            writing_style_override=writing_style_override,
            format_rule_override=format_rule_override,
            additional_instructions_override=additional_instructions_override,
            content_override=content_override,
        )

        documents_section_override.additional_properties = d
        return documents_section_override

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
