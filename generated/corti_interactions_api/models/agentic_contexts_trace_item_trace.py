from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticContextsTraceItemTrace")


@_attrs_define
class AgenticContextsTraceItemTrace:
    """A trace (snake_case keys on the wire).

    Attributes:
        id (str): A 32-hex OTel id.
        name (str): Its name.
        start_time (datetime.datetime): Start.
        thread_id (str): The context id.
        end_time (datetime.datetime | None | Unset): End.
        input_ (Any | Unset): Its input.
        output (Any | Unset): Its output.
        metadata (AgenticContextsTraceItemTraceMetadata | Unset): Metadata.
        tags (list[str] | Unset): Tags.
    """

    id: str
    name: str
    start_time: datetime.datetime
    thread_id: str
    end_time: datetime.datetime | None | Unset = UNSET
    input_: Any | Unset = UNSET
    output: Any | Unset = UNSET
    metadata: AgenticContextsTraceItemTraceMetadata | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "start_time": "start_time",
        "thread_id": "thread_id",
        "end_time": "end_time",
        "input_": "input",
        "output": "output",
        "metadata": "metadata",
        "tags": "tags",
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

        name = self.name

        start_time = self.start_time.isoformat()

        thread_id = self.thread_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        input_ = self.input_

        output = self.output

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "start_time": start_time,
                "thread_id": thread_id,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        thread_id = d.pop("thread_id")

        end_time = d.pop("end_time", UNSET)
        if end_time is not None and not isinstance(end_time, Unset) and isinstance(end_time, str):
            try:
                end_time_type_0 = datetime.datetime.fromisoformat(end_time)

                end_time = end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        input_ = d.pop("input", UNSET)

        output = d.pop("output", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgenticContextsTraceItemTraceMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgenticContextsTraceItemTraceMetadata.from_dict(_metadata)

        tags = cast(list[str], d.pop("tags", UNSET))

        agentic_contexts_trace_item_trace = cls(
            id=id,
            name=name,
            start_time=start_time,
            thread_id=thread_id,
            end_time=end_time,
            input_=input_,
            output=output,
            metadata=metadata,
            tags=tags,
        )

        agentic_contexts_trace_item_trace.additional_properties = d
        return agentic_contexts_trace_item_trace

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


from ..models.agentic_contexts_trace_item_trace_metadata import AgenticContextsTraceItemTraceMetadata  # noqa: E402  (corti-interactions: see the top)
