from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_facts_context_type import CommonFactsContextType
from ..types import Unset

T = TypeVar("T", bound="CommonFactsContext")


@_attrs_define
class CommonFactsContext:
    """Facts as context.

    Attributes:
        type_ (CommonFactsContextType): Always `facts`.
        facts (list[CommonFactsContextFactsItem]): The facts.
    """

    type_: CommonFactsContextType
    facts: list[CommonFactsContextFactsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "facts": "facts",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        facts = []
        for facts_item_data in self.facts:
            facts_item = facts_item_data.to_dict()
            facts.append(facts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "facts": facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CommonFactsContextType(d.pop("type"))

        facts = []
        _facts = d.pop("facts")
        for facts_item_data in _facts:
            facts_item = CommonFactsContextFactsItem.from_dict(facts_item_data)

            facts.append(facts_item)

        common_facts_context = cls(
            type_=type_,
            facts=facts,
        )

        common_facts_context.additional_properties = d
        return common_facts_context

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


from ..models.common_facts_context_facts_item import CommonFactsContextFactsItem  # noqa: E402  (corti-interactions: see the top)
