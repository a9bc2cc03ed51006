from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsPushNotificationConfig")


@_attrs_define
class AgentsPushNotificationConfig:
    """Where to push task updates.

    Attributes:
        url (str): The webhook URL.
        id (str | Unset): The config's id.
        token (str | Unset): A token for the webhook.
        authentication (AgentsPushNotificationAuthentication | Unset): How the webhook authenticates.
    """

    url: str
    id: str | Unset = UNSET
    token: str | Unset = UNSET
    authentication: AgentsPushNotificationAuthentication | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "id": "id",
        "token": "token",
        "authentication": "authentication",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        id = self.id

        token = self.token

        authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if token is not UNSET:
            field_dict["token"] = token
        if authentication is not UNSET:
            field_dict["authentication"] = authentication

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        id = d.pop("id", UNSET)

        token = d.pop("token", UNSET)

        _authentication = d.pop("authentication", UNSET)
        authentication: AgentsPushNotificationAuthentication | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = AgentsPushNotificationAuthentication.from_dict(_authentication)

        agents_push_notification_config = cls(
            url=url,
            id=id,
            token=token,
            authentication=authentication,
        )

        agents_push_notification_config.additional_properties = d
        return agents_push_notification_config

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


from ..models.agents_push_notification_authentication import AgentsPushNotificationAuthentication  # noqa: E402  (corti-interactions: see the top)
