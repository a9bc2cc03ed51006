from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractionsCreateRequest")


@_attrs_define
class InteractionsCreateRequest:
    """The interaction to create.

    Attributes:
        encounter (InteractionsEncounterCreateRequest): The encounter the interaction is for.
        assigned_user_id (None | Unset | UUID): The unique identifier of the medical professional responsible for this
            interaction. If nulled or left out, automatically set to a uuid. Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        patient (InteractionsPatient | Unset): Patient-related updates.
    """

    encounter: InteractionsEncounterCreateRequest
    assigned_user_id: None | Unset | UUID = UNSET
    patient: InteractionsPatient | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "encounter": "encounter",
        "assigned_user_id": "assignedUserId",
        "patient": "patient",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        encounter = self.encounter.to_dict()

        assigned_user_id: None | str | Unset
        if isinstance(self.assigned_user_id, Unset):
            assigned_user_id = UNSET
        elif isinstance(self.assigned_user_id, UUID):
            assigned_user_id = str(self.assigned_user_id)
        else:
            assigned_user_id = self.assigned_user_id

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encounter": encounter,
            }
        )
        if assigned_user_id is not UNSET:
            field_dict["assignedUserId"] = assigned_user_id
        if patient is not UNSET:
            field_dict["patient"] = patient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encounter = InteractionsEncounterCreateRequest.from_dict(d.pop("encounter"))

        assigned_user_id = d.pop("assignedUserId", UNSET)
        if (
            assigned_user_id is not None
            and not isinstance(assigned_user_id, Unset)
            and isinstance(assigned_user_id, str)
        ):
            try:
                assigned_user_id_type_0 = UUID(assigned_user_id)

                assigned_user_id = assigned_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _patient = d.pop("patient", UNSET)
        patient: InteractionsPatient | Unset
        if isinstance(_patient, Unset):
            patient = UNSET
        else:
            patient = InteractionsPatient.from_dict(_patient)

        interactions_create_request = cls(
            encounter=encounter,
            assigned_user_id=assigned_user_id,
            patient=patient,
        )

        interactions_create_request.additional_properties = d
        return interactions_create_request

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


from ..models.interactions_encounter_create_request import InteractionsEncounterCreateRequest  # noqa: E402  (corti-interactions: see the top)
from ..models.interactions_patient import InteractionsPatient  # noqa: E402  (corti-interactions: see the top)
