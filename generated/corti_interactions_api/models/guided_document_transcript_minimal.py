from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedDocumentTranscriptMinimal")


@_attrs_define
class GuidedDocumentTranscriptMinimal:
    """A transcript's segments and who speaks on which channel.

    Attributes:
        transcripts (list[CommonTranscriptRequest]): The segments.
        metadata (GuidedDocumentTranscriptMinimalMetadata | Unset): The transcript's participants.
    """

    transcripts: list[CommonTranscriptRequest]
    metadata: GuidedDocumentTranscriptMinimalMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "transcripts": "transcripts",
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
        transcripts = []
        for transcripts_item_data in self.transcripts:
            transcripts_item = transcripts_item_data.to_dict()
            transcripts.append(transcripts_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcripts": transcripts,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcripts = []
        _transcripts = d.pop("transcripts")
        for transcripts_item_data in _transcripts:
            transcripts_item = CommonTranscriptRequest.from_dict(transcripts_item_data)

            transcripts.append(transcripts_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: GuidedDocumentTranscriptMinimalMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = GuidedDocumentTranscriptMinimalMetadata.from_dict(_metadata)

        guided_document_transcript_minimal = cls(
            transcripts=transcripts,
            metadata=metadata,
        )

        guided_document_transcript_minimal.additional_properties = d
        return guided_document_transcript_minimal

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


from ..models.common_transcript_request import CommonTranscriptRequest  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_document_transcript_minimal_metadata import GuidedDocumentTranscriptMinimalMetadata  # noqa: E402  (corti-interactions: see the top)
