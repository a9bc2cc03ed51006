from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcripts_participant_role_enum import TranscriptsParticipantRoleEnum
from ..types import Unset

T = TypeVar("T", bound="TranscriptsParticipant")


@_attrs_define
class TranscriptsParticipant:
    """A participant and the channel they speak on.

    Attributes:
        channel (int): The audio channel (0-based).
        role (TranscriptsParticipantRoleEnum): A participant's role.
    """

    channel: int
    role: TranscriptsParticipantRoleEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "channel": "channel",
        "role": "role",
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

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        role = TranscriptsParticipantRoleEnum(d.pop("role"))

        transcripts_participant = cls(
            channel=channel,
            role=role,
        )

        transcripts_participant.additional_properties = d
        return transcripts_participant

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
