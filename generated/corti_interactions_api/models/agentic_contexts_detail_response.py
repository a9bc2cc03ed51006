from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticContextsDetailResponse")


@_attrs_define
class AgenticContextsDetailResponse:
    """A context with its tasks, oldest first.

    Attributes:
        id (str): `ctx.<uuidv7>`.
        tasks (list[CommonTaskResponse]): Its tasks, each with its history.
        agent_id (str | Unset): Its agent.
        task_count (int | Unset): How many tasks.
        created_at (datetime.datetime | Unset): Created.
        updated_at (datetime.datetime | Unset): Last changed.
        expires_at (datetime.datetime | None | Unset): Always null today.
    """

    id: str
    tasks: list[CommonTaskResponse]
    agent_id: str | Unset = UNSET
    task_count: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "tasks": "tasks",
        "agent_id": "agentId",
        "task_count": "taskCount",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "expires_at": "expiresAt",
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

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        agent_id = self.agent_id

        task_count = self.task_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tasks": tasks,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if task_count is not UNSET:
            field_dict["taskCount"] = task_count
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = CommonTaskResponse.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        agent_id = d.pop("agentId", UNSET)

        task_count = d.pop("taskCount", UNSET)

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

        expires_at = d.pop("expiresAt", UNSET)
        if expires_at is not None and not isinstance(expires_at, Unset) and isinstance(expires_at, str):
            try:
                expires_at_type_0 = datetime.datetime.fromisoformat(expires_at)

                expires_at = expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        agentic_contexts_detail_response = cls(
            id=id,
            tasks=tasks,
            agent_id=agent_id,
            task_count=task_count,
            created_at=created_at,
            updated_at=updated_at,
            expires_at=expires_at,
        )

        agentic_contexts_detail_response.additional_properties = d
        return agentic_contexts_detail_response

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


from ..models.common_task_response import CommonTaskResponse  # noqa: E402  (corti-interactions: see the top)
