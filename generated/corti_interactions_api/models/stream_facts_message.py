from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="StreamFactsMessage")


@_attrs_define
class StreamFactsMessage:
    """Facts extracted from the stream so far (facts mode).

    Attributes:
        type_ (Literal['facts']):
        fact (list[StreamFact]): The new or changed facts.
    """

    type_: Literal["facts"]
    fact: list[StreamFact]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "fact": "fact",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        fact = []
        for fact_item_data in self.fact:
            fact_item = fact_item_data.to_dict()
            fact.append(fact_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "fact": fact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["facts"], d.pop("type"))
        if type_ != "facts":
            raise ValueError(f"type must match const 'facts', got '{type_}'")

        fact = []
        _fact = d.pop("fact")
        for fact_item_data in _fact:
            fact_item = StreamFact.from_dict(fact_item_data)

            fact.append(fact_item)

        stream_facts_message = cls(
            type_=type_,
            fact=fact,
        )

        stream_facts_message.additional_properties = d
        return stream_facts_message

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


from ..models.stream_fact import StreamFact  # noqa: E402  (corti-interactions: see the top)
