from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="DocumentsGetResponse")


@_attrs_define
class DocumentsGetResponse:
    """A document.

    Attributes:
        id (UUID): The document's id.
        name (str): Its name.
        template_ref (str): The template it was made from.
        is_stream (bool): Whether it was streamed.
        sections (list[DocumentsSection]): Its sections, in order.
        created_at (datetime.datetime): When it was made.
        updated_at (datetime.datetime): When it was last updated.
        output_language (str): Its language.
        usage_info (CommonUsageInfo): What a request cost.
    """

    id: UUID
    name: str
    template_ref: str
    is_stream: bool
    sections: list[DocumentsSection]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    output_language: str
    usage_info: CommonUsageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "template_ref": "templateRef",
        "is_stream": "isStream",
        "sections": "sections",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "output_language": "outputLanguage",
        "usage_info": "usageInfo",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        template_ref = self.template_ref

        is_stream = self.is_stream

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        output_language = self.output_language

        usage_info = self.usage_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "templateRef": template_ref,
                "isStream": is_stream,
                "sections": sections,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "outputLanguage": output_language,
                "usageInfo": usage_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        template_ref = d.pop("templateRef")

        is_stream = d.pop("isStream")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = DocumentsSection.from_dict(sections_item_data)

            sections.append(sections_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        output_language = d.pop("outputLanguage")

        usage_info = CommonUsageInfo.from_dict(d.pop("usageInfo"))

        documents_get_response = cls(
            id=id,
            name=name,
            template_ref=template_ref,
            is_stream=is_stream,
            sections=sections,
            created_at=created_at,
            updated_at=updated_at,
            output_language=output_language,
            usage_info=usage_info,
        )

        documents_get_response.additional_properties = d
        return documents_get_response

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


from ..models.common_usage_info import CommonUsageInfo  # noqa: E402  (corti-interactions: see the top)
from ..models.documents_section import DocumentsSection  # noqa: E402  (corti-interactions: see the top)
