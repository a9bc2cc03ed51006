from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeConfig")


@_attrs_define
class TranscribeConfig:
    """How dictation is transcribed, punctuated and formatted, and its voice commands.

    Attributes:
        primary_language (str): The spoken language, e.g. `en`.
        interim_results (bool | Unset): Also send interim transcripts (`isFinal` false) before each final one.
        spoken_punctuation (bool | Unset): Punctuation is dictated ("comma"); overrides `automaticPunctuation`.
        automatic_punctuation (bool | Unset): The service punctuates.
        commands (list[TranscribeCommand] | Unset): Voice commands the service recognizes and reports as `command`
            messages.
        formatting (TranscribeFormatting | Unset): How dates, times and numbers are written.
        audio_events (TranscribeAudioEventsConfig | Unset): Whether the service reports audio events (silence, speech
            quality).
        audio_format (str | Unset): The audio's MIME type (see `StreamConfig.audioFormat`).
        replacements (list[SocketReplacement] | Unset): Words to replace in transcripts (case-insensitive), at most
            1000.
        keyterms (SocketKeyterms | Unset): Terms the recognizer should favour (case-sensitive, at most 1000, 50
            characters each).
    """

    primary_language: str
    interim_results: bool | Unset = UNSET
    spoken_punctuation: bool | Unset = UNSET
    automatic_punctuation: bool | Unset = UNSET
    commands: list[TranscribeCommand] | Unset = UNSET
    formatting: TranscribeFormatting | Unset = UNSET
    audio_events: TranscribeAudioEventsConfig | Unset = UNSET
    audio_format: str | Unset = UNSET
    replacements: list[SocketReplacement] | Unset = UNSET
    keyterms: SocketKeyterms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "primary_language": "primaryLanguage",
        "interim_results": "interimResults",
        "spoken_punctuation": "spokenPunctuation",
        "automatic_punctuation": "automaticPunctuation",
        "commands": "commands",
        "formatting": "formatting",
        "audio_events": "audioEvents",
        "audio_format": "audioFormat",
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
        primary_language = self.primary_language

        interim_results = self.interim_results

        spoken_punctuation = self.spoken_punctuation

        automatic_punctuation = self.automatic_punctuation

        commands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = []
            for commands_item_data in self.commands:
                commands_item = commands_item_data.to_dict()
                commands.append(commands_item)

        formatting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formatting, Unset):
            formatting = self.formatting.to_dict()

        audio_events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_events, Unset):
            audio_events = self.audio_events.to_dict()

        audio_format = self.audio_format

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
                "primaryLanguage": primary_language,
            }
        )
        if interim_results is not UNSET:
            field_dict["interimResults"] = interim_results
        if spoken_punctuation is not UNSET:
            field_dict["spokenPunctuation"] = spoken_punctuation
        if automatic_punctuation is not UNSET:
            field_dict["automaticPunctuation"] = automatic_punctuation
        if commands is not UNSET:
            field_dict["commands"] = commands
        if formatting is not UNSET:
            field_dict["formatting"] = formatting
        if audio_events is not UNSET:
            field_dict["audioEvents"] = audio_events
        if audio_format is not UNSET:
            field_dict["audioFormat"] = audio_format
        if replacements is not UNSET:
            field_dict["replacements"] = replacements
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_language = d.pop("primaryLanguage")

        interim_results = d.pop("interimResults", UNSET)

        spoken_punctuation = d.pop("spokenPunctuation", UNSET)

        automatic_punctuation = d.pop("automaticPunctuation", UNSET)

        _commands = d.pop("commands", UNSET)
        commands: list[TranscribeCommand] | Unset = UNSET
        if _commands is not UNSET:
            commands = []
            for commands_item_data in _commands:
                commands_item = TranscribeCommand.from_dict(commands_item_data)

                commands.append(commands_item)

        _formatting = d.pop("formatting", UNSET)
        formatting: TranscribeFormatting | Unset
        if isinstance(_formatting, Unset):
            formatting = UNSET
        else:
            formatting = TranscribeFormatting.from_dict(_formatting)

        _audio_events = d.pop("audioEvents", UNSET)
        audio_events: TranscribeAudioEventsConfig | Unset
        if isinstance(_audio_events, Unset):
            audio_events = UNSET
        else:
            audio_events = TranscribeAudioEventsConfig.from_dict(_audio_events)

        audio_format = d.pop("audioFormat", UNSET)

        _replacements = d.pop("replacements", UNSET)
        replacements: list[SocketReplacement] | Unset = UNSET
        if _replacements is not UNSET:
            replacements = []
            for replacements_item_data in _replacements:
                replacements_item = SocketReplacement.from_dict(replacements_item_data)

                replacements.append(replacements_item)

        _keyterms = d.pop("keyterms", UNSET)
        keyterms: SocketKeyterms | Unset
        if isinstance(_keyterms, Unset):
            keyterms = UNSET
        else:
            keyterms = SocketKeyterms.from_dict(_keyterms)

        transcribe_config = cls(
            primary_language=primary_language,
            interim_results=interim_results,
            spoken_punctuation=spoken_punctuation,
            automatic_punctuation=automatic_punctuation,
            commands=commands,
            formatting=formatting,
            audio_events=audio_events,
            audio_format=audio_format,
            replacements=replacements,
            keyterms=keyterms,
        )

        transcribe_config.additional_properties = d
        return transcribe_config

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


from ..models.socket_keyterms import SocketKeyterms  # noqa: E402  (corti-interactions: see the top)
from ..models.socket_replacement import SocketReplacement  # noqa: E402  (corti-interactions: see the top)
from ..models.transcribe_audio_events_config import TranscribeAudioEventsConfig  # noqa: E402  (corti-interactions: see the top)
from ..models.transcribe_command import TranscribeCommand  # noqa: E402  (corti-interactions: see the top)
from ..models.transcribe_formatting import TranscribeFormatting  # noqa: E402  (corti-interactions: see the top)
