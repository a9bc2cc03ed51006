from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedDocumentSection")


@_attrs_define
class GuidedDocumentSection:
    """A section of a generated document.

    Attributes:
        section_id (str): The section's id (the key of `stringDocument`).
        heading (str): Its heading at generation time, after overrides.
        labels (list[GuidedLabel] | Unset): Its labels.
    """

    section_id: str
    heading: str
    labels: list[GuidedLabel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "section_id": "sectionId",
        "heading": "heading",
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
        section_id = self.section_id

        heading = self.heading

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sectionId": section_id,
                "heading": heading,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section_id = d.pop("sectionId")

        heading = d.pop("heading")

        _labels = d.pop("labels", UNSET)
        labels: list[GuidedLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = GuidedLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        guided_document_section = cls(
            section_id=section_id,
            heading=heading,
            labels=labels,
        )

        guided_document_section.additional_properties = d
        return guided_document_section

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


from ..models.guided_label import GuidedLabel  # noqa: E402  (corti-interactions: see the top)
