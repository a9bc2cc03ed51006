from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticFeedbackResponse")


@_attrs_define
class AgenticFeedbackResponse:
    """Feedback as stored.

    Attributes:
        id (str): `fb.<uuidv7>`.
        task_id (str): The task.
        rating (AgenticFeedbackRating): A rating.
        normalized_score (float): 0 to 1.
        labels (list[str]): The labels.
        reason (str | Unset): The reason.
        target (AgenticFeedbackTarget | Unset): The message the feedback is about (left out, the whole task).
        metadata (AgenticFeedbackMetadata | Unset): About the feedback.
        created_at (datetime.datetime | Unset): When it was given.
    """

    id: str
    task_id: str
    rating: AgenticFeedbackRating
    normalized_score: float
    labels: list[str]
    reason: str | Unset = UNSET
    target: AgenticFeedbackTarget | Unset = UNSET
    metadata: AgenticFeedbackMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "task_id": "taskId",
        "rating": "rating",
        "normalized_score": "normalizedScore",
        "labels": "labels",
        "reason": "reason",
        "target": "target",
        "metadata": "metadata",
        "created_at": "createdAt",
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

        task_id = self.task_id

        rating = self.rating.to_dict()

        normalized_score = self.normalized_score

        labels = self.labels

        reason = self.reason

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "taskId": task_id,
                "rating": rating,
                "normalizedScore": normalized_score,
                "labels": labels,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if target is not UNSET:
            field_dict["target"] = target
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        task_id = d.pop("taskId")

        rating = AgenticFeedbackRating.from_dict(d.pop("rating"))

        normalized_score = d.pop("normalizedScore")

        labels = cast(list[str], d.pop("labels"))

        reason = d.pop("reason", UNSET)

        _target = d.pop("target", UNSET)
        target: AgenticFeedbackTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = AgenticFeedbackTarget.from_dict(_target)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgenticFeedbackMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgenticFeedbackMetadata.from_dict(_metadata)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        agentic_feedback_response = cls(
            id=id,
            task_id=task_id,
            rating=rating,
            normalized_score=normalized_score,
            labels=labels,
            reason=reason,
            target=target,
            metadata=metadata,
            created_at=created_at,
        )

        agentic_feedback_response.additional_properties = d
        return agentic_feedback_response

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


from ..models.agentic_feedback_metadata import AgenticFeedbackMetadata  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_feedback_rating import AgenticFeedbackRating  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_feedback_target import AgenticFeedbackTarget  # noqa: E402  (corti-interactions: see the top)
