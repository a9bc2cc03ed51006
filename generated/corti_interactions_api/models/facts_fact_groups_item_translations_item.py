from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FactsFactGroupsItemTranslationsItem")


@_attrs_define
class FactsFactGroupsItemTranslationsItem:
    """A group's name in one language.

    Attributes:
        id (int | Unset): The translation's id.
        languages_id (str | Unset): The language (snake_case on the wire, as Corti sends it).
        name (str | Unset): The name.
    """

    id: int | Unset = UNSET
    languages_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "languages_id": "languages_id",
        "name": "name",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        languages_id = self.languages_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if languages_id is not UNSET:
            field_dict["languages_id"] = languages_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        languages_id = d.pop("languages_id", UNSET)

        name = d.pop("name", UNSET)

        facts_fact_groups_item_translations_item = cls(
            id=id,
            languages_id=languages_id,
            name=name,
        )

        facts_fact_groups_item_translations_item.additional_properties = d
        return facts_fact_groups_item_translations_item

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
