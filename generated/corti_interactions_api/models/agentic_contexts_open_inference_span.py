from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticContextsOpenInferenceSpan")


@_attrs_define
class AgenticContextsOpenInferenceSpan:
    """A span (snake_case keys on the wire).

    Attributes:
        name (str): Its name.
        span_id (str): `span.<uuidv7>`.
        start_time (datetime.datetime): Start.
        parent_span_id (str | Unset): Its parent.
        end_time (datetime.datetime | None | Unset): End.
        attributes (AgenticContextsOpenInferenceSpanAttributes | Unset): OpenInference attributes.
    """

    name: str
    span_id: str
    start_time: datetime.datetime
    parent_span_id: str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    attributes: AgenticContextsOpenInferenceSpanAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "span_id": "span_id",
        "start_time": "start_time",
        "parent_span_id": "parent_span_id",
        "end_time": "end_time",
        "attributes": "attributes",
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

        span_id = self.span_id

        start_time = self.start_time.isoformat()

        parent_span_id = self.parent_span_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "span_id": span_id,
                "start_time": start_time,
            }
        )
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        span_id = d.pop("span_id")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        parent_span_id = d.pop("parent_span_id", UNSET)

        end_time = d.pop("end_time", UNSET)
        if end_time is not None and not isinstance(end_time, Unset) and isinstance(end_time, str):
            try:
                end_time_type_0 = datetime.datetime.fromisoformat(end_time)

                end_time = end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _attributes = d.pop("attributes", UNSET)
        attributes: AgenticContextsOpenInferenceSpanAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AgenticContextsOpenInferenceSpanAttributes.from_dict(_attributes)

        agentic_contexts_open_inference_span = cls(
            name=name,
            span_id=span_id,
            start_time=start_time,
            parent_span_id=parent_span_id,
            end_time=end_time,
            attributes=attributes,
        )

        agentic_contexts_open_inference_span.additional_properties = d
        return agentic_contexts_open_inference_span

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


from ..models.agentic_contexts_open_inference_span_attributes import AgenticContextsOpenInferenceSpanAttributes  # noqa: E402  (corti-interactions: see the top)
