from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsTask")


@_attrs_define
class AgentsTask:
    """An A2A 0.3 task.

    Attributes:
        id (str): The task's id.
        context_id (str): Its context.
        status (AgentsTaskStatus): A v1 task's status.
        kind (str): Always `task`.
        history (list[AgentsMessage] | Unset): Its messages.
        artifacts (list[AgentsArtifact] | Unset): Its artifacts.
        metadata (AgentsTaskMetadata | Unset): Free-form; `credits` is the cost.
    """

    id: str
    context_id: str
    status: AgentsTaskStatus
    kind: str
    history: list[AgentsMessage] | Unset = UNSET
    artifacts: list[AgentsArtifact] | Unset = UNSET
    metadata: AgentsTaskMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "context_id": "contextId",
        "status": "status",
        "kind": "kind",
        "history": "history",
        "artifacts": "artifacts",
        "metadata": "metadata",
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

        context_id = self.context_id

        status = self.status.to_dict()

        kind = self.kind

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contextId": context_id,
                "status": status,
                "kind": kind,
            }
        )
        if history is not UNSET:
            field_dict["history"] = history
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        context_id = d.pop("contextId")

        status = AgentsTaskStatus.from_dict(d.pop("status"))

        kind = d.pop("kind")

        _history = d.pop("history", UNSET)
        history: list[AgentsMessage] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = AgentsMessage.from_dict(history_item_data)

                history.append(history_item)

        _artifacts = d.pop("artifacts", UNSET)
        artifacts: list[AgentsArtifact] | Unset = UNSET
        if _artifacts is not UNSET:
            artifacts = []
            for artifacts_item_data in _artifacts:
                artifacts_item = AgentsArtifact.from_dict(artifacts_item_data)

                artifacts.append(artifacts_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgentsTaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgentsTaskMetadata.from_dict(_metadata)

        agents_task = cls(
            id=id,
            context_id=context_id,
            status=status,
            kind=kind,
            history=history,
            artifacts=artifacts,
            metadata=metadata,
        )

        agents_task.additional_properties = d
        return agents_task

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


from ..models.agents_artifact import AgentsArtifact  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_message import AgentsMessage  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_task_metadata import AgentsTaskMetadata  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_task_status import AgentsTaskStatus  # noqa: E402  (corti-interactions: see the top)
