from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamConfigTranscription")


@_attrs_define
class StreamConfigTranscription:
    """The transcription settings of a stream.

    Attributes:
        primary_language (str): The spoken language, e.g. `en` or `en-US`.
        participants (list[StreamConfigParticipant]): Who speaks on which channel (may be empty in transcription mode).
        diarize (bool | Unset): Number the speakers of each channel (replaces `isDiarization`).
        is_diarization (bool | Unset): Deprecated spelling of `diarize`.
        is_multichannel (bool | Unset): One participant per channel; false mixes stereo to mono.
    """

    primary_language: str
    participants: list[StreamConfigParticipant]
    diarize: bool | Unset = UNSET
    is_diarization: bool | Unset = UNSET
    is_multichannel: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "primary_language": "primaryLanguage",
        "participants": "participants",
        "diarize": "diarize",
        "is_diarization": "isDiarization",
        "is_multichannel": "isMultichannel",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        primary_language = self.primary_language

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        diarize = self.diarize

        is_diarization = self.is_diarization

        is_multichannel = self.is_multichannel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primaryLanguage": primary_language,
                "participants": participants,
            }
        )
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if is_diarization is not UNSET:
            field_dict["isDiarization"] = is_diarization
        if is_multichannel is not UNSET:
            field_dict["isMultichannel"] = is_multichannel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_language = d.pop("primaryLanguage")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = StreamConfigParticipant.from_dict(participants_item_data)

            participants.append(participants_item)

        diarize = d.pop("diarize", UNSET)

        is_diarization = d.pop("isDiarization", UNSET)

        is_multichannel = d.pop("isMultichannel", UNSET)

        stream_config_transcription = cls(
            primary_language=primary_language,
            participants=participants,
            diarize=diarize,
            is_diarization=is_diarization,
            is_multichannel=is_multichannel,
        )

        stream_config_transcription.additional_properties = d
        return stream_config_transcription

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


from ..models.stream_config_participant import StreamConfigParticipant  # noqa: E402  (corti-interactions: see the top)
