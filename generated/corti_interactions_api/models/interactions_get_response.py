from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractionsGetResponse")


@_attrs_define
class InteractionsGetResponse:
    """An interaction.

    Attributes:
        id (UUID): Unique identifier for the interaction.
        assigned_user_id (UUID): A unique identifier for the medical professional responsible for this interaction. If
            nulled, automatically set to a uuid.
        encounter (InteractionsEncounterResponse): Information about the encounter, including type, status, and timing.
        patient (InteractionsPatientResponse): Details about the patient involved in the interaction, if applicable.
            Corti's `InteractionsPatient`, with `gender` open to values added after this client.
        created_at (datetime.datetime): The timestamp when the interaction was started (UTC).
        updated_at (datetime.datetime): The timestamp when the interaction was last modified (UTC).
        websocket_url (str): WebSocket URL for streaming real-time interactions. Append a token in the format:
            /interactions/{interactionID}/streams?token=Bearer token-value-here
        last_updated (datetime.datetime): The timestamp indicating the last recorded update for this interaction.
        ended_at (datetime.datetime | None | Unset): The timestamp when the interaction concluded (UTC).
    """

    id: UUID
    assigned_user_id: UUID
    encounter: InteractionsEncounterResponse
    patient: InteractionsPatientResponse
    created_at: datetime.datetime
    updated_at: datetime.datetime
    websocket_url: str
    last_updated: datetime.datetime
    ended_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "assigned_user_id": "assignedUserId",
        "encounter": "encounter",
        "patient": "patient",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "websocket_url": "websocketUrl",
        "last_updated": "lastUpdated",
        "ended_at": "endedAt",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        assigned_user_id = str(self.assigned_user_id)

        encounter = self.encounter.to_dict()

        patient = self.patient.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        websocket_url = self.websocket_url

        last_updated = self.last_updated.isoformat()

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assignedUserId": assigned_user_id,
                "encounter": encounter,
                "patient": patient,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "websocketUrl": websocket_url,
                "lastUpdated": last_updated,
            }
        )
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        assigned_user_id = UUID(d.pop("assignedUserId"))

        encounter = InteractionsEncounterResponse.from_dict(d.pop("encounter"))

        patient = InteractionsPatientResponse.from_dict(d.pop("patient"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        websocket_url = d.pop("websocketUrl")

        last_updated = datetime.datetime.fromisoformat(d.pop("lastUpdated"))

        ended_at = d.pop("endedAt", UNSET)
        if ended_at is not None and not isinstance(ended_at, Unset) and isinstance(ended_at, str):
            try:
                ended_at_type_0 = datetime.datetime.fromisoformat(ended_at)

                ended_at = ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        interactions_get_response = cls(
            id=id,
            assigned_user_id=assigned_user_id,
            encounter=encounter,
            patient=patient,
            created_at=created_at,
            updated_at=updated_at,
            websocket_url=websocket_url,
            last_updated=last_updated,
            ended_at=ended_at,
        )

        interactions_get_response.additional_properties = d
        return interactions_get_response

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


from ..models.interactions_encounter_response import InteractionsEncounterResponse  # noqa: E402  (corti-interactions: see the top)
from ..models.interactions_patient_response import InteractionsPatientResponse  # noqa: E402  (corti-interactions: see the top)
