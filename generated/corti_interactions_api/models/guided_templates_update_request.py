from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedTemplatesUpdateRequest")


@_attrs_define
class GuidedTemplatesUpdateRequest:
    """The metadata of a template to update; all optional (generation changes through versions).

    Attributes:
        name (str | Unset): Its name (not passed to the model).
        description (str | Unset): What it is for.
        languages (list[str] | Unset): Its languages (BCP 47).
        regions (list[str] | Unset): Its regions (ISO 3166-1 alpha-3).
        specialties (list[str] | Unset): Its specialties.
        labels (list[GuidedLabel] | Unset): Its labels.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    regions: list[str] | Unset = UNSET
    specialties: list[str] | Unset = UNSET
    labels: list[GuidedLabel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "languages": "languages",
        "regions": "regions",
        "specialties": "specialties",
        "labels": "labels",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        specialties: list[str] | Unset = UNSET
        if not isinstance(self.specialties, Unset):
            specialties = self.specialties

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if languages is not UNSET:
            field_dict["languages"] = languages
        if regions is not UNSET:
            field_dict["regions"] = regions
        if specialties is not UNSET:
            field_dict["specialties"] = specialties
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        regions = cast(list[str], d.pop("regions", UNSET))

        specialties = cast(list[str], d.pop("specialties", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: list[GuidedLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = GuidedLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        guided_templates_update_request = cls(
            name=name,
            description=description,
            languages=languages,
            regions=regions,
            specialties=specialties,
            labels=labels,
        )

        guided_templates_update_request.additional_properties = d
        return guided_templates_update_request

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


from ..models.guided_label import GuidedLabel  # noqa: E402  (corti-interactions: see the top)
