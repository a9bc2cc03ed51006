from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interactions_encounter_status_enum import InteractionsEncounterStatusEnum
from ..models.interactions_encounter_type_enum import InteractionsEncounterTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractionsEncounterUpdateRequest")


@_attrs_define
class InteractionsEncounterUpdateRequest:
    """Details of the encounter being updated.

    Attributes:
        identifier (str | Unset): The identifier of the encounter.
        status (InteractionsEncounterStatusEnum | Unset): The encounter's status.
        type_ (InteractionsEncounterTypeEnum | Unset): The encounter's type.
        period (InteractionsEncounterPeriod | Unset): When the encounter started and ended.
        title (None | str | Unset): The title of the encounter.
    """

    identifier: str | Unset = UNSET
    status: InteractionsEncounterStatusEnum | Unset = UNSET
    type_: InteractionsEncounterTypeEnum | Unset = UNSET
    period: InteractionsEncounterPeriod | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "identifier": "identifier",
        "status": "status",
        "type_": "type",
        "period": "period",
        "title": "title",
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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if period is not UNSET:
            field_dict["period"] = period
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        _status = d.pop("status", UNSET)
        status: InteractionsEncounterStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InteractionsEncounterStatusEnum(_status)

        _type_ = d.pop("type", UNSET)
        type_: InteractionsEncounterTypeEnum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InteractionsEncounterTypeEnum(_type_)

        _period = d.pop("period", UNSET)
        period: InteractionsEncounterPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = InteractionsEncounterPeriod.from_dict(_period)

        title = d.pop("title", UNSET)

        interactions_encounter_update_request = cls(
            identifier=identifier,
            status=status,
            type_=type_,
            period=period,
            title=title,
        )

        interactions_encounter_update_request.additional_properties = d
        return interactions_encounter_update_request

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


from ..models.interactions_encounter_period import InteractionsEncounterPeriod  # noqa: E402  (corti-interactions: see the top)
