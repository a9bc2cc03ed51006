from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedTemplatesVersionSectionRequest")


@_attrs_define
class GuidedTemplatesVersionSectionRequest:
    """A section of a template version.

    Attributes:
        section_id (UUID): The section's id (its published version is used).
        order_index (int | Unset): Its position, from 0.
    """

    section_id: UUID
    order_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "section_id": "sectionId",
        "order_index": "orderIndex",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        section_id = str(self.section_id)

        order_index = self.order_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sectionId": section_id,
            }
        )
        if order_index is not UNSET:
            field_dict["orderIndex"] = order_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section_id = UUID(d.pop("sectionId"))

        order_index = d.pop("orderIndex", UNSET)

        guided_templates_version_section_request = cls(
            section_id=section_id,
            order_index=order_index,
        )

        guided_templates_version_section_request.additional_properties = d
        return guided_templates_version_section_request

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
