from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamTranscriptSegment")


@_attrs_define
class StreamTranscriptSegment:
    """One transcript segment of a stream.

    Attributes:
        transcript (str): The text.
        id (str | Unset): The segment's id.
        final (bool | Unset): False for an interim result that a later segment replaces.
        speaker_id (int | Unset): The speaker within the channel (-1 without diarization).
        participant (StreamTranscriptParticipant | Unset): Where a segment was heard.
        time (StreamTranscriptTime | Unset): When a segment was spoken, in seconds from the start of the stream.
    """

    transcript: str
    id: str | Unset = UNSET
    final: bool | Unset = UNSET
    speaker_id: int | Unset = UNSET
    participant: StreamTranscriptParticipant | Unset = UNSET
    time: StreamTranscriptTime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "transcript": "transcript",
        "id": "id",
        "final": "final",
        "speaker_id": "speakerId",
        "participant": "participant",
        "time": "time",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        transcript = self.transcript

        id = self.id

        final = self.final

        speaker_id = self.speaker_id

        participant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participant, Unset):
            participant = self.participant.to_dict()

        time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcript": transcript,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if final is not UNSET:
            field_dict["final"] = final
        if speaker_id is not UNSET:
            field_dict["speakerId"] = speaker_id
        if participant is not UNSET:
            field_dict["participant"] = participant
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcript = d.pop("transcript")

        id = d.pop("id", UNSET)

        final = d.pop("final", UNSET)

        speaker_id = d.pop("speakerId", UNSET)

        _participant = d.pop("participant", UNSET)
        participant: StreamTranscriptParticipant | Unset
        if isinstance(_participant, Unset):
            participant = UNSET
        else:
            participant = StreamTranscriptParticipant.from_dict(_participant)

        _time = d.pop("time", UNSET)
        time: StreamTranscriptTime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = StreamTranscriptTime.from_dict(_time)

        stream_transcript_segment = cls(
            transcript=transcript,
            id=id,
            final=final,
            speaker_id=speaker_id,
            participant=participant,
            time=time,
        )

        stream_transcript_segment.additional_properties = d
        return stream_transcript_segment

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


from ..models.stream_transcript_participant import StreamTranscriptParticipant  # noqa: E402  (corti-interactions: see the top)
from ..models.stream_transcript_time import StreamTranscriptTime  # noqa: E402  (corti-interactions: see the top)
