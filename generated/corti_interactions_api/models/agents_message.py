from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agents_message_kind import AgentsMessageKind
from ..models.agents_message_role import AgentsMessageRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsMessage")


@_attrs_define
class AgentsMessage:
    """An A2A 0.3 message.

    Attributes:
        role (AgentsMessageRole | str): `user` or `agent`.
        parts (list[AgentsPart]): The message's parts.
        message_id (str): The message's id (the client's choice).
        kind (AgentsMessageKind | str): Always `message`.
        metadata (AgentsMessageMetadata | Unset): Free-form metadata.
        extensions (list[str] | Unset): Extension URIs.
        reference_task_ids (list[str] | Unset): Tasks this message refers to.
        task_id (str | Unset): The task it continues.
        context_id (str | Unset): The context (thread) it belongs to.
    """

    role: AgentsMessageRole | str
    parts: list[AgentsPart]
    message_id: str
    kind: AgentsMessageKind | str
    metadata: AgentsMessageMetadata | Unset = UNSET
    extensions: list[str] | Unset = UNSET
    reference_task_ids: list[str] | Unset = UNSET
    task_id: str | Unset = UNSET
    context_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "role": "role",
        "parts": "parts",
        "message_id": "messageId",
        "kind": "kind",
        "metadata": "metadata",
        "extensions": "extensions",
        "reference_task_ids": "referenceTaskIds",
        "task_id": "taskId",
        "context_id": "contextId",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        role: str
        if isinstance(self.role, AgentsMessageRole):
            role = self.role.value
        else:
            role = self.role

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        message_id = self.message_id

        kind: str
        if isinstance(self.kind, AgentsMessageKind):
            kind = self.kind.value
        else:
            kind = self.kind

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        extensions: list[str] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions

        reference_task_ids: list[str] | Unset = UNSET
        if not isinstance(self.reference_task_ids, Unset):
            reference_task_ids = self.reference_task_ids

        task_id = self.task_id

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "parts": parts,
                "messageId": message_id,
                "kind": kind,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if reference_task_ids is not UNSET:
            field_dict["referenceTaskIds"] = reference_task_ids
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if context_id is not UNSET:
            field_dict["contextId"] = context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")
        if isinstance(role, str):
            try:
                role_type_0 = AgentsMessageRole(role)

                role = role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = AgentsPart.from_dict(parts_item_data)

            parts.append(parts_item)

        message_id = d.pop("messageId")

        kind = d.pop("kind")
        if isinstance(kind, str):
            try:
                kind_type_0 = AgentsMessageKind(kind)

                kind = kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _metadata = d.pop("metadata", UNSET)
        metadata: AgentsMessageMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgentsMessageMetadata.from_dict(_metadata)

        extensions = cast(list[str], d.pop("extensions", UNSET))

        reference_task_ids = cast(list[str], d.pop("referenceTaskIds", UNSET))

        task_id = d.pop("taskId", UNSET)

        context_id = d.pop("contextId", UNSET)

        agents_message = cls(
            role=role,
            parts=parts,
            message_id=message_id,
            kind=kind,
            metadata=metadata,
            extensions=extensions,
            reference_task_ids=reference_task_ids,
            task_id=task_id,
            context_id=context_id,
        )

        agents_message.additional_properties = d
        return agents_message

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


from ..models.agents_message_metadata import AgentsMessageMetadata  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_part import AgentsPart  # noqa: E402  (corti-interactions: see the top)
