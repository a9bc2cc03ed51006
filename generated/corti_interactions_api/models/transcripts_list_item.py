from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptsListItem")


@_attrs_define
class TranscriptsListItem:
    """A transcript in a listing.

    Attributes:
        id (UUID): The unique identifier of the transcript.
        transcript_sample (str): The transcript's beginning.
        transcript (TranscriptsData | Unset): A whole transcript (with `full=true`).
    """

    id: UUID
    transcript_sample: str
    transcript: TranscriptsData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "transcript_sample": "transcriptSample",
        "transcript": "transcript",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        transcript_sample = self.transcript_sample

        transcript: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcript, Unset):
            transcript = self.transcript.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "transcriptSample": transcript_sample,
            }
        )
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        transcript_sample = d.pop("transcriptSample")

        _transcript = d.pop("transcript", UNSET)
        transcript: TranscriptsData | Unset
        if isinstance(_transcript, Unset):
            transcript = UNSET
        else:
            transcript = TranscriptsData.from_dict(_transcript)

        transcripts_list_item = cls(
            id=id,
            transcript_sample=transcript_sample,
            transcript=transcript,
        )

        transcripts_list_item.additional_properties = d
        return transcripts_list_item

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


from ..models.transcripts_data import TranscriptsData  # noqa: E402  (corti-interactions: see the top)
