from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractionsEncounterPeriod")


@_attrs_define
class InteractionsEncounterPeriod:
    """When the encounter started and ended.

    Attributes:
        started_at (datetime.datetime): When the encounter started (UTC). Example: 2023-11-07T05:31:56Z.
        ended_at (datetime.datetime | None | Unset): When the encounter ended (UTC). Example: 2023-11-07T05:31:56Z.
    """

    started_at: datetime.datetime
    ended_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "started_at": "startedAt",
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
        started_at = self.started_at.isoformat()

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
                "startedAt": started_at,
            }
        )
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        ended_at = d.pop("endedAt", UNSET)
        if ended_at is not None and not isinstance(ended_at, Unset) and isinstance(ended_at, str):
            try:
                ended_at_type_0 = datetime.datetime.fromisoformat(ended_at)

                ended_at = ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        interactions_encounter_period = cls(
            started_at=started_at,
            ended_at=ended_at,
        )

        interactions_encounter_period.additional_properties = d
        return interactions_encounter_period

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
