from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_source_enum import CommonSourceEnum
from ..types import Unset

T = TypeVar("T", bound="FactsBatchUpdateItem")


@_attrs_define
class FactsBatchUpdateItem:
    """A fact, as it is after an update.

    Attributes:
        id (str): The fact's id.
        text (str): The fact.
        group (str): Its group's key.
        group_id (UUID): Its group's id.
        source (CommonSourceEnum | str): Where a fact comes from; a value unknown to this client is kept as a string.
        is_discarded (bool): Whether it is discarded.
        created_at (datetime.datetime): When it was created.
        updated_at (datetime.datetime): When it was last updated.
    """

    id: str
    text: str
    group: str
    group_id: UUID
    source: CommonSourceEnum | str
    is_discarded: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "text": "text",
        "group": "group",
        "group_id": "groupId",
        "source": "source",
        "is_discarded": "isDiscarded",
        "created_at": "createdAt",
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

        group_id = str(self.group_id)

        source: str
        if isinstance(self.source, CommonSourceEnum):
            source = self.source.value
        else:
            source = self.source

        is_discarded = self.is_discarded

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "group": group,
                "groupId": group_id,
                "source": source,
                "isDiscarded": is_discarded,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        group = d.pop("group")

        group_id = UUID(d.pop("groupId"))

        source = d.pop("source")
        if isinstance(source, str):
            try:
                componentsschemas_common_source_response_type_0 = CommonSourceEnum(source)

                source = componentsschemas_common_source_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        is_discarded = d.pop("isDiscarded")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        facts_batch_update_item = cls(
            id=id,
            text=text,
            group=group,
            group_id=group_id,
            source=source,
            is_discarded=is_discarded,
            created_at=created_at,
            updated_at=updated_at,
        )

        facts_batch_update_item.additional_properties = d
        return facts_batch_update_item

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
