from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticConnectorsPatchRequest")


@_attrs_define
class AgenticConnectorsPatchRequest:
    """A merge patch of a connector; `type` is immutable.

    Attributes:
        enabled (bool | Unset): Whether it is on.
        name (str | Unset): Its name.
        url (None | str | Unset): Its URL.
        config (AgenticConnectorsPatchRequestConfigType0 | None | Unset): Its config.
        auth (CommonConnectorAuth | None | Unset): Its authentication.
    """

    enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    url: None | str | Unset = UNSET
    config: AgenticConnectorsPatchRequestConfigType0 | None | Unset = UNSET
    auth: CommonConnectorAuth | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "name": "name",
        "url": "url",
        "config": "config",
        "auth": "auth",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, AgenticConnectorsPatchRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, CommonConnectorAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if config is not UNSET:
            field_dict["config"] = config
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        config = d.pop("config", UNSET)
        if config is not None and not isinstance(config, Unset) and isinstance(config, dict):
            try:
                config_type_0 = AgenticConnectorsPatchRequestConfigType0.from_dict(config)

                config = config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        auth = d.pop("auth", UNSET)
        if auth is not None and not isinstance(auth, Unset) and isinstance(auth, dict):
            try:
                auth_type_0 = CommonConnectorAuth.from_dict(auth)

                auth = auth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        agentic_connectors_patch_request = cls(
            enabled=enabled,
            name=name,
            url=url,
            config=config,
            auth=auth,
        )

        agentic_connectors_patch_request.additional_properties = d
        return agentic_connectors_patch_request

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


from ..models.agentic_connectors_patch_request_config_type_0 import AgenticConnectorsPatchRequestConfigType0  # noqa: E402  (corti-interactions: see the top)
from ..models.common_connector_auth import CommonConnectorAuth  # noqa: E402  (corti-interactions: see the top)
