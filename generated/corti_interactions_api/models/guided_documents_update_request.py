from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedDocumentsUpdateRequest")


@_attrs_define
class GuidedDocumentsUpdateRequest:
    """The fields of a document to update; all optional.

    Attributes:
        name (str | Unset): The new name.
        string_document (GuidedDocumentsUpdateRequestStringDocument | Unset): Rendered text to store, by section id.
        structured_document (GuidedDocumentsUpdateRequestStructuredDocument | Unset): Structured output to store, by
            section id.
        labels (list[GuidedLabel] | Unset): Replaces the labels (`[]` clears them; left out, they stay).
    """

    name: str | Unset = UNSET
    string_document: GuidedDocumentsUpdateRequestStringDocument | Unset = UNSET
    structured_document: GuidedDocumentsUpdateRequestStructuredDocument | Unset = UNSET
    labels: list[GuidedLabel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "string_document": "stringDocument",
        "structured_document": "structuredDocument",
        "labels": "labels",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        string_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.string_document, Unset):
            string_document = self.string_document.to_dict()

        structured_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_document, Unset):
            structured_document = self.structured_document.to_dict()

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if string_document is not UNSET:
            field_dict["stringDocument"] = string_document
        if structured_document is not UNSET:
            field_dict["structuredDocument"] = structured_document
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _string_document = d.pop("stringDocument", UNSET)
        string_document: GuidedDocumentsUpdateRequestStringDocument | Unset
        if isinstance(_string_document, Unset):
            string_document = UNSET
        else:
            string_document = GuidedDocumentsUpdateRequestStringDocument.from_dict(_string_document)

        _structured_document = d.pop("structuredDocument", UNSET)
        structured_document: GuidedDocumentsUpdateRequestStructuredDocument | Unset
        if isinstance(_structured_document, Unset):
            structured_document = UNSET
        else:
            structured_document = GuidedDocumentsUpdateRequestStructuredDocument.from_dict(_structured_document)

        _labels = d.pop("labels", UNSET)
        labels: list[GuidedLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = GuidedLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        guided_documents_update_request = cls(
            name=name,
            string_document=string_document,
            structured_document=structured_document,
            labels=labels,
        )

        guided_documents_update_request.additional_properties = d
        return guided_documents_update_request

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


from ..models.guided_documents_update_request_string_document import GuidedDocumentsUpdateRequestStringDocument  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_documents_update_request_structured_document import GuidedDocumentsUpdateRequestStructuredDocument  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_label import GuidedLabel  # noqa: E402  (corti-interactions: see the top)
