from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interactions_gender_enum import InteractionsGenderEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractionsPatientResponse")


@_attrs_define
class InteractionsPatientResponse:
    """Details about the patient involved in the interaction, if applicable. Corti's `InteractionsPatient`, with `gender`
    open to values added after this client.

        Attributes:
            identifier (str): The patient's identifier.
            name (None | str | Unset): The patient's name.
            gender (InteractionsGenderEnum | str | Unset): The patient's gender; a value unknown to this client is kept as a
                string.
            birth_date (datetime.datetime | None | Unset): The patient's birth date, as a full date-time.
            pronouns (None | str | Unset): The patient's pronouns.
    """

    identifier: str
    name: None | str | Unset = UNSET
    gender: InteractionsGenderEnum | str | Unset = UNSET
    birth_date: datetime.datetime | None | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "name": "name",
        "gender": "gender",
        "birth_date": "birthDate",
        "pronouns": "pronouns",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        gender: str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, InteractionsGenderEnum):
            gender = self.gender.value
        else:
            gender = self.gender

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.datetime):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        pronouns: None | str | Unset
        if isinstance(self.pronouns, Unset):
            pronouns = UNSET
        else:
            pronouns = self.pronouns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if pronouns is not UNSET:
            field_dict["pronouns"] = pronouns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        name = d.pop("name", UNSET)

        gender = d.pop("gender", UNSET)
        if not isinstance(gender, Unset) and isinstance(gender, str):
            try:
                gender_type_0 = InteractionsGenderEnum(gender)

                gender = gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        birth_date = d.pop("birthDate", UNSET)
        if birth_date is not None and not isinstance(birth_date, Unset) and isinstance(birth_date, str):
            try:
                birth_date_type_0 = datetime.datetime.fromisoformat(birth_date)

                birth_date = birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        pronouns = d.pop("pronouns", UNSET)

        interactions_patient_response = cls(
            identifier=identifier,
            name=name,
            gender=gender,
            birth_date=birth_date,
            pronouns=pronouns,
        )

        interactions_patient_response.additional_properties = d
        return interactions_patient_response

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
