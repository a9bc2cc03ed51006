from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeTranscriptData")


@_attrs_define
class TranscribeTranscriptData:
    """One dictation transcript.

    Attributes:
        text (str): The text, punctuated and formatted, command phrases removed.
        raw_transcript_text (str | Unset): The words as heard.
        start (float | Unset): Start, in seconds.
        end (float | Unset): End, in seconds.
        is_final (bool | Unset): False for an interim result that a later one replaces.
    """

    text: str
    raw_transcript_text: str | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    is_final: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "text": "text",
        "raw_transcript_text": "rawTranscriptText",
        "start": "start",
        "end": "end",
        "is_final": "isFinal",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        raw_transcript_text = self.raw_transcript_text

        start = self.start

        end = self.end

        is_final = self.is_final

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if raw_transcript_text is not UNSET:
            field_dict["rawTranscriptText"] = raw_transcript_text
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if is_final is not UNSET:
            field_dict["isFinal"] = is_final

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        raw_transcript_text = d.pop("rawTranscriptText", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        is_final = d.pop("isFinal", UNSET)

        transcribe_transcript_data = cls(
            text=text,
            raw_transcript_text=raw_transcript_text,
            start=start,
            end=end,
            is_final=is_final,
        )

        transcribe_transcript_data.additional_properties = d
        return transcribe_transcript_data

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
