from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentCardResponse")


@_attrs_define
class AgenticAgentCardResponse:
    """The A2A 1.0 agent card.

    Attributes:
        name (str): The agent's name.
        version (str): SemVer.
        capabilities (AgenticAgentCapabilities): What the agent supports.
        supported_interfaces (list[AgenticAgentInterface]): Where to reach it (`JSONRPC`, `HTTP+JSON`), protocol `1.0`.
        description (str | Unset): What it does.
        documentation_url (str | Unset): Documentation.
        icon_url (str | Unset): An icon.
        default_input_modes (list[str] | Unset): Input media types.
        default_output_modes (list[str] | Unset): Output media types.
        provider (AgenticAgentCardResponseProvider | Unset): `organization`, `url`.
        security_requirements (list[AgenticAgentCardResponseSecurityRequirementsItem] | Unset): Security requirements.
        security_schemes (AgenticAgentCardResponseSecuritySchemes | Unset): Security schemes.
        signatures (list[AgenticAgentCardResponseSignaturesItem] | Unset): Card signatures.
        skills (list[AgenticAgentSkill] | Unset): What it can do.
    """

    name: str
    version: str
    capabilities: AgenticAgentCapabilities
    supported_interfaces: list[AgenticAgentInterface]
    description: str | Unset = UNSET
    documentation_url: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    default_input_modes: list[str] | Unset = UNSET
    default_output_modes: list[str] | Unset = UNSET
    provider: AgenticAgentCardResponseProvider | Unset = UNSET
    security_requirements: list[AgenticAgentCardResponseSecurityRequirementsItem] | Unset = UNSET
    security_schemes: AgenticAgentCardResponseSecuritySchemes | Unset = UNSET
    signatures: list[AgenticAgentCardResponseSignaturesItem] | Unset = UNSET
    skills: list[AgenticAgentSkill] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "version": "version",
        "capabilities": "capabilities",
        "supported_interfaces": "supportedInterfaces",
        "description": "description",
        "documentation_url": "documentationUrl",
        "icon_url": "iconUrl",
        "default_input_modes": "defaultInputModes",
        "default_output_modes": "defaultOutputModes",
        "provider": "provider",
        "security_requirements": "securityRequirements",
        "security_schemes": "securitySchemes",
        "signatures": "signatures",
        "skills": "skills",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        capabilities = self.capabilities.to_dict()

        supported_interfaces = []
        for supported_interfaces_item_data in self.supported_interfaces:
            supported_interfaces_item = supported_interfaces_item_data.to_dict()
            supported_interfaces.append(supported_interfaces_item)

        description = self.description

        documentation_url = self.documentation_url

        icon_url = self.icon_url

        default_input_modes: list[str] | Unset = UNSET
        if not isinstance(self.default_input_modes, Unset):
            default_input_modes = self.default_input_modes

        default_output_modes: list[str] | Unset = UNSET
        if not isinstance(self.default_output_modes, Unset):
            default_output_modes = self.default_output_modes

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        security_requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security_requirements, Unset):
            security_requirements = []
            for security_requirements_item_data in self.security_requirements:
                security_requirements_item = security_requirements_item_data.to_dict()
                security_requirements.append(security_requirements_item)

        security_schemes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security_schemes, Unset):
            security_schemes = self.security_schemes.to_dict()

        signatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signatures, Unset):
            signatures = []
            for signatures_item_data in self.signatures:
                signatures_item = signatures_item_data.to_dict()
                signatures.append(signatures_item)

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "capabilities": capabilities,
                "supportedInterfaces": supported_interfaces,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if documentation_url is not UNSET:
            field_dict["documentationUrl"] = documentation_url
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if default_input_modes is not UNSET:
            field_dict["defaultInputModes"] = default_input_modes
        if default_output_modes is not UNSET:
            field_dict["defaultOutputModes"] = default_output_modes
        if provider is not UNSET:
            field_dict["provider"] = provider
        if security_requirements is not UNSET:
            field_dict["securityRequirements"] = security_requirements
        if security_schemes is not UNSET:
            field_dict["securitySchemes"] = security_schemes
        if signatures is not UNSET:
            field_dict["signatures"] = signatures
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        capabilities = AgenticAgentCapabilities.from_dict(d.pop("capabilities"))

        supported_interfaces = []
        _supported_interfaces = d.pop("supportedInterfaces")
        for supported_interfaces_item_data in _supported_interfaces:
            supported_interfaces_item = AgenticAgentInterface.from_dict(supported_interfaces_item_data)

            supported_interfaces.append(supported_interfaces_item)

        description = d.pop("description", UNSET)

        documentation_url = d.pop("documentationUrl", UNSET)

        icon_url = d.pop("iconUrl", UNSET)

        default_input_modes = cast(list[str], d.pop("defaultInputModes", UNSET))

        default_output_modes = cast(list[str], d.pop("defaultOutputModes", UNSET))

        _provider = d.pop("provider", UNSET)
        provider: AgenticAgentCardResponseProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = AgenticAgentCardResponseProvider.from_dict(_provider)

        _security_requirements = d.pop("securityRequirements", UNSET)
        security_requirements: list[AgenticAgentCardResponseSecurityRequirementsItem] | Unset = UNSET
        if _security_requirements is not UNSET:
            security_requirements = []
            for security_requirements_item_data in _security_requirements:
                security_requirements_item = AgenticAgentCardResponseSecurityRequirementsItem.from_dict(
                    security_requirements_item_data
                )

                security_requirements.append(security_requirements_item)

        _security_schemes = d.pop("securitySchemes", UNSET)
        security_schemes: AgenticAgentCardResponseSecuritySchemes | Unset
        if isinstance(_security_schemes, Unset):
            security_schemes = UNSET
        else:
            security_schemes = AgenticAgentCardResponseSecuritySchemes.from_dict(_security_schemes)

        _signatures = d.pop("signatures", UNSET)
        signatures: list[AgenticAgentCardResponseSignaturesItem] | Unset = UNSET
        if _signatures is not UNSET:
            signatures = []
            for signatures_item_data in _signatures:
                signatures_item = AgenticAgentCardResponseSignaturesItem.from_dict(signatures_item_data)

                signatures.append(signatures_item)

        _skills = d.pop("skills", UNSET)
        skills: list[AgenticAgentSkill] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = AgenticAgentSkill.from_dict(skills_item_data)

                skills.append(skills_item)

        agentic_agent_card_response = cls(
            name=name,
            version=version,
            capabilities=capabilities,
            supported_interfaces=supported_interfaces,
            description=description,
            documentation_url=documentation_url,
            icon_url=icon_url,
            default_input_modes=default_input_modes,
            default_output_modes=default_output_modes,
            provider=provider,
            security_requirements=security_requirements,
            security_schemes=security_schemes,
            signatures=signatures,
            skills=skills,
        )

        agentic_agent_card_response.additional_properties = d
        return agentic_agent_card_response

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


from ..models.agentic_agent_capabilities import AgenticAgentCapabilities  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_agent_card_response_provider import AgenticAgentCardResponseProvider  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_agent_card_response_security_requirements_item import (
    AgenticAgentCardResponseSecurityRequirementsItem,  # noqa: E402  (corti-interactions: see the top)
)
from ..models.agentic_agent_card_response_security_schemes import AgenticAgentCardResponseSecuritySchemes  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_agent_card_response_signatures_item import AgenticAgentCardResponseSignaturesItem  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_agent_interface import AgenticAgentInterface  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_agent_skill import AgenticAgentSkill  # noqa: E402  (corti-interactions: see the top)
