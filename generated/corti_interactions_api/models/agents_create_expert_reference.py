from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agents_expert_reference_type import AgentsExpertReferenceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsCreateExpertReference")


@_attrs_define
class AgentsCreateExpertReference:
    """A registry expert, by id or name (the id wins if both are given).

    Attributes:
        type_ (AgentsExpertReferenceType): Always `reference`.
        id (str | Unset): The expert's id.
        name (str | Unset): The expert's registry name, e.g. `coding-expert`.
        system_prompt (str | Unset): Appended to the default system prompt.
        config (AgentsCreateExpertReferenceConfig | Unset): Deep-merged with the schema defaults.
    """

    type_: AgentsExpertReferenceType
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    config: AgentsCreateExpertReferenceConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "id": "id",
        "name": "name",
        "system_prompt": "systemPrompt",
        "config": "config",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        name = self.name

        system_prompt = self.system_prompt

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = AgentsExpertReferenceType(d.pop("type"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        system_prompt = d.pop("systemPrompt", UNSET)

        _config = d.pop("config", UNSET)
        config: AgentsCreateExpertReferenceConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AgentsCreateExpertReferenceConfig.from_dict(_config)

        agents_create_expert_reference = cls(
            type_=type_,
            id=id,
            name=name,
            system_prompt=system_prompt,
            config=config,
        )

        agents_create_expert_reference.additional_properties = d
        return agents_create_expert_reference

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


from ..models.agents_create_expert_reference_config import AgentsCreateExpertReferenceConfig  # noqa: E402  (corti-interactions: see the top)
