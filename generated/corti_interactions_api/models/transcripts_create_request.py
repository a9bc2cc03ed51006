from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptsCreateRequest")


@_attrs_define
class TranscriptsCreateRequest:
    """What to transcribe, and how.

    Attributes:
        recording_id (UUID): The unique identifier for the recording.
        primary_language (str): The primary spoken language, e.g. `en` (see docs.corti.ai/stt/languages).
        spoken_punctuation (bool | Unset): Spoken punctuation ("comma") becomes symbols; takes precedence over
            automaticPunctuation and turns it off.
        automatic_punctuation (bool | Unset): Punctuation is added automatically. Defaults to true.
        is_dictation (bool | Unset): Deprecated; ignored when spokenPunctuation or automaticPunctuation is given, true
            means spokenPunctuation.
        is_multichannel (bool | Unset): Transcribe each channel separately.
        diarize (bool | Unset): Separate the speakers within a channel.
        participants (list[TranscriptsParticipant] | Unset): Who speaks on which channel; leave empty when diarizing.
        async_ (bool | Unset): Answer 202 at once and transcribe in the background; poll get_status.
        replacements (list[TranscriptsCreateRequestReplacementsItem] | Unset): Words to replace, case insensitive; at
            most 1,000.
        keyterms (TranscriptsCreateRequestKeyterms | Unset): Terms to favour, case sensitive; at most 1,000.
    """

    recording_id: UUID
    primary_language: str
    spoken_punctuation: bool | Unset = UNSET
    automatic_punctuation: bool | Unset = UNSET
    is_dictation: bool | Unset = UNSET
    is_multichannel: bool | Unset = UNSET
    diarize: bool | Unset = UNSET
    participants: list[TranscriptsParticipant] | Unset = UNSET
    async_: bool | Unset = UNSET
    replacements: list[TranscriptsCreateRequestReplacementsItem] | Unset = UNSET
    keyterms: TranscriptsCreateRequestKeyterms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "recording_id": "recordingId",
        "primary_language": "primaryLanguage",
        "spoken_punctuation": "spokenPunctuation",
        "automatic_punctuation": "automaticPunctuation",
        "is_dictation": "isDictation",
        "is_multichannel": "isMultichannel",
        "diarize": "diarize",
        "participants": "participants",
        "async_": "async",
        "replacements": "replacements",
        "keyterms": "keyterms",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        recording_id = str(self.recording_id)

        primary_language = self.primary_language

        spoken_punctuation = self.spoken_punctuation

        automatic_punctuation = self.automatic_punctuation

        is_dictation = self.is_dictation

        is_multichannel = self.is_multichannel

        diarize = self.diarize

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        async_ = self.async_

        replacements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replacements, Unset):
            replacements = []
            for replacements_item_data in self.replacements:
                replacements_item = replacements_item_data.to_dict()
                replacements.append(replacements_item)

        keyterms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keyterms, Unset):
            keyterms = self.keyterms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordingId": recording_id,
                "primaryLanguage": primary_language,
            }
        )
        if spoken_punctuation is not UNSET:
            field_dict["spokenPunctuation"] = spoken_punctuation
        if automatic_punctuation is not UNSET:
            field_dict["automaticPunctuation"] = automatic_punctuation
        if is_dictation is not UNSET:
            field_dict["isDictation"] = is_dictation
        if is_multichannel is not UNSET:
            field_dict["isMultichannel"] = is_multichannel
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if participants is not UNSET:
            field_dict["participants"] = participants
        if async_ is not UNSET:
            field_dict["async"] = async_
        if replacements is not UNSET:
            field_dict["replacements"] = replacements
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recording_id = UUID(d.pop("recordingId"))

        primary_language = d.pop("primaryLanguage")

        spoken_punctuation = d.pop("spokenPunctuation", UNSET)

        automatic_punctuation = d.pop("automaticPunctuation", UNSET)

        is_dictation = d.pop("isDictation", UNSET)

        is_multichannel = d.pop("isMultichannel", UNSET)

        diarize = d.pop("diarize", UNSET)

        _participants = d.pop("participants", UNSET)
        participants: list[TranscriptsParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = TranscriptsParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        async_ = d.pop("async", UNSET)

        _replacements = d.pop("replacements", UNSET)
        replacements: list[TranscriptsCreateRequestReplacementsItem] | Unset = UNSET
        if _replacements is not UNSET:
            replacements = []
            for replacements_item_data in _replacements:
                replacements_item = TranscriptsCreateRequestReplacementsItem.from_dict(replacements_item_data)

                replacements.append(replacements_item)

        _keyterms = d.pop("keyterms", UNSET)
        keyterms: TranscriptsCreateRequestKeyterms | Unset
        if isinstance(_keyterms, Unset):
            keyterms = UNSET
        else:
            keyterms = TranscriptsCreateRequestKeyterms.from_dict(_keyterms)

        transcripts_create_request = cls(
            recording_id=recording_id,
            primary_language=primary_language,
            spoken_punctuation=spoken_punctuation,
            automatic_punctuation=automatic_punctuation,
            is_dictation=is_dictation,
            is_multichannel=is_multichannel,
            diarize=diarize,
            participants=participants,
            async_=async_,
            replacements=replacements,
            keyterms=keyterms,
        )

        transcripts_create_request.additional_properties = d
        return transcripts_create_request

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


from ..models.transcripts_create_request_keyterms import TranscriptsCreateRequestKeyterms  # noqa: E402  (corti-interactions: see the top)
from ..models.transcripts_create_request_replacements_item import TranscriptsCreateRequestReplacementsItem  # noqa: E402  (corti-interactions: see the top)
from ..models.transcripts_participant import TranscriptsParticipant  # noqa: E402  (corti-interactions: see the top)
