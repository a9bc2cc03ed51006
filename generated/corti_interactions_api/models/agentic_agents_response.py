from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agentic_agent_lifecycle import AgenticAgentLifecycle
from ..models.agentic_agent_visibility import AgenticAgentVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentsResponse")


@_attrs_define
class AgenticAgentsResponse:
    """An agent.

    Attributes:
        id (str): `agt.<uuidv7>`.
        name (str): Its name.
        visibility (AgenticAgentVisibility | str): Who sees it.
        lifecycle (AgenticAgentLifecycle | str): How long it lives.
        connectors (list[CommonConnectorResponse]): Its connectors.
        description (None | str | Unset): What it does.
        system_prompt (None | str | Unset): The system prompt.
        model (None | str | Unset): The model.
        labels (AgenticAgentsResponseLabels | Unset): Its labels.
        created_at (datetime.datetime | Unset): When it was created.
        updated_at (datetime.datetime | Unset): When it last changed.
        created_by (str | Unset): `usr.<uuidv7>`.
    """

    id: str
    name: str
    visibility: AgenticAgentVisibility | str
    lifecycle: AgenticAgentLifecycle | str
    connectors: list[CommonConnectorResponse]
    description: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    labels: AgenticAgentsResponseLabels | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "visibility": "visibility",
        "lifecycle": "lifecycle",
        "connectors": "connectors",
        "description": "description",
        "system_prompt": "systemPrompt",
        "model": "model",
        "labels": "labels",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "created_by": "createdBy",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        visibility: str
        if isinstance(self.visibility, AgenticAgentVisibility):
            visibility = self.visibility.value
        else:
            visibility = self.visibility

        lifecycle: str
        if isinstance(self.lifecycle, AgenticAgentLifecycle):
            lifecycle = self.lifecycle.value
        else:
            lifecycle = self.lifecycle

        connectors = []
        for connectors_item_data in self.connectors:
            connectors_item = connectors_item_data.to_dict()
            connectors.append(connectors_item)

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

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "visibility": visibility,
                "lifecycle": lifecycle,
                "connectors": connectors,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if model is not UNSET:
            field_dict["model"] = model
        if labels is not UNSET:
            field_dict["labels"] = labels
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        visibility = d.pop("visibility")
        if isinstance(visibility, str):
            try:
                visibility_type_0 = AgenticAgentVisibility(visibility)

                visibility = visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        lifecycle = d.pop("lifecycle")
        if isinstance(lifecycle, str):
            try:
                lifecycle_type_0 = AgenticAgentLifecycle(lifecycle)

                lifecycle = lifecycle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        connectors = []
        _connectors = d.pop("connectors")
        for connectors_item_data in _connectors:
            connectors_item = CommonConnectorResponse.from_dict(connectors_item_data)

            connectors.append(connectors_item)

        description = d.pop("description", UNSET)

        system_prompt = d.pop("systemPrompt", UNSET)

        model = d.pop("model", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: AgenticAgentsResponseLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = AgenticAgentsResponseLabels.from_dict(_labels)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        created_by = d.pop("createdBy", UNSET)

        agentic_agents_response = cls(
            id=id,
            name=name,
            visibility=visibility,
            lifecycle=lifecycle,
            connectors=connectors,
            description=description,
            system_prompt=system_prompt,
            model=model,
            labels=labels,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
        )

        agentic_agents_response.additional_properties = d
        return agentic_agents_response

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


from ..models.agentic_agents_response_labels import AgenticAgentsResponseLabels  # noqa: E402  (corti-interactions: see the top)
from ..models.common_connector_response import CommonConnectorResponse  # noqa: E402  (corti-interactions: see the top)
