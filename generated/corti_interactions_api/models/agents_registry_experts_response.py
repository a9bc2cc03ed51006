from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsRegistryExpertsResponse")


@_attrs_define
class AgentsRegistryExpertsResponse:
    """The registry's experts.

    Attributes:
        experts (list[AgentsRegistryExpert] | Unset): The experts.
    """

    experts: list[AgentsRegistryExpert] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "experts": "experts",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        experts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.experts, Unset):
            experts = []
            for experts_item_data in self.experts:
                experts_item = experts_item_data.to_dict()
                experts.append(experts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experts is not UNSET:
            field_dict["experts"] = experts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _experts = d.pop("experts", UNSET)
        experts: list[AgentsRegistryExpert] | Unset = UNSET
        if _experts is not UNSET:
            experts = []
            for experts_item_data in _experts:
                experts_item = AgentsRegistryExpert.from_dict(experts_item_data)

                experts.append(experts_item)

        agents_registry_experts_response = cls(
            experts=experts,
        )

        agents_registry_experts_response.additional_properties = d
        return agents_registry_experts_response

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


from ..models.agents_registry_expert import AgentsRegistryExpert  # noqa: E402  (corti-interactions: see the top)
