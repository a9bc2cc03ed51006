from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedSectionOverride")


@_attrs_define
class GuidedSectionOverride:
    """One section of the template and what to change in it.

    Attributes:
        section_id (UUID): The section's id.
        generation (GuidedSectionOverrides | Unset): What to change in a section for one generation; prompts merge per
            field, `outputSchema` replaces.
    """

    section_id: UUID
    generation: GuidedSectionOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "section_id": "sectionId",
        "generation": "generation",
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

        generation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generation, Unset):
            generation = self.generation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sectionId": section_id,
            }
        )
        if generation is not UNSET:
            field_dict["generation"] = generation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section_id = UUID(d.pop("sectionId"))

        _generation = d.pop("generation", UNSET)
        generation: GuidedSectionOverrides | Unset
        if isinstance(_generation, Unset):
            generation = UNSET
        else:
            generation = GuidedSectionOverrides.from_dict(_generation)

        guided_section_override = cls(
            section_id=section_id,
            generation=generation,
        )

        guided_section_override.additional_properties = d
        return guided_section_override

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


from ..models.guided_section_overrides import GuidedSectionOverrides  # noqa: E402  (corti-interactions: see the top)
