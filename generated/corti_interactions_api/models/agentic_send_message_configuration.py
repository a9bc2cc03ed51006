from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticSendMessageConfiguration")


@_attrs_define
class AgenticSendMessageConfiguration:
    """How to send a message.

    Attributes:
        return_immediately (bool | Unset): Return once the task is submitted (default: wait for a terminal or
            interrupted state).
        history_length (int | Unset): How many history messages to answer.
        accepted_output_modes (list[str] | Unset): Media types accepted back.
    """

    return_immediately: bool | Unset = UNSET
    history_length: int | Unset = UNSET
    accepted_output_modes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "return_immediately": "returnImmediately",
        "history_length": "historyLength",
        "accepted_output_modes": "acceptedOutputModes",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        return_immediately = self.return_immediately

        history_length = self.history_length

        accepted_output_modes: list[str] | Unset = UNSET
        if not isinstance(self.accepted_output_modes, Unset):
            accepted_output_modes = self.accepted_output_modes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_immediately is not UNSET:
            field_dict["returnImmediately"] = return_immediately
        if history_length is not UNSET:
            field_dict["historyLength"] = history_length
        if accepted_output_modes is not UNSET:
            field_dict["acceptedOutputModes"] = accepted_output_modes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_immediately = d.pop("returnImmediately", UNSET)

        history_length = d.pop("historyLength", UNSET)

        accepted_output_modes = cast(list[str], d.pop("acceptedOutputModes", UNSET))

        agentic_send_message_configuration = cls(
            return_immediately=return_immediately,
            history_length=history_length,
            accepted_output_modes=accepted_output_modes,
        )

        agentic_send_message_configuration.additional_properties = d
        return agentic_send_message_configuration

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
