from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FactsBatchUpdateInput")


@_attrs_define
class FactsBatchUpdateInput:
    """The update of one fact.

    Attributes:
        fact_id (str): The fact to update.
        is_discarded (bool | Unset): Discard (or restore) the fact.
        text (str | Unset): The new text.
        group (str | Unset): The new group key.
    """

    fact_id: str
    is_discarded: bool | Unset = UNSET
    text: str | Unset = UNSET
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "fact_id": "factId",
        "is_discarded": "isDiscarded",
        "text": "text",
        "group": "group",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        fact_id = self.fact_id

        is_discarded = self.is_discarded

        text = self.text

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "factId": fact_id,
            }
        )
        if is_discarded is not UNSET:
            field_dict["isDiscarded"] = is_discarded
        if text is not UNSET:
            field_dict["text"] = text
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fact_id = d.pop("factId")

        is_discarded = d.pop("isDiscarded", UNSET)

        text = d.pop("text", UNSET)

        group = d.pop("group", UNSET)

        facts_batch_update_input = cls(
            fact_id=fact_id,
            is_discarded=is_discarded,
            text=text,
            group=group,
        )

        facts_batch_update_input.additional_properties = d
        return facts_batch_update_input

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
