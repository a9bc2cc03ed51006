from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="AgentsUsageReportResponse")


@_attrs_define
class AgentsUsageReportResponse:
    """An agent's usage.

    Attributes:
        granularity (str): The bucket size.
        from_ (datetime.datetime): Start.
        to (datetime.datetime): End.
        totals (AgentsUsageTotals): Totals.
        buckets (list[AgentsUsageBucket]): One per period with activity, oldest first.
    """

    granularity: str
    from_: datetime.datetime
    to: datetime.datetime
    totals: AgentsUsageTotals
    buckets: list[AgentsUsageBucket]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "granularity": "granularity",
        "from_": "from",
        "to": "to",
        "totals": "totals",
        "buckets": "buckets",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        granularity = self.granularity

        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        totals = self.totals.to_dict()

        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "granularity": granularity,
                "from": from_,
                "to": to,
                "totals": totals,
                "buckets": buckets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        granularity = d.pop("granularity")

        from_ = datetime.datetime.fromisoformat(d.pop("from"))

        to = datetime.datetime.fromisoformat(d.pop("to"))

        totals = AgentsUsageTotals.from_dict(d.pop("totals"))

        buckets = []
        _buckets = d.pop("buckets")
        for buckets_item_data in _buckets:
            buckets_item = AgentsUsageBucket.from_dict(buckets_item_data)

            buckets.append(buckets_item)

        agents_usage_report_response = cls(
            granularity=granularity,
            from_=from_,
            to=to,
            totals=totals,
            buckets=buckets,
        )

        agents_usage_report_response.additional_properties = d
        return agents_usage_report_response

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


from ..models.agents_usage_bucket import AgentsUsageBucket  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_usage_totals import AgentsUsageTotals  # noqa: E402  (corti-interactions: see the top)
