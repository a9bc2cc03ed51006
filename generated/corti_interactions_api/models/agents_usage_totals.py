from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="AgentsUsageTotals")


@_attrs_define
class AgentsUsageTotals:
    """Totals.

    Attributes:
        invocations (int): Invocations.
        unique_contexts (int): Distinct contexts.
    """

    invocations: int
    unique_contexts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "invocations": "invocations",
        "unique_contexts": "uniqueContexts",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        invocations = self.invocations

        unique_contexts = self.unique_contexts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invocations": invocations,
                "uniqueContexts": unique_contexts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invocations = d.pop("invocations")

        unique_contexts = d.pop("uniqueContexts")

        agents_usage_totals = cls(
            invocations=invocations,
            unique_contexts=unique_contexts,
        )

        agents_usage_totals.additional_properties = d
        return agents_usage_totals

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
