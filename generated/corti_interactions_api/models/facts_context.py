from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_source_enum import CommonSourceEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="FactsContext")


@_attrs_define
class FactsContext:
    """A fact given as context.

    Attributes:
        text (str): The fact.
        group (str | Unset): Its group's key.
        source (CommonSourceEnum | Unset): Where a fact comes from.
    """

    text: str
    group: str | Unset = UNSET
    source: CommonSourceEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "text": "text",
        "group": "group",
        "source": "source",
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        group = d.pop("group", UNSET)

        _source = d.pop("source", UNSET)
        source: CommonSourceEnum | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CommonSourceEnum(_source)

        facts_context = cls(
            text=text,
            group=group,
            source=source,
        )

        facts_context.additional_properties = d
        return facts_context

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
