from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedSectionInstructionsPartial")


@_attrs_define
class GuidedSectionInstructionsPartial:
    """A section's prompts, each optional (inherited when left out).

    Attributes:
        content_prompt (str | Unset): What the section contains.
        writing_style_prompt (str | Unset): How it is written.
        misc_prompt (str | Unset): Anything else.
    """

    content_prompt: str | Unset = UNSET
    writing_style_prompt: str | Unset = UNSET
    misc_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "content_prompt": "contentPrompt",
        "writing_style_prompt": "writingStylePrompt",
        "misc_prompt": "miscPrompt",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        content_prompt = self.content_prompt

        writing_style_prompt = self.writing_style_prompt

        misc_prompt = self.misc_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_prompt is not UNSET:
            field_dict["contentPrompt"] = content_prompt
        if writing_style_prompt is not UNSET:
            field_dict["writingStylePrompt"] = writing_style_prompt
        if misc_prompt is not UNSET:
            field_dict["miscPrompt"] = misc_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_prompt = d.pop("contentPrompt", UNSET)

        writing_style_prompt = d.pop("writingStylePrompt", UNSET)

        misc_prompt = d.pop("miscPrompt", UNSET)

        guided_section_instructions_partial = cls(
            content_prompt=content_prompt,
            writing_style_prompt=writing_style_prompt,
            misc_prompt=misc_prompt,
        )

        guided_section_instructions_partial.additional_properties = d
        return guided_section_instructions_partial

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
