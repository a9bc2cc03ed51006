from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedAssemblySectionRef")


@_attrs_define
class GuidedAssemblySectionRef:
    """A stored section (its published version unless one is named), optionally overridden.

    Attributes:
        section_id (UUID): The section's id.
        section_version_id (None | str | Unset): A version of it (its id; Corti's SDK types it as a plain string); its
            published version when left out.
        overrides (GuidedSectionOverrides | Unset): What to change in a section for one generation; prompts merge per
            field, `outputSchema` replaces.
    """

    section_id: UUID
    section_version_id: None | str | Unset = UNSET
    overrides: GuidedSectionOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "section_id": "sectionId",
        "section_version_id": "sectionVersionId",
        "overrides": "overrides",
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

        section_version_id: None | str | Unset
        if isinstance(self.section_version_id, Unset):
            section_version_id = UNSET
        else:
            section_version_id = self.section_version_id

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sectionId": section_id,
            }
        )
        if section_version_id is not UNSET:
            field_dict["sectionVersionId"] = section_version_id
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section_id = UUID(d.pop("sectionId"))

        section_version_id = d.pop("sectionVersionId", UNSET)

        _overrides = d.pop("overrides", UNSET)
        overrides: GuidedSectionOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = GuidedSectionOverrides.from_dict(_overrides)

        guided_assembly_section_ref = cls(
            section_id=section_id,
            section_version_id=section_version_id,
            overrides=overrides,
        )

        guided_assembly_section_ref.additional_properties = d
        return guided_assembly_section_ref

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
