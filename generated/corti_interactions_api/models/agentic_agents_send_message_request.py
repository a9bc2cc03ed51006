from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentsSendMessageRequest")


@_attrs_define
class AgenticAgentsSendMessageRequest:
    """A message to an agent.

    Attributes:
        message (CommonMessage): An A2A 1.0 message.
        configuration (AgenticSendMessageConfiguration | Unset): How to send a message.
        metadata (AgenticAgentsSendMessageRequestMetadata | Unset): Free-form metadata.
        tenant (str | Unset): The A2A tenant of the card's interface (not `Tenant-Name`).
    """

    message: CommonMessage
    configuration: AgenticSendMessageConfiguration | Unset = UNSET
    metadata: AgenticAgentsSendMessageRequestMetadata | Unset = UNSET
    tenant: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "configuration": "configuration",
        "metadata": "metadata",
        "tenant": "tenant",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tenant = self.tenant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = CommonMessage.from_dict(d.pop("message"))

        _configuration = d.pop("configuration", UNSET)
        configuration: AgenticSendMessageConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = AgenticSendMessageConfiguration.from_dict(_configuration)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgenticAgentsSendMessageRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgenticAgentsSendMessageRequestMetadata.from_dict(_metadata)

        tenant = d.pop("tenant", UNSET)

        agentic_agents_send_message_request = cls(
            message=message,
            configuration=configuration,
            metadata=metadata,
            tenant=tenant,
        )

        agentic_agents_send_message_request.additional_properties = d
        return agentic_agents_send_message_request

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


from ..models.agentic_agents_send_message_request_metadata import AgenticAgentsSendMessageRequestMetadata  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_send_message_configuration import AgenticSendMessageConfiguration  # noqa: E402  (corti-interactions: see the top)
from ..models.common_message import CommonMessage  # noqa: E402  (corti-interactions: see the top)
