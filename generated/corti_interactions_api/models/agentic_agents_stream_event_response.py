from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentsStreamEventResponse")


@_attrs_define
class AgenticAgentsStreamEventResponse:
    """One server-sent event (its frame fields, as Corti's SDK and OpenAPI 3.2's `itemSchema` model it): `data` is one JSON
    value, an `AgenticStreamResponse` (`contentSchema`); the client hands over the typed `data`, with `event` and `id`
    kept on an unknown event.

        Attributes:
            data (str | Unset): SSE payload: an A2A HTTP+JSON streaming response.
            event (str | Unset): Absent for the default `message` event.
            id (str | Unset): Echo the last one as `Last-Event-ID` to resume a dropped stream.
            retry (int | Unset): The reconnection time (ms).
    """

    data: str | Unset = UNSET
    event: str | Unset = UNSET
    id: str | Unset = UNSET
    retry: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "event": "event",
        "id": "id",
        "retry": "retry",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        event = self.event

        id = self.id

        retry = self.retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if retry is not UNSET:
            field_dict["retry"] = retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        event = d.pop("event", UNSET)

        id = d.pop("id", UNSET)

        retry = d.pop("retry", UNSET)

        agentic_agents_stream_event_response = cls(
            data=data,
            event=event,
            id=id,
            retry=retry,
        )

        agentic_agents_stream_event_response.additional_properties = d
        return agentic_agents_stream_event_response

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
