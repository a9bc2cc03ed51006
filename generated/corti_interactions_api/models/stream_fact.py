from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamFact")


@_attrs_define
class StreamFact:
    """One fact, as the stream reports it (also listed by the interaction's facts).

    Attributes:
        id (str): The fact's id.
        text (str): The fact.
        group (str | Unset): Its fact group, e.g. `allergies`.
        group_id (str | Unset): The fact group's id.
        is_discarded (bool | Unset): Whether the fact was discarded.
        source (str | Unset): Who made it (`core`, `system` or `user`).
        created_at (str | Unset): When it was made (ISO 8601).
        updated_at (str | Unset): When it last changed (ISO 8601).
    """

    id: str
    text: str
    group: str | Unset = UNSET
    group_id: str | Unset = UNSET
    is_discarded: bool | Unset = UNSET
    source: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "text": "text",
        "group": "group",
        "group_id": "groupId",
        "is_discarded": "isDiscarded",
        "source": "source",
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

        group_id = self.group_id

        is_discarded = self.is_discarded

        source = self.source

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if is_discarded is not UNSET:
            field_dict["isDiscarded"] = is_discarded
        if source is not UNSET:
            field_dict["source"] = source
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        group = d.pop("group", UNSET)

        group_id = d.pop("groupId", UNSET)

        is_discarded = d.pop("isDiscarded", UNSET)

        source = d.pop("source", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        stream_fact = cls(
            id=id,
            text=text,
            group=group,
            group_id=group_id,
            is_discarded=is_discarded,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
        )

        stream_fact.additional_properties = d
        return stream_fact

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
