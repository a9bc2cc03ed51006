from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsMessageSendResponse")


@_attrs_define
class AgentsMessageSendResponse:
    """The answer to a v1 message, a `message` or a `task`.

    Attributes:
        message (AgentsMessage | Unset): An A2A 0.3 message.
        task (AgentsTask | Unset): An A2A 0.3 task.
    """

    message: AgentsMessage | Unset = UNSET
    task: AgentsTask | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "task": "task",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _message = d.pop("message", UNSET)
        message: AgentsMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = AgentsMessage.from_dict(_message)

        _task = d.pop("task", UNSET)
        task: AgentsTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = AgentsTask.from_dict(_task)

        agents_message_send_response = cls(
            message=message,
            task=task,
        )

        agents_message_send_response.additional_properties = d
        return agents_message_send_response

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


from ..models.agents_message import AgentsMessage  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_task import AgentsTask  # noqa: E402  (corti-interactions: see the top)
