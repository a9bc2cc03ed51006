from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsAgentCard")


@_attrs_define
class AgentsAgentCard:
    """The A2A 0.3 agent card of a v1 agent.

    Attributes:
        protocol_version (str): The A2A version.
        name (str): The agent's name.
        description (str): What it does.
        url (str): Its A2A endpoint (JSON-RPC).
        version (str): The agent's version.
        capabilities (AgentsAgentCardCapabilitiesType0 | None): `streaming`, `pushNotifications`,
            `stateTransitionHistory`, `extensions`.
        default_input_modes (list[str]): Input media types.
        default_output_modes (list[str]): Output media types.
        skills (list[AgentsAgentCardSkillsItem]): What it can do.
        preferred_transport (None | str | Unset): The preferred transport.
        additional_interfaces (list[AgentsAgentCardAdditionalInterfacesType0Item] | None | Unset): Other interfaces
            (`url`, `transport`).
        icon_url (None | str | Unset): An icon.
        documentation_url (None | str | Unset): Documentation.
        provider (AgentsAgentCardProviderType0 | None | Unset): `organization`, `url`.
        security_schemes (AgentsAgentCardSecuritySchemesType0 | None | Unset): Security schemes.
        security (list[AgentsAgentCardSecurityType0Item] | None | Unset): Security requirements.
        supports_authenticated_extended_card (bool | None | Unset): Whether an extended card exists.
        signatures (list[AgentsAgentCardSignaturesType0Item] | None | Unset): Card signatures.
    """

    protocol_version: str
    name: str
    description: str
    url: str
    version: str
    capabilities: AgentsAgentCardCapabilitiesType0 | None
    default_input_modes: list[str]
    default_output_modes: list[str]
    skills: list[AgentsAgentCardSkillsItem]
    preferred_transport: None | str | Unset = UNSET
    additional_interfaces: list[AgentsAgentCardAdditionalInterfacesType0Item] | None | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    documentation_url: None | str | Unset = UNSET
    provider: AgentsAgentCardProviderType0 | None | Unset = UNSET
    security_schemes: AgentsAgentCardSecuritySchemesType0 | None | Unset = UNSET
    security: list[AgentsAgentCardSecurityType0Item] | None | Unset = UNSET
    supports_authenticated_extended_card: bool | None | Unset = UNSET
    signatures: list[AgentsAgentCardSignaturesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "protocol_version": "protocolVersion",
        "name": "name",
        "description": "description",
        "url": "url",
        "version": "version",
        "capabilities": "capabilities",
        "default_input_modes": "defaultInputModes",
        "default_output_modes": "defaultOutputModes",
        "skills": "skills",
        "preferred_transport": "preferredTransport",
        "additional_interfaces": "additionalInterfaces",
        "icon_url": "iconUrl",
        "documentation_url": "documentationUrl",
        "provider": "provider",
        "security_schemes": "securitySchemes",
        "security": "security",
        "supports_authenticated_extended_card": "supportsAuthenticatedExtendedCard",
        "signatures": "signatures",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        protocol_version = self.protocol_version

        name = self.name

        description = self.description

        url = self.url

        version = self.version

        capabilities: dict[str, Any] | None
        if isinstance(self.capabilities, AgentsAgentCardCapabilitiesType0):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        default_input_modes = self.default_input_modes

        default_output_modes = self.default_output_modes

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        preferred_transport: None | str | Unset
        if isinstance(self.preferred_transport, Unset):
            preferred_transport = UNSET
        else:
            preferred_transport = self.preferred_transport

        additional_interfaces: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_interfaces, Unset):
            additional_interfaces = UNSET
        elif isinstance(self.additional_interfaces, list):
            additional_interfaces = []
            for additional_interfaces_type_0_item_data in self.additional_interfaces:
                additional_interfaces_type_0_item = additional_interfaces_type_0_item_data.to_dict()
                additional_interfaces.append(additional_interfaces_type_0_item)

        else:
            additional_interfaces = self.additional_interfaces

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        documentation_url: None | str | Unset
        if isinstance(self.documentation_url, Unset):
            documentation_url = UNSET
        else:
            documentation_url = self.documentation_url

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, AgentsAgentCardProviderType0):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        security_schemes: dict[str, Any] | None | Unset
        if isinstance(self.security_schemes, Unset):
            security_schemes = UNSET
        elif isinstance(self.security_schemes, AgentsAgentCardSecuritySchemesType0):
            security_schemes = self.security_schemes.to_dict()
        else:
            security_schemes = self.security_schemes

        security: list[dict[str, Any]] | None | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, list):
            security = []
            for security_type_0_item_data in self.security:
                security_type_0_item = security_type_0_item_data.to_dict()
                security.append(security_type_0_item)

        else:
            security = self.security

        supports_authenticated_extended_card: bool | None | Unset
        if isinstance(self.supports_authenticated_extended_card, Unset):
            supports_authenticated_extended_card = UNSET
        else:
            supports_authenticated_extended_card = self.supports_authenticated_extended_card

        signatures: list[dict[str, Any]] | None | Unset
        if isinstance(self.signatures, Unset):
            signatures = UNSET
        elif isinstance(self.signatures, list):
            signatures = []
            for signatures_type_0_item_data in self.signatures:
                signatures_type_0_item = signatures_type_0_item_data.to_dict()
                signatures.append(signatures_type_0_item)

        else:
            signatures = self.signatures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocolVersion": protocol_version,
                "name": name,
                "description": description,
                "url": url,
                "version": version,
                "capabilities": capabilities,
                "defaultInputModes": default_input_modes,
                "defaultOutputModes": default_output_modes,
                "skills": skills,
            }
        )
        if preferred_transport is not UNSET:
            field_dict["preferredTransport"] = preferred_transport
        if additional_interfaces is not UNSET:
            field_dict["additionalInterfaces"] = additional_interfaces
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if documentation_url is not UNSET:
            field_dict["documentationUrl"] = documentation_url
        if provider is not UNSET:
            field_dict["provider"] = provider
        if security_schemes is not UNSET:
            field_dict["securitySchemes"] = security_schemes
        if security is not UNSET:
            field_dict["security"] = security
        if supports_authenticated_extended_card is not UNSET:
            field_dict["supportsAuthenticatedExtendedCard"] = supports_authenticated_extended_card
        if signatures is not UNSET:
            field_dict["signatures"] = signatures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol_version = d.pop("protocolVersion")

        name = d.pop("name")

        description = d.pop("description")

        url = d.pop("url")

        version = d.pop("version")

        capabilities = d.pop("capabilities")
        if capabilities is not None and isinstance(capabilities, dict):
            try:
                capabilities_type_0 = AgentsAgentCardCapabilitiesType0.from_dict(capabilities)

                capabilities = capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_input_modes = cast(list[str], d.pop("defaultInputModes"))

        default_output_modes = cast(list[str], d.pop("defaultOutputModes"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = AgentsAgentCardSkillsItem.from_dict(skills_item_data)

            skills.append(skills_item)

        preferred_transport = d.pop("preferredTransport", UNSET)

        additional_interfaces = d.pop("additionalInterfaces", UNSET)
        if (
            additional_interfaces is not None
            and not isinstance(additional_interfaces, Unset)
            and isinstance(additional_interfaces, list)
        ):
            try:
                additional_interfaces_type_0 = []
                _additional_interfaces_type_0 = additional_interfaces
                for additional_interfaces_type_0_item_data in _additional_interfaces_type_0:
                    additional_interfaces_type_0_item = AgentsAgentCardAdditionalInterfacesType0Item.from_dict(
                        additional_interfaces_type_0_item_data
                    )

                    additional_interfaces_type_0.append(additional_interfaces_type_0_item)

                additional_interfaces = additional_interfaces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        icon_url = d.pop("iconUrl", UNSET)

        documentation_url = d.pop("documentationUrl", UNSET)

        provider = d.pop("provider", UNSET)
        if provider is not None and not isinstance(provider, Unset) and isinstance(provider, dict):
            try:
                provider_type_0 = AgentsAgentCardProviderType0.from_dict(provider)

                provider = provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        security_schemes = d.pop("securitySchemes", UNSET)
        if (
            security_schemes is not None
            and not isinstance(security_schemes, Unset)
            and isinstance(security_schemes, dict)
        ):
            try:
                security_schemes_type_0 = AgentsAgentCardSecuritySchemesType0.from_dict(security_schemes)

                security_schemes = security_schemes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        security = d.pop("security", UNSET)
        if security is not None and not isinstance(security, Unset) and isinstance(security, list):
            try:
                security_type_0 = []
                _security_type_0 = security
                for security_type_0_item_data in _security_type_0:
                    security_type_0_item = AgentsAgentCardSecurityType0Item.from_dict(security_type_0_item_data)

                    security_type_0.append(security_type_0_item)

                security = security_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        supports_authenticated_extended_card = d.pop("supportsAuthenticatedExtendedCard", UNSET)

        signatures = d.pop("signatures", UNSET)
        if signatures is not None and not isinstance(signatures, Unset) and isinstance(signatures, list):
            try:
                signatures_type_0 = []
                _signatures_type_0 = signatures
                for signatures_type_0_item_data in _signatures_type_0:
                    signatures_type_0_item = AgentsAgentCardSignaturesType0Item.from_dict(signatures_type_0_item_data)

                    signatures_type_0.append(signatures_type_0_item)

                signatures = signatures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        agents_agent_card = cls(
            protocol_version=protocol_version,
            name=name,
            description=description,
            url=url,
            version=version,
            capabilities=capabilities,
            default_input_modes=default_input_modes,
            default_output_modes=default_output_modes,
            skills=skills,
            preferred_transport=preferred_transport,
            additional_interfaces=additional_interfaces,
            icon_url=icon_url,
            documentation_url=documentation_url,
            provider=provider,
            security_schemes=security_schemes,
            security=security,
            supports_authenticated_extended_card=supports_authenticated_extended_card,
            signatures=signatures,
        )

        agents_agent_card.additional_properties = d
        return agents_agent_card

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


from ..models.agents_agent_card_additional_interfaces_type_0_item import AgentsAgentCardAdditionalInterfacesType0Item  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_agent_card_capabilities_type_0 import AgentsAgentCardCapabilitiesType0  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_agent_card_provider_type_0 import AgentsAgentCardProviderType0  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_agent_card_security_schemes_type_0 import AgentsAgentCardSecuritySchemesType0  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_agent_card_security_type_0_item import AgentsAgentCardSecurityType0Item  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_agent_card_signatures_type_0_item import AgentsAgentCardSignaturesType0Item  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_agent_card_skills_item import AgentsAgentCardSkillsItem  # noqa: E402  (corti-interactions: see the top)
