from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="CommonTranscriptResponse")


@_attrs_define
class CommonTranscriptResponse:
    """One segment of a transcript.

    Attributes:
        channel (int): The audio channel.
        participant (int): The participant.
        speaker_id (int): The speaker (auto-increments).
        text (str): What was said.
        start (int): Start, in milliseconds from the beginning of the recording.
        end (int): End, in milliseconds from the beginning of the recording.
    """

    channel: int
    participant: int
    speaker_id: int
    text: str
    start: int
    end: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "channel": "channel",
        "participant": "participant",
        "speaker_id": "speakerId",
        "text": "text",
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
        channel = self.channel

        participant = self.participant

        speaker_id = self.speaker_id

        text = self.text

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "participant": participant,
                "speakerId": speaker_id,
                "text": text,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        participant = d.pop("participant")

        speaker_id = d.pop("speakerId")

        text = d.pop("text")

        start = d.pop("start")

        end = d.pop("end")

        common_transcript_response = cls(
            channel=channel,
            participant=participant,
            speaker_id=speaker_id,
            text=text,
            start=start,
            end=end,
        )

        common_transcript_response.additional_properties = d
        return common_transcript_response

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
