from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.documents_context_with_facts_type import DocumentsContextWithFactsType
from ..types import Unset

T = TypeVar("T", bound="DocumentsContextWithFacts")


@_attrs_define
class DocumentsContextWithFacts:
    """Facts as context.

    Attributes:
        type_ (DocumentsContextWithFactsType): Always `facts`.
        data (list[FactsContext]): The facts.
    """

    type_: DocumentsContextWithFactsType
    data: list[FactsContext]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "data": "data",
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

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DocumentsContextWithFactsType(d.pop("type"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FactsContext.from_dict(data_item_data)

            data.append(data_item)

        documents_context_with_facts = cls(
            type_=type_,
            data=data,
        )

        documents_context_with_facts.additional_properties = d
        return documents_context_with_facts

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


from ..models.facts_context import FactsContext  # noqa: E402  (corti-interactions: see the top)
