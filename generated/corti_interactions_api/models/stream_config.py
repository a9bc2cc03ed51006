from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_config_retention_policy import StreamConfigRetentionPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamConfig")


@_attrs_define
class StreamConfig:
    """How an interaction's stream is transcribed, and whether facts are generated.

    Attributes:
        transcription (StreamConfigTranscription): The transcription settings of a stream.
        mode (StreamConfigMode): What the stream produces besides transcripts.
        retention_policy (StreamConfigRetentionPolicy | Unset): `none`: the service stores no transcripts or facts of
            this stream.
        audio_events (StreamAudioEventsConfig | Unset): Whether the service reports audio events (silence, speech
            quality).
        audio_format (str | Unset): The audio's MIME type, one of `x-websockets.audio-formats` (e.g.
            `audio/ogg;codecs=opus`, `audio/webm;codecs=opus`, `audio/mpeg`, `audio/flac`), or raw PCM with its `rate`,
            `channels` and `bits` parameters (the raw spelling `audio/pcm;rate=16000;channels=1;bits=16` is inferred). Not
            WAV: Corti takes WAV for recording uploads only. Left out, the service detects the format from the first chunk.
        replacements (list[SocketReplacement] | Unset): Words to replace in transcripts (case-insensitive), at most
            1000.
        keyterms (SocketKeyterms | Unset): Terms the recognizer should favour (case-sensitive, at most 1000, 50
            characters each).
    """

    transcription: StreamConfigTranscription
    mode: StreamConfigMode
    retention_policy: StreamConfigRetentionPolicy | Unset = UNSET
    audio_events: StreamAudioEventsConfig | Unset = UNSET
    audio_format: str | Unset = UNSET
    replacements: list[SocketReplacement] | Unset = UNSET
    keyterms: SocketKeyterms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "transcription": "transcription",
        "mode": "mode",
        "retention_policy": "retentionPolicy",
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
        transcription = self.transcription.to_dict()

        mode = self.mode.to_dict()

        retention_policy: str | Unset = UNSET
        if not isinstance(self.retention_policy, Unset):
            retention_policy = self.retention_policy.value

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
                "transcription": transcription,
                "mode": mode,
            }
        )
        if retention_policy is not UNSET:
            field_dict["retentionPolicy"] = retention_policy
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
        transcription = StreamConfigTranscription.from_dict(d.pop("transcription"))

        mode = StreamConfigMode.from_dict(d.pop("mode"))

        _retention_policy = d.pop("retentionPolicy", UNSET)
        retention_policy: StreamConfigRetentionPolicy | Unset
        if isinstance(_retention_policy, Unset):
            retention_policy = UNSET
        else:
            retention_policy = StreamConfigRetentionPolicy(_retention_policy)

        _audio_events = d.pop("audioEvents", UNSET)
        audio_events: StreamAudioEventsConfig | Unset
        if isinstance(_audio_events, Unset):
            audio_events = UNSET
        else:
            audio_events = StreamAudioEventsConfig.from_dict(_audio_events)

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

        stream_config = cls(
            transcription=transcription,
            mode=mode,
            retention_policy=retention_policy,
            audio_events=audio_events,
            audio_format=audio_format,
            replacements=replacements,
            keyterms=keyterms,
        )

        stream_config.additional_properties = d
        return stream_config

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
from ..models.stream_audio_events_config import StreamAudioEventsConfig  # noqa: E402  (corti-interactions: see the top)
from ..models.stream_config_mode import StreamConfigMode  # noqa: E402  (corti-interactions: see the top)
from ..models.stream_config_transcription import StreamConfigTranscription  # noqa: E402  (corti-interactions: see the top)
