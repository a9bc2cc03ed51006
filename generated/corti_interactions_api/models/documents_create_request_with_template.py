from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.templates_documentation_mode_enum import TemplatesDocumentationModeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentsCreateRequestWithTemplate")


@_attrs_define
class DocumentsCreateRequestWithTemplate:
    """A document from a template built in the request.

    Attributes:
        context (list[DocumentsContextWithFacts | DocumentsContextWithString | DocumentsContextWithTranscript]): What to
            write from; several items only when they are transcripts.
        template (DocumentsTemplateWithSectionKeys | DocumentsTemplateWithSections): A template built in the request;
            one of two forms.
        output_language (str): The document's language, e.g. `en`.
        name (str | Unset): The document's name.
        disable_guardrails (bool | Unset): Turn off the guardrails; default false.
        documentation_mode (TemplatesDocumentationModeEnum | Unset): How the sections are written.
    """

    context: list[DocumentsContextWithFacts | DocumentsContextWithString | DocumentsContextWithTranscript]
    template: DocumentsTemplateWithSectionKeys | DocumentsTemplateWithSections
    output_language: str
    name: str | Unset = UNSET
    disable_guardrails: bool | Unset = UNSET
    documentation_mode: TemplatesDocumentationModeEnum | Unset = UNSET
    _json_names: ClassVar[dict[str, str]] = {
        "context": "context",
        "template": "template",
        "output_language": "outputLanguage",
        "name": "name",
        "disable_guardrails": "disableGuardrails",
        "documentation_mode": "documentationMode",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        context = []
        for context_item_data in self.context:
            context_item: dict[str, Any]
            if isinstance(context_item_data, DocumentsContextWithFacts):
                context_item = context_item_data.to_dict()
            elif isinstance(context_item_data, DocumentsContextWithTranscript):
                context_item = context_item_data.to_dict()
            else:
                context_item = context_item_data.to_dict()

            context.append(context_item)

        template: dict[str, Any]
        if isinstance(self.template, DocumentsTemplateWithSections):
            template = self.template.to_dict()
        else:
            template = self.template.to_dict()

        output_language = self.output_language

        name = self.name

        disable_guardrails = self.disable_guardrails

        documentation_mode: str | Unset = UNSET
        if not isinstance(self.documentation_mode, Unset):
            documentation_mode = self.documentation_mode.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "context": context,
                "template": template,
                "outputLanguage": output_language,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if disable_guardrails is not UNSET:
            field_dict["disableGuardrails"] = disable_guardrails
        if documentation_mode is not UNSET:
            field_dict["documentationMode"] = documentation_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context = []
        _context = d.pop("context")
        for context_item_data in _context:

            def _parse_context_item(
                data: object,
            ) -> DocumentsContextWithFacts | DocumentsContextWithString | DocumentsContextWithTranscript:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_documents_context_type_0 = DocumentsContextWithFacts.from_dict(data)

                    return componentsschemas_documents_context_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_documents_context_type_1 = DocumentsContextWithTranscript.from_dict(data)

                    return componentsschemas_documents_context_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_documents_context_type_2 = DocumentsContextWithString.from_dict(data)

                return componentsschemas_documents_context_type_2

            context_item = _parse_context_item(context_item_data)

            context.append(context_item)

        def _parse_template(data: object) -> DocumentsTemplateWithSectionKeys | DocumentsTemplateWithSections:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_documents_template_type_0 = DocumentsTemplateWithSections.from_dict(data)

                return componentsschemas_documents_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_documents_template_type_1 = DocumentsTemplateWithSectionKeys.from_dict(data)

            return componentsschemas_documents_template_type_1

        template = _parse_template(d.pop("template"))

        output_language = d.pop("outputLanguage")

        name = d.pop("name", UNSET)

        disable_guardrails = d.pop("disableGuardrails", UNSET)

        _documentation_mode = d.pop("documentationMode", UNSET)
        documentation_mode: TemplatesDocumentationModeEnum | Unset
        if isinstance(_documentation_mode, Unset):
            documentation_mode = UNSET
        else:
            documentation_mode = TemplatesDocumentationModeEnum(_documentation_mode)

        documents_create_request_with_template = cls(
            context=context,
            template=template,
            output_language=output_language,
            name=name,
            disable_guardrails=disable_guardrails,
            documentation_mode=documentation_mode,
        )

        return documents_create_request_with_template


from ..models.documents_context_with_facts import DocumentsContextWithFacts  # noqa: E402  (corti-interactions: see the top)
from ..models.documents_context_with_string import DocumentsContextWithString  # noqa: E402  (corti-interactions: see the top)
from ..models.documents_context_with_transcript import DocumentsContextWithTranscript  # noqa: E402  (corti-interactions: see the top)
from ..models.documents_template_with_section_keys import DocumentsTemplateWithSectionKeys  # noqa: E402  (corti-interactions: see the top)
from ..models.documents_template_with_sections import DocumentsTemplateWithSections  # noqa: E402  (corti-interactions: see the top)
