from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedDocumentsGenerateByDynamicForInteraction")


@_attrs_define
class GuidedDocumentsGenerateByDynamicForInteraction:
    """A template written inline, from an interaction's facts and transcripts.

    Attributes:
        output_language (str): The document's language (BCP 47, e.g. `en`).
        interaction_id (UUID): The interaction whose facts (not discarded ones) and transcripts are the context.
        dynamic_template (GuidedDynamicRequest): A template written inline (its sections and itself are saved as auto-
            generated ones).
        labels (list[GuidedLabel] | Unset): Labels to filter documents by.
    """

    output_language: str
    interaction_id: UUID
    dynamic_template: GuidedDynamicRequest
    labels: list[GuidedLabel] | Unset = UNSET
    _json_names: ClassVar[dict[str, str]] = {
        "output_language": "outputLanguage",
        "interaction_id": "interactionId",
        "dynamic_template": "dynamicTemplate",
        "labels": "labels",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        output_language = self.output_language

        interaction_id = str(self.interaction_id)

        dynamic_template = self.dynamic_template.to_dict()

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outputLanguage": output_language,
                "interactionId": interaction_id,
                "dynamicTemplate": dynamic_template,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        output_language = d.pop("outputLanguage")

        interaction_id = UUID(d.pop("interactionId"))

        dynamic_template = GuidedDynamicRequest.from_dict(d.pop("dynamicTemplate"))

        _labels = d.pop("labels", UNSET)
        labels: list[GuidedLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = GuidedLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        guided_documents_generate_by_dynamic_for_interaction = cls(
            output_language=output_language,
            interaction_id=interaction_id,
            dynamic_template=dynamic_template,
            labels=labels,
        )

        return guided_documents_generate_by_dynamic_for_interaction


from ..models.guided_dynamic_request import GuidedDynamicRequest  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_label import GuidedLabel  # noqa: E402  (corti-interactions: see the top)
