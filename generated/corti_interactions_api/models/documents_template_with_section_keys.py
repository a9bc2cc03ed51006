from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentsTemplateWithSectionKeys")


@_attrs_define
class DocumentsTemplateWithSectionKeys:
    """Sections of the catalog, by key.

    Attributes:
        section_keys (list[str]): The sections' keys, in order.
        document_name (str | Unset): The document's name.
        additional_instructions (str | Unset): Instructions for the whole document.
    """

    section_keys: list[str]
    document_name: str | Unset = UNSET
    additional_instructions: str | Unset = UNSET
    _json_names: ClassVar[dict[str, str]] = {
        "section_keys": "sectionKeys",
        "document_name": "documentName",
        "additional_instructions": "additionalInstructions",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        section_keys = self.section_keys

        document_name = self.document_name

        additional_instructions = self.additional_instructions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sectionKeys": section_keys,
            }
        )
        if document_name is not UNSET:
            field_dict["documentName"] = document_name
        if additional_instructions is not UNSET:
            field_dict["additionalInstructions"] = additional_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section_keys = cast(list[str], d.pop("sectionKeys"))

        document_name = d.pop("documentName", UNSET)

        additional_instructions = d.pop("additionalInstructions", UNSET)

        documents_template_with_section_keys = cls(
            section_keys=section_keys,
            document_name=document_name,
            additional_instructions=additional_instructions,
        )

        return documents_template_with_section_keys
