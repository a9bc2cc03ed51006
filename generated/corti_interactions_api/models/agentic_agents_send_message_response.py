from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentsSendMessageResponse")


@_attrs_define
class AgenticAgentsSendMessageResponse:
    """Exactly one of `task` or `message` (the agent typically answers a task).

    Attributes:
        task (CommonTaskResponse | Unset): An A2A 1.0 task.
        message (CommonMessage | Unset): An A2A 1.0 message.
    """

    task: CommonTaskResponse | Unset = UNSET
    message: CommonMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "task": "task",
        "message": "message",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task is not UNSET:
            field_dict["task"] = task
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _task = d.pop("task", UNSET)
        task: CommonTaskResponse | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = CommonTaskResponse.from_dict(_task)

        _message = d.pop("message", UNSET)
        message: CommonMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = CommonMessage.from_dict(_message)

        agentic_agents_send_message_response = cls(
            task=task,
            message=message,
        )

        agentic_agents_send_message_response.additional_properties = d
        return agentic_agents_send_message_response

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


from ..models.common_message import CommonMessage  # noqa: E402  (corti-interactions: see the top)
from ..models.common_task_response import CommonTaskResponse  # noqa: E402  (corti-interactions: see the top)
