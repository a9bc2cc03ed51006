from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="FactsExtractRequest")


@_attrs_define
class FactsExtractRequest:
    """Text to extract facts from.

    Attributes:
        context (list[CommonTextContext]): The texts.
        output_language (str): The language of the facts, e.g. `en`.
    """

    context: list[CommonTextContext]
    output_language: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "context": "context",
        "output_language": "outputLanguage",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        context = []
        for context_item_data in self.context:
            context_item = context_item_data.to_dict()
            context.append(context_item)

        output_language = self.output_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "outputLanguage": output_language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context = []
        _context = d.pop("context")
        for context_item_data in _context:
            context_item = CommonTextContext.from_dict(context_item_data)

            context.append(context_item)

        output_language = d.pop("outputLanguage")

        facts_extract_request = cls(
            context=context,
            output_language=output_language,
        )

        facts_extract_request.additional_properties = d
        return facts_extract_request

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


from ..models.common_text_context import CommonTextContext  # noqa: E402  (corti-interactions: see the top)
