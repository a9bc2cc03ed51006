from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agentic_agent_lifecycle import AgenticAgentLifecycle
from ..models.agentic_agent_visibility import AgenticAgentVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentsCreateRequest")


@_attrs_define
class AgenticAgentsCreateRequest:
    """A new agent.

    Attributes:
        name (str): Unique per tenant.
        description (str | Unset): What it does.
        system_prompt (str | Unset): Prepended to every invocation.
        model (str | Unset): The model, e.g. `corti-default` (tenant default if omitted).
        visibility (AgenticAgentVisibility | Unset): `private` (creator only), `unlisted` (by id, not listed) or
            `public` (listed tenant-wide).
        lifecycle (AgenticAgentLifecycle | Unset): `ephemeral` (expired automatically) or `persistent` (kept until
            deleted).
        connectors (list[CommonConnectorCreateRequest] | Unset): Its connectors (default none).
        labels (AgenticAgentsCreateRequestLabels | Unset): Free-form labels; not used for routing or auth.
    """

    name: str
    description: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    model: str | Unset = UNSET
    visibility: AgenticAgentVisibility | Unset = UNSET
    lifecycle: AgenticAgentLifecycle | Unset = UNSET
    connectors: list[CommonConnectorCreateRequest] | Unset = UNSET
    labels: AgenticAgentsCreateRequestLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "system_prompt": "systemPrompt",
        "model": "model",
        "visibility": "visibility",
        "lifecycle": "lifecycle",
        "connectors": "connectors",
        "labels": "labels",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        system_prompt = self.system_prompt

        model = self.model

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        lifecycle: str | Unset = UNSET
        if not isinstance(self.lifecycle, Unset):
            lifecycle = self.lifecycle.value

        connectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connectors, Unset):
            connectors = []
            for connectors_item_data in self.connectors:
                connectors_item = connectors_item_data.to_dict()
                connectors.append(connectors_item)

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if model is not UNSET:
            field_dict["model"] = model
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle
        if connectors is not UNSET:
            field_dict["connectors"] = connectors
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        system_prompt = d.pop("systemPrompt", UNSET)

        model = d.pop("model", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: AgenticAgentVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = AgenticAgentVisibility(_visibility)

        _lifecycle = d.pop("lifecycle", UNSET)
        lifecycle: AgenticAgentLifecycle | Unset
        if isinstance(_lifecycle, Unset):
            lifecycle = UNSET
        else:
            lifecycle = AgenticAgentLifecycle(_lifecycle)

        _connectors = d.pop("connectors", UNSET)
        connectors: list[CommonConnectorCreateRequest] | Unset = UNSET
        if _connectors is not UNSET:
            connectors = []
            for connectors_item_data in _connectors:
                connectors_item = CommonConnectorCreateRequest.from_dict(connectors_item_data)

                connectors.append(connectors_item)

        _labels = d.pop("labels", UNSET)
        labels: AgenticAgentsCreateRequestLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = AgenticAgentsCreateRequestLabels.from_dict(_labels)

        agentic_agents_create_request = cls(
            name=name,
            description=description,
            system_prompt=system_prompt,
            model=model,
            visibility=visibility,
            lifecycle=lifecycle,
            connectors=connectors,
            labels=labels,
        )

        agentic_agents_create_request.additional_properties = d
        return agentic_agents_create_request

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


from ..models.agentic_agents_create_request_labels import AgenticAgentsCreateRequestLabels  # noqa: E402  (corti-interactions: see the top)
from ..models.common_connector_create_request import CommonConnectorCreateRequest  # noqa: E402  (corti-interactions: see the top)
