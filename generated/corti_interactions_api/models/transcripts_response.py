from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcripts_status_enum import TranscriptsStatusEnum
from ..types import Unset

T = TypeVar("T", bound="TranscriptsResponse")


@_attrs_define
class TranscriptsResponse:
    """A transcript and its status.

    Attributes:
        id (UUID): The unique identifier of the transcript.
        metadata (TranscriptsMetadata): What the transcript was made with.
        transcripts (list[CommonTranscriptResponse] | None): The transcript's segments; null or partial while
            processing.
        usage_info (CommonUsageInfo): What a request cost.
        recording_id (UUID): The recording transcribed.
        status (str | TranscriptsStatusEnum): The transcript's status; a value unknown to this client is kept as a
            string.
    """

    id: UUID
    metadata: TranscriptsMetadata
    transcripts: list[CommonTranscriptResponse] | None
    usage_info: CommonUsageInfo
    recording_id: UUID
    status: str | TranscriptsStatusEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "metadata": "metadata",
        "transcripts": "transcripts",
        "usage_info": "usageInfo",
        "recording_id": "recordingId",
        "status": "status",
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

        metadata = self.metadata.to_dict()

        transcripts: list[dict[str, Any]] | None
        if isinstance(self.transcripts, list):
            transcripts = []
            for transcripts_type_0_item_data in self.transcripts:
                transcripts_type_0_item = transcripts_type_0_item_data.to_dict()
                transcripts.append(transcripts_type_0_item)

        else:
            transcripts = self.transcripts

        usage_info = self.usage_info.to_dict()

        recording_id = str(self.recording_id)

        status: str
        if isinstance(self.status, TranscriptsStatusEnum):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "metadata": metadata,
                "transcripts": transcripts,
                "usageInfo": usage_info,
                "recordingId": recording_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        metadata = TranscriptsMetadata.from_dict(d.pop("metadata"))

        transcripts = d.pop("transcripts")
        if transcripts is not None and isinstance(transcripts, list):
            try:
                transcripts_type_0 = []
                _transcripts_type_0 = transcripts
                for transcripts_type_0_item_data in _transcripts_type_0:
                    transcripts_type_0_item = CommonTranscriptResponse.from_dict(transcripts_type_0_item_data)

                    transcripts_type_0.append(transcripts_type_0_item)

                transcripts = transcripts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        usage_info = CommonUsageInfo.from_dict(d.pop("usageInfo"))

        recording_id = UUID(d.pop("recordingId"))

        status = d.pop("status")
        if isinstance(status, str):
            try:
                status_type_0 = TranscriptsStatusEnum(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        transcripts_response = cls(
            id=id,
            metadata=metadata,
            transcripts=transcripts,
            usage_info=usage_info,
            recording_id=recording_id,
            status=status,
        )

        transcripts_response.additional_properties = d
        return transcripts_response

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
from ..models.common_usage_info import CommonUsageInfo  # noqa: E402  (corti-interactions: see the top)
from ..models.transcripts_metadata import TranscriptsMetadata  # noqa: E402  (corti-interactions: see the top)
