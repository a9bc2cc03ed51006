from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="FactsExtractResponse")


@_attrs_define
class FactsExtractResponse:
    """The facts found in a text.

    Attributes:
        facts (list[FactsExtractResponseFactsItem]): The facts.
        output_language (str): Their language.
        usage_info (CommonUsageInfo): What a request cost.
    """

    facts: list[FactsExtractResponseFactsItem]
    output_language: str
    usage_info: CommonUsageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "facts": "facts",
        "output_language": "outputLanguage",
        "usage_info": "usageInfo",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        facts = []
        for facts_item_data in self.facts:
            facts_item = facts_item_data.to_dict()
            facts.append(facts_item)

        output_language = self.output_language

        usage_info = self.usage_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facts": facts,
                "outputLanguage": output_language,
                "usageInfo": usage_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        facts = []
        _facts = d.pop("facts")
        for facts_item_data in _facts:
            facts_item = FactsExtractResponseFactsItem.from_dict(facts_item_data)

            facts.append(facts_item)

        output_language = d.pop("outputLanguage")

        usage_info = CommonUsageInfo.from_dict(d.pop("usageInfo"))

        facts_extract_response = cls(
            facts=facts,
            output_language=output_language,
            usage_info=usage_info,
        )

        facts_extract_response.additional_properties = d
        return facts_extract_response

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


from ..models.common_usage_info import CommonUsageInfo  # noqa: E402  (corti-interactions: see the top)
from ..models.facts_extract_response_facts_item import FactsExtractResponseFactsItem  # noqa: E402  (corti-interactions: see the top)
