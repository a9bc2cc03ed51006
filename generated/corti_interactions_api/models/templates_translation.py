from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplatesTranslation")


@_attrs_define
class TemplatesTranslation:
    """A template's name in one language.

    Attributes:
        language_id (str): The language.
        name (str | Unset): The name.
        description (str | Unset): The description.
    """

    language_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "language_id": "languageId",
        "name": "name",
        "description": "description",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        language_id = self.language_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "languageId": language_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language_id = d.pop("languageId")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        templates_translation = cls(
            language_id=language_id,
            name=name,
            description=description,
        )

        templates_translation.additional_properties = d
        return templates_translation

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
