from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedTemplateRef")


@_attrs_define
class GuidedTemplateRef:
    """A stored template, optionally with overrides for this call.

    Attributes:
        template_id (UUID): The template's id.
        template_version_id (None | str | Unset): A version of it (its id; Corti's SDK types it as a plain string); its
            published version when left out.
        overrides (GuidedTemplateOverrides | Unset): What to change in the template for this call (sections must be
            linked to its version).
    """

    template_id: UUID
    template_version_id: None | str | Unset = UNSET
    overrides: GuidedTemplateOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "template_id": "templateId",
        "template_version_id": "templateVersionId",
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
        template_id = str(self.template_id)

        template_version_id: None | str | Unset
        if isinstance(self.template_version_id, Unset):
            template_version_id = UNSET
        else:
            template_version_id = self.template_version_id

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateId": template_id,
            }
        )
        if template_version_id is not UNSET:
            field_dict["templateVersionId"] = template_version_id
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = UUID(d.pop("templateId"))

        template_version_id = d.pop("templateVersionId", UNSET)

        _overrides = d.pop("overrides", UNSET)
        overrides: GuidedTemplateOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = GuidedTemplateOverrides.from_dict(_overrides)

        guided_template_ref = cls(
            template_id=template_id,
            template_version_id=template_version_id,
            overrides=overrides,
        )

        guided_template_ref.additional_properties = d
        return guided_template_ref

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


from ..models.guided_template_overrides import GuidedTemplateOverrides  # noqa: E402  (corti-interactions: see the top)
