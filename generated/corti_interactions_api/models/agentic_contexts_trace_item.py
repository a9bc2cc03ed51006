from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="AgenticContextsTraceItem")


@_attrs_define
class AgenticContextsTraceItem:
    """A trace and its spans.

    Attributes:
        trace (AgenticContextsTraceItemTrace): A trace (snake_case keys on the wire).
        spans (list[AgenticContextsOpenInferenceSpan]): Its spans.
    """

    trace: AgenticContextsTraceItemTrace
    spans: list[AgenticContextsOpenInferenceSpan]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "trace": "trace",
        "spans": "spans",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        trace = self.trace.to_dict()

        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trace": trace,
                "spans": spans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trace = AgenticContextsTraceItemTrace.from_dict(d.pop("trace"))

        spans = []
        _spans = d.pop("spans")
        for spans_item_data in _spans:
            spans_item = AgenticContextsOpenInferenceSpan.from_dict(spans_item_data)

            spans.append(spans_item)

        agentic_contexts_trace_item = cls(
            trace=trace,
            spans=spans,
        )

        agentic_contexts_trace_item.additional_properties = d
        return agentic_contexts_trace_item

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


from ..models.agentic_contexts_open_inference_span import AgenticContextsOpenInferenceSpan  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_contexts_trace_item_trace import AgenticContextsTraceItemTrace  # noqa: E402  (corti-interactions: see the top)
