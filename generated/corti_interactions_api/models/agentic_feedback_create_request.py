from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agentic_feedback_label import AgenticFeedbackLabel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticFeedbackCreateRequest")


@_attrs_define
class AgenticFeedbackCreateRequest:
    """Feedback on a task.

    Attributes:
        rating (AgenticFeedbackRating): A rating.
        labels (list[AgenticFeedbackLabel] | Unset): At most five, no duplicates.
        reason (str | Unset): Required when `labels` has `other`.
        target (AgenticFeedbackTarget | Unset): The message the feedback is about (left out, the whole task).
        metadata (AgenticFeedbackMetadata | Unset): About the feedback.
    """

    rating: AgenticFeedbackRating
    labels: list[AgenticFeedbackLabel] | Unset = UNSET
    reason: str | Unset = UNSET
    target: AgenticFeedbackTarget | Unset = UNSET
    metadata: AgenticFeedbackMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "rating": "rating",
        "labels": "labels",
        "reason": "reason",
        "target": "target",
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
        rating = self.rating.to_dict()

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.value
                labels.append(labels_item)

        reason = self.reason

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if reason is not UNSET:
            field_dict["reason"] = reason
        if target is not UNSET:
            field_dict["target"] = target
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rating = AgenticFeedbackRating.from_dict(d.pop("rating"))

        _labels = d.pop("labels", UNSET)
        labels: list[AgenticFeedbackLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = AgenticFeedbackLabel(labels_item_data)

                labels.append(labels_item)

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

        agentic_feedback_create_request = cls(
            rating=rating,
            labels=labels,
            reason=reason,
            target=target,
            metadata=metadata,
        )

        agentic_feedback_create_request.additional_properties = d
        return agentic_feedback_create_request

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
