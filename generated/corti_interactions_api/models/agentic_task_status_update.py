from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticTaskStatusUpdate")


@_attrs_define
class AgenticTaskStatusUpdate:
    """A status update.

    Attributes:
        task_id (str): The task.
        context_id (str): Its context.
        status (CommonTaskStatus): A task's status.
        metadata (AgenticTaskStatusUpdateMetadata | Unset): Free-form metadata.
    """

    task_id: str
    context_id: str
    status: CommonTaskStatus
    metadata: AgenticTaskStatusUpdateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "task_id": "taskId",
        "context_id": "contextId",
        "status": "status",
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
        task_id = self.task_id

        context_id = self.context_id

        status = self.status.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "contextId": context_id,
                "status": status,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        context_id = d.pop("contextId")

        status = CommonTaskStatus.from_dict(d.pop("status"))

        _metadata = d.pop("metadata", UNSET)
        metadata: AgenticTaskStatusUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgenticTaskStatusUpdateMetadata.from_dict(_metadata)

        agentic_task_status_update = cls(
            task_id=task_id,
            context_id=context_id,
            status=status,
            metadata=metadata,
        )

        agentic_task_status_update.additional_properties = d
        return agentic_task_status_update

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


from ..models.agentic_task_status_update_metadata import AgenticTaskStatusUpdateMetadata  # noqa: E402  (corti-interactions: see the top)
from ..models.common_task_status import CommonTaskStatus  # noqa: E402  (corti-interactions: see the top)
