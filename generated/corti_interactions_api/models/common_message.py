from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_message_role import CommonMessageRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonMessage")


@_attrs_define
class CommonMessage:
    """An A2A 1.0 message.

    Attributes:
        role (CommonMessageRole | str): `ROLE_USER` or `ROLE_AGENT`.
        parts (list[CommonPart]): The message's parts.
        message_id (str | Unset): `msg.<uuidv7>`.
        context_id (str | Unset): The context; set it to continue a conversation.
        task_id (str | Unset): The task; set it to answer `TASK_STATE_INPUT_REQUIRED`.
        reference_task_ids (list[str] | Unset): Tasks it refers to.
        extensions (list[str] | Unset): Extension URIs.
        metadata (CommonMessageMetadata | Unset): Free-form; Corti's keys start with `$`.
    """

    role: CommonMessageRole | str
    parts: list[CommonPart]
    message_id: str | Unset = UNSET
    context_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    reference_task_ids: list[str] | Unset = UNSET
    extensions: list[str] | Unset = UNSET
    metadata: CommonMessageMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "role": "role",
        "parts": "parts",
        "message_id": "messageId",
        "context_id": "contextId",
        "task_id": "taskId",
        "reference_task_ids": "referenceTaskIds",
        "extensions": "extensions",
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
        role: str
        if isinstance(self.role, CommonMessageRole):
            role = self.role.value
        else:
            role = self.role

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        message_id = self.message_id

        context_id = self.context_id

        task_id = self.task_id

        reference_task_ids: list[str] | Unset = UNSET
        if not isinstance(self.reference_task_ids, Unset):
            reference_task_ids = self.reference_task_ids

        extensions: list[str] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "parts": parts,
            }
        )
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if context_id is not UNSET:
            field_dict["contextId"] = context_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if reference_task_ids is not UNSET:
            field_dict["referenceTaskIds"] = reference_task_ids
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")
        if isinstance(role, str):
            try:
                role_type_0 = CommonMessageRole(role)

                role = role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = CommonPart.from_dict(parts_item_data)

            parts.append(parts_item)

        message_id = d.pop("messageId", UNSET)

        context_id = d.pop("contextId", UNSET)

        task_id = d.pop("taskId", UNSET)

        reference_task_ids = cast(list[str], d.pop("referenceTaskIds", UNSET))

        extensions = cast(list[str], d.pop("extensions", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CommonMessageMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CommonMessageMetadata.from_dict(_metadata)

        common_message = cls(
            role=role,
            parts=parts,
            message_id=message_id,
            context_id=context_id,
            task_id=task_id,
            reference_task_ids=reference_task_ids,
            extensions=extensions,
            metadata=metadata,
        )

        common_message.additional_properties = d
        return common_message

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


from ..models.common_message_metadata import CommonMessageMetadata  # noqa: E402  (corti-interactions: see the top)
from ..models.common_part import CommonPart  # noqa: E402  (corti-interactions: see the top)
