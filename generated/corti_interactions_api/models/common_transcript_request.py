from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonTranscriptRequest")


@_attrs_define
class CommonTranscriptRequest:
    """A transcript given as context.

    Attributes:
        text (str): The text.
        channel (int | Unset): The audio channel.
        participant (int | Unset): The participant.
        speaker_id (int | Unset): The speaker.
        start (int | Unset): Start, in milliseconds.
        end (int | Unset): End, in milliseconds.
    """

    text: str
    channel: int | Unset = UNSET
    participant: int | Unset = UNSET
    speaker_id: int | Unset = UNSET
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "text": "text",
        "channel": "channel",
        "participant": "participant",
        "speaker_id": "speakerId",
        "start": "start",
        "end": "end",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        channel = self.channel

        participant = self.participant

        speaker_id = self.speaker_id

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if participant is not UNSET:
            field_dict["participant"] = participant
        if speaker_id is not UNSET:
            field_dict["speakerId"] = speaker_id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        channel = d.pop("channel", UNSET)

        participant = d.pop("participant", UNSET)

        speaker_id = d.pop("speakerId", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        common_transcript_request = cls(
            text=text,
            channel=channel,
            participant=participant,
            speaker_id=speaker_id,
            start=start,
            end=end,
        )

        common_transcript_request.additional_properties = d
        return common_transcript_request

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
