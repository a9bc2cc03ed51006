from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticTaskArtifactUpdate")


@_attrs_define
class AgenticTaskArtifactUpdate:
    """An artifact update (inferred from A2A).

    Attributes:
        task_id (str): The task.
        context_id (str): Its context.
        artifact (CommonArtifactResponse): An artifact.
        append (bool | Unset): Appends to an artifact sent before.
        last_chunk (bool | Unset): The artifact's last chunk.
        metadata (AgenticTaskArtifactUpdateMetadata | Unset): Free-form metadata.
    """

    task_id: str
    context_id: str
    artifact: CommonArtifactResponse
    append: bool | Unset = UNSET
    last_chunk: bool | Unset = UNSET
    metadata: AgenticTaskArtifactUpdateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "task_id": "taskId",
        "context_id": "contextId",
        "artifact": "artifact",
        "append": "append",
        "last_chunk": "lastChunk",
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
        task_id = self.task_id

        context_id = self.context_id

        artifact = self.artifact.to_dict()

        append = self.append

        last_chunk = self.last_chunk

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "contextId": context_id,
                "artifact": artifact,
            }
        )
        if append is not UNSET:
            field_dict["append"] = append
        if last_chunk is not UNSET:
            field_dict["lastChunk"] = last_chunk
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        context_id = d.pop("contextId")

        artifact = CommonArtifactResponse.from_dict(d.pop("artifact"))

        append = d.pop("append", UNSET)

        last_chunk = d.pop("lastChunk", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgenticTaskArtifactUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgenticTaskArtifactUpdateMetadata.from_dict(_metadata)

        agentic_task_artifact_update = cls(
            task_id=task_id,
            context_id=context_id,
            artifact=artifact,
            append=append,
            last_chunk=last_chunk,
            metadata=metadata,
        )

        agentic_task_artifact_update.additional_properties = d
        return agentic_task_artifact_update

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


from ..models.agentic_task_artifact_update_metadata import AgenticTaskArtifactUpdateMetadata  # noqa: E402  (corti-interactions: see the top)
from ..models.common_artifact_response import CommonArtifactResponse  # noqa: E402  (corti-interactions: see the top)
