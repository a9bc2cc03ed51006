from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interactions_encounter_status_enum import InteractionsEncounterStatusEnum
from ..models.interactions_encounter_type_enum import InteractionsEncounterTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractionsEncounterResponse")


@_attrs_define
class InteractionsEncounterResponse:
    """Information about the encounter, including type, status, and timing.

    Attributes:
        identifier (str): The identifier of the encounter.
        status (InteractionsEncounterStatusEnum | str): The encounter's status; a value unknown to this client is kept
            as a string.
        type_ (InteractionsEncounterTypeEnum | str): The encounter's type; a value unknown to this client is kept as a
            string.
        period (InteractionsEncounterPeriod): When the encounter started and ended.
        title (None | str | Unset): The title of the encounter.
    """

    identifier: str
    status: InteractionsEncounterStatusEnum | str
    type_: InteractionsEncounterTypeEnum | str
    period: InteractionsEncounterPeriod
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

        status: str
        if isinstance(self.status, InteractionsEncounterStatusEnum):
            status = self.status.value
        else:
            status = self.status

        type_: str
        if isinstance(self.type_, InteractionsEncounterTypeEnum):
            type_ = self.type_.value
        else:
            type_ = self.type_

        period = self.period.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "status": status,
                "type": type_,
                "period": period,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        status = d.pop("status")
        if isinstance(status, str):
            try:
                status_type_0 = InteractionsEncounterStatusEnum(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        type_ = d.pop("type")
        if isinstance(type_, str):
            try:
                type_type_0 = InteractionsEncounterTypeEnum(type_)

                type_ = type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        period = InteractionsEncounterPeriod.from_dict(d.pop("period"))

        title = d.pop("title", UNSET)

        interactions_encounter_response = cls(
            identifier=identifier,
            status=status,
            type_=type_,
            period=period,
            title=title,
        )

        interactions_encounter_response.additional_properties = d
        return interactions_encounter_response

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
