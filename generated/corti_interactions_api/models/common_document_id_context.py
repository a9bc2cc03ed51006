from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_document_id_context_type import CommonDocumentIdContextType
from ..types import Unset

T = TypeVar("T", bound="CommonDocumentIdContext")


@_attrs_define
class CommonDocumentIdContext:
    """A document, by id, as context (a classic document's id is what Corti tests).

    Attributes:
        type_ (CommonDocumentIdContextType): Always `documentId`.
        document_id (str): The document's id.
    """

    type_: CommonDocumentIdContextType
    document_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "document_id": "documentId",
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

        document_id = self.document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "documentId": document_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CommonDocumentIdContextType(d.pop("type"))

        document_id = d.pop("documentId")

        common_document_id_context = cls(
            type_=type_,
            document_id=document_id,
        )

        common_document_id_context.additional_properties = d
        return common_document_id_context

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
