from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FactsFactGroupsItem")


@_attrs_define
class FactsFactGroupsItem:
    """A fact group.

    Attributes:
        id (UUID | Unset): The group's id.
        key (str | Unset): The group's key, e.g. `medications`.
        translations (list[FactsFactGroupsItemTranslationsItem] | Unset): Its names by language.
    """

    id: UUID | Unset = UNSET
    key: str | Unset = UNSET
    translations: list[FactsFactGroupsItemTranslationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "key": "key",
        "translations": "translations",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        key = self.key

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        key = d.pop("key", UNSET)

        _translations = d.pop("translations", UNSET)
        translations: list[FactsFactGroupsItemTranslationsItem] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = FactsFactGroupsItemTranslationsItem.from_dict(translations_item_data)

                translations.append(translations_item)

        facts_fact_groups_item = cls(
            id=id,
            key=key,
            translations=translations,
        )

        facts_fact_groups_item.additional_properties = d
        return facts_fact_groups_item

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


from ..models.facts_fact_groups_item_translations_item import FactsFactGroupsItemTranslationsItem  # noqa: E402  (corti-interactions: see the top)
