from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedDocumentsGenerateByTemplateRef")


@_attrs_define
class GuidedDocumentsGenerateByTemplateRef:
    """A stored template (optionally with overrides), from a context.

    Attributes:
        output_language (str): The document's language (BCP 47, e.g. `en`).
        context (list[CommonFactsContext | CommonTextContext | CommonTranscriptContext]): What to write from, in order.
        template_ref (GuidedTemplateRef): A stored template, optionally with overrides for this call.
        labels (list[GuidedLabel] | Unset): Labels to filter documents by.
    """

    output_language: str
    context: list[CommonFactsContext | CommonTextContext | CommonTranscriptContext]
    template_ref: GuidedTemplateRef
    labels: list[GuidedLabel] | Unset = UNSET
    _json_names: ClassVar[dict[str, str]] = {
        "output_language": "outputLanguage",
        "context": "context",
        "template_ref": "templateRef",
        "labels": "labels",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        output_language = self.output_language

        context = []
        for context_item_data in self.context:
            context_item: dict[str, Any]
            if isinstance(context_item_data, CommonTextContext):
                context_item = context_item_data.to_dict()
            elif isinstance(context_item_data, CommonTranscriptContext):
                context_item = context_item_data.to_dict()
            else:
                context_item = context_item_data.to_dict()

            context.append(context_item)

        template_ref = self.template_ref.to_dict()

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
                "context": context,
                "templateRef": template_ref,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        output_language = d.pop("outputLanguage")

        context = []
        _context = d.pop("context")
        for context_item_data in _context:

            def _parse_context_item(data: object) -> CommonFactsContext | CommonTextContext | CommonTranscriptContext:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_guided_document_context_type_0 = CommonTextContext.from_dict(data)

                    return componentsschemas_guided_document_context_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_guided_document_context_type_1 = CommonTranscriptContext.from_dict(data)

                    return componentsschemas_guided_document_context_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_guided_document_context_type_2 = CommonFactsContext.from_dict(data)

                return componentsschemas_guided_document_context_type_2

            context_item = _parse_context_item(context_item_data)

            context.append(context_item)

        template_ref = GuidedTemplateRef.from_dict(d.pop("templateRef"))

        _labels = d.pop("labels", UNSET)
        labels: list[GuidedLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = GuidedLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        guided_documents_generate_by_template_ref = cls(
            output_language=output_language,
            context=context,
            template_ref=template_ref,
            labels=labels,
        )

        return guided_documents_generate_by_template_ref


from ..models.common_facts_context import CommonFactsContext  # noqa: E402  (corti-interactions: see the top)
from ..models.common_text_context import CommonTextContext  # noqa: E402  (corti-interactions: see the top)
from ..models.common_transcript_context import CommonTranscriptContext  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_label import GuidedLabel  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_template_ref import GuidedTemplateRef  # noqa: E402  (corti-interactions: see the top)
