from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedEphemeralDocument")


@_attrs_define
class GuidedEphemeralDocument:
    """A generated document that was not saved (no `id`).

    Attributes:
        name (str): Its name.
        template_id (str): The template used (for a `templateRef` without overrides the one named; else the auto-
            generated one).
        template_version_id (str): The template version used.
        output_language (str): Its language.
        string_document (GuidedEphemeralDocumentStringDocument): The rendered text, by section id.
        labels (list[GuidedLabel]): Its labels.
        interaction_id (None | str | Unset): The interaction it was made from, if any.
        structured_document (GuidedEphemeralDocumentStructuredDocumentType0 | None | Unset): The structured output, by
            section id.
        sections (list[GuidedDocumentSection] | Unset): Every section of the template version, in order, empty ones
            included.
    """

    name: str
    template_id: str
    template_version_id: str
    output_language: str
    string_document: GuidedEphemeralDocumentStringDocument
    labels: list[GuidedLabel]
    interaction_id: None | str | Unset = UNSET
    structured_document: GuidedEphemeralDocumentStructuredDocumentType0 | None | Unset = UNSET
    sections: list[GuidedDocumentSection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "template_id": "templateId",
        "template_version_id": "templateVersionId",
        "output_language": "outputLanguage",
        "string_document": "stringDocument",
        "labels": "labels",
        "interaction_id": "interactionId",
        "structured_document": "structuredDocument",
        "sections": "sections",
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

        template_id = self.template_id

        template_version_id = self.template_version_id

        output_language = self.output_language

        string_document = self.string_document.to_dict()

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id

        structured_document: dict[str, Any] | None | Unset
        if isinstance(self.structured_document, Unset):
            structured_document = UNSET
        elif isinstance(self.structured_document, GuidedEphemeralDocumentStructuredDocumentType0):
            structured_document = self.structured_document.to_dict()
        else:
            structured_document = self.structured_document

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "templateId": template_id,
                "templateVersionId": template_version_id,
                "outputLanguage": output_language,
                "stringDocument": string_document,
                "labels": labels,
            }
        )
        if interaction_id is not UNSET:
            field_dict["interactionId"] = interaction_id
        if structured_document is not UNSET:
            field_dict["structuredDocument"] = structured_document
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        template_id = d.pop("templateId")

        template_version_id = d.pop("templateVersionId")

        output_language = d.pop("outputLanguage")

        string_document = GuidedEphemeralDocumentStringDocument.from_dict(d.pop("stringDocument"))

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = GuidedLabel.from_dict(labels_item_data)

            labels.append(labels_item)

        interaction_id = d.pop("interactionId", UNSET)

        structured_document = d.pop("structuredDocument", UNSET)
        if (
            structured_document is not None
            and not isinstance(structured_document, Unset)
            and isinstance(structured_document, dict)
        ):
            try:
                structured_document_type_0 = GuidedEphemeralDocumentStructuredDocumentType0.from_dict(
                    structured_document
                )

                structured_document = structured_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _sections = d.pop("sections", UNSET)
        sections: list[GuidedDocumentSection] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = GuidedDocumentSection.from_dict(sections_item_data)

                sections.append(sections_item)

        guided_ephemeral_document = cls(
            name=name,
            template_id=template_id,
            template_version_id=template_version_id,
            output_language=output_language,
            string_document=string_document,
            labels=labels,
            interaction_id=interaction_id,
            structured_document=structured_document,
            sections=sections,
        )

        guided_ephemeral_document.additional_properties = d
        return guided_ephemeral_document

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


from ..models.guided_document_section import GuidedDocumentSection  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_ephemeral_document_string_document import GuidedEphemeralDocumentStringDocument  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_ephemeral_document_structured_document_type_0 import GuidedEphemeralDocumentStructuredDocumentType0  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_label import GuidedLabel  # noqa: E402  (corti-interactions: see the top)
