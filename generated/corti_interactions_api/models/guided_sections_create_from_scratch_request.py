from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedSectionsCreateFromScratchRequest")


@_attrs_define
class GuidedSectionsCreateFromScratchRequest:
    """A section written from scratch.

    Attributes:
        name (str): Its name (not passed to the model).
        generation (GuidedSectionGeneration): How a section is written.
        description (str | Unset): What it is for.
        languages (list[str] | Unset): Its languages (BCP 47).
        regions (list[str] | Unset): Its regions (ISO 3166-1 alpha-3).
        specialties (list[str] | Unset): Its specialties.
        labels (list[GuidedLabel] | Unset): Its labels.
        publish (bool | Unset): Publish the initial version (default true); false keeps it out of published lists.
    """

    name: str
    generation: GuidedSectionGeneration
    description: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    regions: list[str] | Unset = UNSET
    specialties: list[str] | Unset = UNSET
    labels: list[GuidedLabel] | Unset = UNSET
    publish: bool | Unset = UNSET
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "generation": "generation",
        "description": "description",
        "languages": "languages",
        "regions": "regions",
        "specialties": "specialties",
        "labels": "labels",
        "publish": "publish",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        generation = self.generation.to_dict()

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

        publish = self.publish

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "generation": generation,
            }
        )
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
        if publish is not UNSET:
            field_dict["publish"] = publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        generation = GuidedSectionGeneration.from_dict(d.pop("generation"))

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

        publish = d.pop("publish", UNSET)

        guided_sections_create_from_scratch_request = cls(
            name=name,
            generation=generation,
            description=description,
            languages=languages,
            regions=regions,
            specialties=specialties,
            labels=labels,
            publish=publish,
        )

        return guided_sections_create_from_scratch_request


from ..models.guided_label import GuidedLabel  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_section_generation import GuidedSectionGeneration  # noqa: E402  (corti-interactions: see the top)
