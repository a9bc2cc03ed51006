from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonArtifactResponse")


@_attrs_define
class CommonArtifactResponse:
    """An artifact.

    Attributes:
        artifact_id (str): `art.<uuidv7>`.
        parts (list[CommonPart]): Its parts.
        name (str | Unset): Its name.
        description (str | Unset): What it is.
        extensions (list[str] | Unset): Extension URIs.
        metadata (CommonArtifactResponseMetadata | Unset): Free-form metadata.
    """

    artifact_id: str
    parts: list[CommonPart]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    extensions: list[str] | Unset = UNSET
    metadata: CommonArtifactResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "artifact_id": "artifactId",
        "parts": "parts",
        "name": "name",
        "description": "description",
        "extensions": "extensions",
        "metadata": "metadata",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        artifact_id = self.artifact_id

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        name = self.name

        description = self.description

        extensions: list[str] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "artifactId": artifact_id,
                "parts": parts,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        artifact_id = d.pop("artifactId")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = CommonPart.from_dict(parts_item_data)

            parts.append(parts_item)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        extensions = cast(list[str], d.pop("extensions", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CommonArtifactResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CommonArtifactResponseMetadata.from_dict(_metadata)

        common_artifact_response = cls(
            artifact_id=artifact_id,
            parts=parts,
            name=name,
            description=description,
            extensions=extensions,
            metadata=metadata,
        )

        common_artifact_response.additional_properties = d
        return common_artifact_response

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


from ..models.common_artifact_response_metadata import CommonArtifactResponseMetadata  # noqa: E402  (corti-interactions: see the top)
from ..models.common_part import CommonPart  # noqa: E402  (corti-interactions: see the top)
