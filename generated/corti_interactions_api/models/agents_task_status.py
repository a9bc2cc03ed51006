from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agents_task_status_state import AgentsTaskStatusState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsTaskStatus")


@_attrs_define
class AgentsTaskStatus:
    """A v1 task's status.

    Attributes:
        state (AgentsTaskStatusState | str): The state.
        message (AgentsMessage | Unset): An A2A 0.3 message.
        timestamp (datetime.datetime | Unset): When it was set.
    """

    state: AgentsTaskStatusState | str
    message: AgentsMessage | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "state": "state",
        "message": "message",
        "timestamp": "timestamp",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        state: str
        if isinstance(self.state, AgentsTaskStatusState):
            state = self.state.value
        else:
            state = self.state

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = d.pop("state")
        if isinstance(state, str):
            try:
                state_type_0 = AgentsTaskStatusState(state)

                state = state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _message = d.pop("message", UNSET)
        message: AgentsMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = AgentsMessage.from_dict(_message)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        agents_task_status = cls(
            state=state,
            message=message,
            timestamp=timestamp,
        )

        agents_task_status.additional_properties = d
        return agents_task_status

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
