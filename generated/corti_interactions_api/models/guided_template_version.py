from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedTemplateVersion")


@_attrs_define
class GuidedTemplateVersion:
    """A template's published version, resolved (its sections in full).

    Attributes:
        id (UUID): The version's id.
        version_number (int): Its number, from 0.
        generation (GuidedTemplateGeneration): A resolved template version's instructions and sections.
        deleted_at (datetime.datetime | None | Unset): When it was deleted.
    """

    id: UUID
    version_number: int
    generation: GuidedTemplateGeneration
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "version_number": "versionNumber",
        "generation": "generation",
        "deleted_at": "deletedAt",
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

        version_number = self.version_number

        generation = self.generation.to_dict()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "versionNumber": version_number,
                "generation": generation,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        version_number = d.pop("versionNumber")

        generation = GuidedTemplateGeneration.from_dict(d.pop("generation"))

        deleted_at = d.pop("deletedAt", UNSET)
        if deleted_at is not None and not isinstance(deleted_at, Unset) and isinstance(deleted_at, str):
            try:
                deleted_at_type_0 = datetime.datetime.fromisoformat(deleted_at)

                deleted_at = deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        guided_template_version = cls(
            id=id,
            version_number=version_number,
            generation=generation,
            deleted_at=deleted_at,
        )

        guided_template_version.additional_properties = d
        return guided_template_version

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


from ..models.guided_template_generation import GuidedTemplateGeneration  # noqa: E402  (corti-interactions: see the top)
