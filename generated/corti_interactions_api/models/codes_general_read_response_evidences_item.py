from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodesGeneralReadResponseEvidencesItem")


@_attrs_define
class CodesGeneralReadResponseEvidencesItem:
    """One span of evidence (older answers have no `start` and `end`; both optional here, inferred).

    Attributes:
        context_index (int): The index of the request's context item it is in.
        text (str): The span's text.
        start (int | Unset): Its 0-based start character offset (inclusive).
        end (int | Unset): Its end character offset (exclusive).
    """

    context_index: int
    text: str
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "context_index": "contextIndex",
        "text": "text",
        "start": "start",
        "end": "end",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        context_index = self.context_index

        text = self.text

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contextIndex": context_index,
                "text": text,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_index = d.pop("contextIndex")

        text = d.pop("text")

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        codes_general_read_response_evidences_item = cls(
            context_index=context_index,
            text=text,
            start=start,
            end=end,
        )

        codes_general_read_response_evidences_item.additional_properties = d
        return codes_general_read_response_evidences_item

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
