from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocketAudioEvent")


@_attrs_define
class SocketAudioEvent:
    """What was detected, on which channel, when.

    Attributes:
        event (str): `speechQualityIssueDetected`, `speechQualityIssueRecovered`, `longSilenceDetected` or
            `longSilenceRecovered` (others may come).
        channel (int | Unset): The audio channel.
        start_time_ms (int | Unset): When, in milliseconds from the start.
    """

    event: str
    channel: int | Unset = UNSET
    start_time_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "event": "event",
        "channel": "channel",
        "start_time_ms": "startTimeMs",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        channel = self.channel

        start_time_ms = self.start_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if start_time_ms is not UNSET:
            field_dict["startTimeMs"] = start_time_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event")

        channel = d.pop("channel", UNSET)

        start_time_ms = d.pop("startTimeMs", UNSET)

        socket_audio_event = cls(
            event=event,
            channel=channel,
            start_time_ms=start_time_ms,
        )

        socket_audio_event.additional_properties = d
        return socket_audio_event

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
