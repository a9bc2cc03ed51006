from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_connector_transition import CommonConnectorTransition
from ..models.common_connector_type import CommonConnectorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonConnectorCreateRequest")


@_attrs_define
class CommonConnectorCreateRequest:
    """A connector, by `type`: `registry` (`name`, `config`), `mcp` (`name`, `url`, `auth`), `agent` (`agentId`), `a2a`
    (`url`, `name`) or `schema` (`name`, `description`, `schema`, `transition`). One object whose fields are checked per
    type by the service (inferred: a flat model; Corti's five shapes are a union on `type`).

        Attributes:
            type_ (CommonConnectorType): `openapi` and `custom` are reserved for later versions.
            name (str | Unset): A registry id, an MCP or tool name.
            url (str | Unset): An MCP server or A2A agent card URL.
            agent_id (str | Unset): An agent connector's `agt.` id.
            description (str | Unset): A schema connector's description.
            schema (CommonConnectorCreateRequestSchema | Unset): A schema connector's JSON Schema.
            transition (CommonConnectorTransition | Unset): The state a schema connector's call ends the loop in.
            config (CommonConnectorCreateRequestConfig | Unset): A registry connector's config (not yet persisted).
            auth (CommonConnectorAuth | Unset): An MCP connector's authentication.
            enabled (bool | Unset): Whether it is on.
    """

    type_: CommonConnectorType
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    description: str | Unset = UNSET
    schema: CommonConnectorCreateRequestSchema | Unset = UNSET
    transition: CommonConnectorTransition | Unset = UNSET
    config: CommonConnectorCreateRequestConfig | Unset = UNSET
    auth: CommonConnectorAuth | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "name": "name",
        "url": "url",
        "agent_id": "agentId",
        "description": "description",
        "schema": "schema",
        "transition": "transition",
        "config": "config",
        "auth": "auth",
        "enabled": "enabled",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        url = self.url

        agent_id = self.agent_id

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        transition: str | Unset = UNSET
        if not isinstance(self.transition, Unset):
            transition = self.transition.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if transition is not UNSET:
            field_dict["transition"] = transition
        if config is not UNSET:
            field_dict["config"] = config
        if auth is not UNSET:
            field_dict["auth"] = auth
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CommonConnectorType(d.pop("type"))

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        agent_id = d.pop("agentId", UNSET)

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: CommonConnectorCreateRequestSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = CommonConnectorCreateRequestSchema.from_dict(_schema)

        _transition = d.pop("transition", UNSET)
        transition: CommonConnectorTransition | Unset
        if isinstance(_transition, Unset):
            transition = UNSET
        else:
            transition = CommonConnectorTransition(_transition)

        _config = d.pop("config", UNSET)
        config: CommonConnectorCreateRequestConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CommonConnectorCreateRequestConfig.from_dict(_config)

        _auth = d.pop("auth", UNSET)
        auth: CommonConnectorAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = CommonConnectorAuth.from_dict(_auth)

        enabled = d.pop("enabled", UNSET)

        common_connector_create_request = cls(
            type_=type_,
            name=name,
            url=url,
            agent_id=agent_id,
            description=description,
            schema=schema,
            transition=transition,
            config=config,
            auth=auth,
            enabled=enabled,
        )

        common_connector_create_request.additional_properties = d
        return common_connector_create_request

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


from ..models.common_connector_auth import CommonConnectorAuth  # noqa: E402  (corti-interactions: see the top)
from ..models.common_connector_create_request_config import CommonConnectorCreateRequestConfig  # noqa: E402  (corti-interactions: see the top)
from ..models.common_connector_create_request_schema import CommonConnectorCreateRequestSchema  # noqa: E402  (corti-interactions: see the top)
