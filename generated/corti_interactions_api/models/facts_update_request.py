from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_source_enum import CommonSourceEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="FactsUpdateRequest")


@_attrs_define
class FactsUpdateRequest:
    """The fields of a fact to update; all optional.

    Attributes:
        text (str | Unset): The new text.
        group (str | Unset): The new group key.
        source (CommonSourceEnum | Unset): Where a fact comes from.
        is_discarded (bool | Unset): Discard (or restore) the fact.
    """

    text: str | Unset = UNSET
    group: str | Unset = UNSET
    source: CommonSourceEnum | Unset = UNSET
    is_discarded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "text": "text",
        "group": "group",
        "source": "source",
        "is_discarded": "isDiscarded",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        group = self.group

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        is_discarded = self.is_discarded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if group is not UNSET:
            field_dict["group"] = group
        if source is not UNSET:
            field_dict["source"] = source
        if is_discarded is not UNSET:
            field_dict["isDiscarded"] = is_discarded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        group = d.pop("group", UNSET)

        _source = d.pop("source", UNSET)
        source: CommonSourceEnum | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommonSourceEnum(_source)

        is_discarded = d.pop("isDiscarded", UNSET)

        facts_update_request = cls(
            text=text,
            group=group,
            source=source,
            is_discarded=is_discarded,
        )

        facts_update_request.additional_properties = d
        return facts_update_request

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
