from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeCommandData")


@_attrs_define
class TranscribeCommandData:
    """Which command was said, and its variables' values.

    Attributes:
        id (str): The command's id from the config.
        variables (None | TranscribeCommandDataVariablesType0 | Unset): Each variable's value.
        raw_transcript_text (str | Unset): The words as heard.
        start (float | Unset): Start, in seconds.
        end (float | Unset): End, in seconds.
    """

    id: str
    variables: None | TranscribeCommandDataVariablesType0 | Unset = UNSET
    raw_transcript_text: str | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "variables": "variables",
        "raw_transcript_text": "rawTranscriptText",
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
        id = self.id

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, TranscribeCommandDataVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        raw_transcript_text = self.raw_transcript_text

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables
        if raw_transcript_text is not UNSET:
            field_dict["rawTranscriptText"] = raw_transcript_text
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        variables = d.pop("variables", UNSET)
        if variables is not None and not isinstance(variables, Unset) and isinstance(variables, dict):
            try:
                variables_type_0 = TranscribeCommandDataVariablesType0.from_dict(variables)

                variables = variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        raw_transcript_text = d.pop("rawTranscriptText", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        transcribe_command_data = cls(
            id=id,
            variables=variables,
            raw_transcript_text=raw_transcript_text,
            start=start,
            end=end,
        )

        transcribe_command_data.additional_properties = d
        return transcribe_command_data

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


from ..models.transcribe_command_data_variables_type_0 import TranscribeCommandDataVariablesType0  # noqa: E402  (corti-interactions: see the top)
