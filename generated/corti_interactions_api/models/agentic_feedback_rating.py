from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agentic_feedback_scale import AgenticFeedbackScale
from ..types import Unset

T = TypeVar("T", bound="AgenticFeedbackRating")


@_attrs_define
class AgenticFeedbackRating:
    """A rating.

    Attributes:
        scale (AgenticFeedbackScale | str): The scale.
        value (float): The value on the scale.
    """

    scale: AgenticFeedbackScale | str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "scale": "scale",
        "value": "value",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        scale: str
        if isinstance(self.scale, AgenticFeedbackScale):
            scale = self.scale.value
        else:
            scale = self.scale

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scale": scale,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scale = d.pop("scale")
        if isinstance(scale, str):
            try:
                scale_type_0 = AgenticFeedbackScale(scale)

                scale = scale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        value = d.pop("value")

        agentic_feedback_rating = cls(
            scale=scale,
            value=value,
        )

        agentic_feedback_rating.additional_properties = d
        return agentic_feedback_rating

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
