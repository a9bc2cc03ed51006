from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_source_enum import CommonSourceEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="FactsCreateItem")


@_attrs_define
class FactsCreateItem:
    """A fact added.

    Attributes:
        id (str | Unset): The fact's id.
        text (str | Unset): The fact.
        group (str | Unset): Its group's key.
        group_id (UUID | Unset): Its group's id.
        source (CommonSourceEnum | str | Unset): Where a fact comes from; a value unknown to this client is kept as a
            string.
        is_discarded (bool | Unset): Whether it is discarded.
        updated_at (datetime.datetime | Unset): When it was last updated.
    """

    id: str | Unset = UNSET
    text: str | Unset = UNSET
    group: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    source: CommonSourceEnum | str | Unset = UNSET
    is_discarded: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "text": "text",
        "group": "group",
        "group_id": "groupId",
        "source": "source",
        "is_discarded": "isDiscarded",
        "updated_at": "updatedAt",
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

        text = self.text

        group = self.group

        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        source: str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CommonSourceEnum):
            source = self.source.value
        else:
            source = self.source

        is_discarded = self.is_discarded

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if group is not UNSET:
            field_dict["group"] = group
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if source is not UNSET:
            field_dict["source"] = source
        if is_discarded is not UNSET:
            field_dict["isDiscarded"] = is_discarded
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        group = d.pop("group", UNSET)

        _group_id = d.pop("groupId", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        source = d.pop("source", UNSET)
        if not isinstance(source, Unset) and isinstance(source, str):
            try:
                componentsschemas_common_source_response_type_0 = CommonSourceEnum(source)

                source = componentsschemas_common_source_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        is_discarded = d.pop("isDiscarded", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        facts_create_item = cls(
            id=id,
            text=text,
            group=group,
            group_id=group_id,
            source=source,
            is_discarded=is_discarded,
            updated_at=updated_at,
        )

        facts_create_item.additional_properties = d
        return facts_create_item

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
