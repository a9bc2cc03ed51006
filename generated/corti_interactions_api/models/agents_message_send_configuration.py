from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsMessageSendConfiguration")


@_attrs_define
class AgentsMessageSendConfiguration:
    """How to send a v1 message.

    Attributes:
        accepted_output_modes (list[str] | Unset): Media types accepted back.
        history_length (int | Unset): The number of previous messages to include.
        blocking (bool | Unset): Wait for the task to complete (the server may refuse).
        push_notification_config (AgentsPushNotificationConfig | Unset): Where to push task updates.
    """

    accepted_output_modes: list[str] | Unset = UNSET
    history_length: int | Unset = UNSET
    blocking: bool | Unset = UNSET
    push_notification_config: AgentsPushNotificationConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "accepted_output_modes": "acceptedOutputModes",
        "history_length": "historyLength",
        "blocking": "blocking",
        "push_notification_config": "pushNotificationConfig",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        accepted_output_modes: list[str] | Unset = UNSET
        if not isinstance(self.accepted_output_modes, Unset):
            accepted_output_modes = self.accepted_output_modes

        history_length = self.history_length

        blocking = self.blocking

        push_notification_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.push_notification_config, Unset):
            push_notification_config = self.push_notification_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_output_modes is not UNSET:
            field_dict["acceptedOutputModes"] = accepted_output_modes
        if history_length is not UNSET:
            field_dict["historyLength"] = history_length
        if blocking is not UNSET:
            field_dict["blocking"] = blocking
        if push_notification_config is not UNSET:
            field_dict["pushNotificationConfig"] = push_notification_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted_output_modes = cast(list[str], d.pop("acceptedOutputModes", UNSET))

        history_length = d.pop("historyLength", UNSET)

        blocking = d.pop("blocking", UNSET)

        _push_notification_config = d.pop("pushNotificationConfig", UNSET)
        push_notification_config: AgentsPushNotificationConfig | Unset
        if isinstance(_push_notification_config, Unset):
            push_notification_config = UNSET
        else:
            push_notification_config = AgentsPushNotificationConfig.from_dict(_push_notification_config)

        agents_message_send_configuration = cls(
            accepted_output_modes=accepted_output_modes,
            history_length=history_length,
            blocking=blocking,
            push_notification_config=push_notification_config,
        )

        agents_message_send_configuration.additional_properties = d
        return agents_message_send_configuration

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


from ..models.agents_push_notification_config import AgentsPushNotificationConfig  # noqa: E402  (corti-interactions: see the top)
