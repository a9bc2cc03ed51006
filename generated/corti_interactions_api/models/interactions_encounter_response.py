from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interactions_encounter_status_enum import InteractionsEncounterStatusEnum
from ..models.interactions_encounter_type_enum import InteractionsEncounterTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interactions_encounter_period import InteractionsEncounterPeriod


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
        from ..models.interactions_encounter_period import InteractionsEncounterPeriod  # noqa: PLC0415

        d = dict(src_dict)
        identifier = d.pop("identifier")

        def _parse_status(data: object) -> InteractionsEncounterStatusEnum | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InteractionsEncounterStatusEnum(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionsEncounterStatusEnum | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_type_(data: object) -> InteractionsEncounterTypeEnum | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = InteractionsEncounterTypeEnum(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionsEncounterTypeEnum | str, data)

        type_ = _parse_type_(d.pop("type"))

        period = InteractionsEncounterPeriod.from_dict(d.pop("period"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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
