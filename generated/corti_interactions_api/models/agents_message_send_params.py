from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsMessageSendParams")


@_attrs_define
class AgentsMessageSendParams:
    """A message to send (v1).

    Attributes:
        message (AgentsMessage): An A2A 0.3 message.
        configuration (AgentsMessageSendConfiguration | Unset): How to send a v1 message.
        metadata (AgentsMessageSendParamsMetadata | Unset): Free-form metadata.
    """

    message: AgentsMessage
    configuration: AgentsMessageSendConfiguration | Unset = UNSET
    metadata: AgentsMessageSendParamsMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "configuration": "configuration",
        "metadata": "metadata",
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = AgentsMessage.from_dict(d.pop("message"))

        _configuration = d.pop("configuration", UNSET)
        configuration: AgentsMessageSendConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = AgentsMessageSendConfiguration.from_dict(_configuration)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgentsMessageSendParamsMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgentsMessageSendParamsMetadata.from_dict(_metadata)

        agents_message_send_params = cls(
            message=message,
            configuration=configuration,
            metadata=metadata,
        )

        agents_message_send_params.additional_properties = d
        return agents_message_send_params

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
from ..models.agents_message_send_configuration import AgentsMessageSendConfiguration  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_message_send_params_metadata import AgentsMessageSendParamsMetadata  # noqa: E402  (corti-interactions: see the top)
