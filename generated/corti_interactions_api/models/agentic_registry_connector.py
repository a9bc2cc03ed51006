from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticRegistryConnector")


@_attrs_define
class AgenticRegistryConnector:
    """A registry connector.

    Attributes:
        id (str): A slug, e.g. `pubmed-expert`.
        type_ (str): The connector type.
        name (str): Its name.
        title (str | Unset): A title.
        description (str | Unset): What it does.
        version (str | Unset): Its version.
        icons (list[AgenticRegistryConnectorIconsItem] | Unset): Icons.
        provider (str | Unset): Its provider.
        website_url (str | Unset): A website.
        documentation_url (str | Unset): Documentation.
        capabilities (AgenticRegistryConnectorCapabilities | Unset): Capabilities.
        tags (list[str] | Unset): Tags.
        config_schema (AgenticRegistryConnectorConfigSchema | Unset): The JSON Schema of its config.
    """

    id: str
    type_: str
    name: str
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    version: str | Unset = UNSET
    icons: list[AgenticRegistryConnectorIconsItem] | Unset = UNSET
    provider: str | Unset = UNSET
    website_url: str | Unset = UNSET
    documentation_url: str | Unset = UNSET
    capabilities: AgenticRegistryConnectorCapabilities | Unset = UNSET
    tags: list[str] | Unset = UNSET
    config_schema: AgenticRegistryConnectorConfigSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "type_": "type",
        "name": "name",
        "title": "title",
        "description": "description",
        "version": "version",
        "icons": "icons",
        "provider": "provider",
        "website_url": "websiteUrl",
        "documentation_url": "documentationUrl",
        "capabilities": "capabilities",
        "tags": "tags",
        "config_schema": "configSchema",
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

        type_ = self.type_

        name = self.name

        title = self.title

        description = self.description

        version = self.version

        icons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.icons, Unset):
            icons = []
            for icons_item_data in self.icons:
                icons_item = icons_item_data.to_dict()
                icons.append(icons_item)

        provider = self.provider

        website_url = self.website_url

        documentation_url = self.documentation_url

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        config_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_schema, Unset):
            config_schema = self.config_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if icons is not UNSET:
            field_dict["icons"] = icons
        if provider is not UNSET:
            field_dict["provider"] = provider
        if website_url is not UNSET:
            field_dict["websiteUrl"] = website_url
        if documentation_url is not UNSET:
            field_dict["documentationUrl"] = documentation_url
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if tags is not UNSET:
            field_dict["tags"] = tags
        if config_schema is not UNSET:
            field_dict["configSchema"] = config_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        name = d.pop("name")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        version = d.pop("version", UNSET)

        _icons = d.pop("icons", UNSET)
        icons: list[AgenticRegistryConnectorIconsItem] | Unset = UNSET
        if _icons is not UNSET:
            icons = []
            for icons_item_data in _icons:
                icons_item = AgenticRegistryConnectorIconsItem.from_dict(icons_item_data)

                icons.append(icons_item)

        provider = d.pop("provider", UNSET)

        website_url = d.pop("websiteUrl", UNSET)

        documentation_url = d.pop("documentationUrl", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: AgenticRegistryConnectorCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = AgenticRegistryConnectorCapabilities.from_dict(_capabilities)

        tags = cast(list[str], d.pop("tags", UNSET))

        _config_schema = d.pop("configSchema", UNSET)
        config_schema: AgenticRegistryConnectorConfigSchema | Unset
        if isinstance(_config_schema, Unset):
            config_schema = UNSET
        else:
            config_schema = AgenticRegistryConnectorConfigSchema.from_dict(_config_schema)

        agentic_registry_connector = cls(
            id=id,
            type_=type_,
            name=name,
            title=title,
            description=description,
            version=version,
            icons=icons,
            provider=provider,
            website_url=website_url,
            documentation_url=documentation_url,
            capabilities=capabilities,
            tags=tags,
            config_schema=config_schema,
        )

        agentic_registry_connector.additional_properties = d
        return agentic_registry_connector

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


from ..models.agentic_registry_connector_capabilities import AgenticRegistryConnectorCapabilities  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_registry_connector_config_schema import AgenticRegistryConnectorConfigSchema  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_registry_connector_icons_item import AgenticRegistryConnectorIconsItem  # noqa: E402  (corti-interactions: see the top)
