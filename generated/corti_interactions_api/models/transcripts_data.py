from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="TranscriptsData")


@_attrs_define
class TranscriptsData:
    """A whole transcript (with `full=true`).

    Attributes:
        metadata (TranscriptsMetadata): What the transcript was made with.
        transcripts (list[CommonTranscriptResponse]): The transcript's segments.
    """

    metadata: TranscriptsMetadata
    transcripts: list[CommonTranscriptResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "metadata": "metadata",
        "transcripts": "transcripts",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        transcripts = []
        for transcripts_item_data in self.transcripts:
            transcripts_item = transcripts_item_data.to_dict()
            transcripts.append(transcripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "transcripts": transcripts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = TranscriptsMetadata.from_dict(d.pop("metadata"))

        transcripts = []
        _transcripts = d.pop("transcripts")
        for transcripts_item_data in _transcripts:
            transcripts_item = CommonTranscriptResponse.from_dict(transcripts_item_data)

            transcripts.append(transcripts_item)

        transcripts_data = cls(
            metadata=metadata,
            transcripts=transcripts,
        )

        transcripts_data.additional_properties = d
        return transcripts_data

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


from ..models.common_transcript_response import CommonTranscriptResponse  # noqa: E402  (corti-interactions: see the top)
from ..models.transcripts_metadata import TranscriptsMetadata  # noqa: E402  (corti-interactions: see the top)
