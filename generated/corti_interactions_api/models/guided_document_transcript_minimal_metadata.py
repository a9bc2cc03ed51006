from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuidedDocumentTranscriptMinimalMetadata")


@_attrs_define
class GuidedDocumentTranscriptMinimalMetadata:
    """The transcript's participants.

    Attributes:
        participants_roles (list[TranscriptsParticipant] | None | Unset): Who speaks on which channel.
    """

    participants_roles: list[TranscriptsParticipant] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "participants_roles": "participantsRoles",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        participants_roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.participants_roles, Unset):
            participants_roles = UNSET
        elif isinstance(self.participants_roles, list):
            participants_roles = []
            for participants_roles_type_0_item_data in self.participants_roles:
                participants_roles_type_0_item = participants_roles_type_0_item_data.to_dict()
                participants_roles.append(participants_roles_type_0_item)

        else:
            participants_roles = self.participants_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if participants_roles is not UNSET:
            field_dict["participantsRoles"] = participants_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participants_roles = d.pop("participantsRoles", UNSET)
        if (
            participants_roles is not None
            and not isinstance(participants_roles, Unset)
            and isinstance(participants_roles, list)
        ):
            try:
                participants_roles_type_0 = []
                _participants_roles_type_0 = participants_roles
                for participants_roles_type_0_item_data in _participants_roles_type_0:
                    participants_roles_type_0_item = TranscriptsParticipant.from_dict(
                        participants_roles_type_0_item_data
                    )

                    participants_roles_type_0.append(participants_roles_type_0_item)

                participants_roles = participants_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        guided_document_transcript_minimal_metadata = cls(
            participants_roles=participants_roles,
        )

        guided_document_transcript_minimal_metadata.additional_properties = d
        return guided_document_transcript_minimal_metadata

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


from ..models.transcripts_participant import TranscriptsParticipant  # noqa: E402  (corti-interactions: see the top)
