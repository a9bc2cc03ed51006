from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agentic_agent_lifecycle import AgenticAgentLifecycle
from ..models.agentic_agent_visibility import AgenticAgentVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentsPatchRequest")


@_attrs_define
class AgenticAgentsPatchRequest:
    """A merge patch: omitted fields unchanged, `null` clears, arrays replace.

    Attributes:
        name (str | Unset): The name.
        description (None | str | Unset): What it does.
        system_prompt (None | str | Unset): The system prompt.
        model (None | str | Unset): `null` falls back to the tenant default.
        visibility (AgenticAgentVisibility | Unset): `private` (creator only), `unlisted` (by id, not listed) or
            `public` (listed tenant-wide).
        lifecycle (AgenticAgentLifecycle | Unset): `ephemeral` (expired automatically) or `persistent` (kept until
            deleted).
        connectors (list[CommonConnectorCreateRequest] | None | Unset): The replacement connector list; `null` clears.
        labels (AgenticAgentsPatchRequestLabelsType0 | None | Unset): Labels; a `null` value removes one.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    visibility: AgenticAgentVisibility | Unset = UNSET
    lifecycle: AgenticAgentLifecycle | Unset = UNSET
    connectors: list[CommonConnectorCreateRequest] | None | Unset = UNSET
    labels: AgenticAgentsPatchRequestLabelsType0 | None | Unset = UNSET
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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        lifecycle: str | Unset = UNSET
        if not isinstance(self.lifecycle, Unset):
            lifecycle = self.lifecycle.value

        connectors: list[dict[str, Any]] | None | Unset
        if isinstance(self.connectors, Unset):
            connectors = UNSET
        elif isinstance(self.connectors, list):
            connectors = []
            for connectors_type_0_item_data in self.connectors:
                connectors_type_0_item = connectors_type_0_item_data.to_dict()
                connectors.append(connectors_type_0_item)

        else:
            connectors = self.connectors

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, AgenticAgentsPatchRequestLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        name = d.pop("name", UNSET)

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

        connectors = d.pop("connectors", UNSET)
        if connectors is not None and not isinstance(connectors, Unset) and isinstance(connectors, list):
            try:
                connectors_type_0 = []
                _connectors_type_0 = connectors
                for connectors_type_0_item_data in _connectors_type_0:
                    connectors_type_0_item = CommonConnectorCreateRequest.from_dict(connectors_type_0_item_data)

                    connectors_type_0.append(connectors_type_0_item)

                connectors = connectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        labels = d.pop("labels", UNSET)
        if labels is not None and not isinstance(labels, Unset) and isinstance(labels, dict):
            try:
                labels_type_0 = AgenticAgentsPatchRequestLabelsType0.from_dict(labels)

                labels = labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        agentic_agents_patch_request = cls(
            name=name,
            description=description,
            system_prompt=system_prompt,
            model=model,
            visibility=visibility,
            lifecycle=lifecycle,
            connectors=connectors,
            labels=labels,
        )

        agentic_agents_patch_request.additional_properties = d
        return agentic_agents_patch_request

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


from ..models.agentic_agents_patch_request_labels_type_0 import AgenticAgentsPatchRequestLabelsType0  # noqa: E402  (corti-interactions: see the top)
from ..models.common_connector_create_request import CommonConnectorCreateRequest  # noqa: E402  (corti-interactions: see the top)
