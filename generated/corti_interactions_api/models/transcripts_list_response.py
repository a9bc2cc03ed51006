from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="TranscriptsListResponse")


@_attrs_define
class TranscriptsListResponse:
    """The interaction's transcripts.

    Attributes:
        transcripts (list[TranscriptsListItem] | None): The transcripts.
    """

    transcripts: list[TranscriptsListItem] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "transcripts": "transcripts",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        transcripts: list[dict[str, Any]] | None
        if isinstance(self.transcripts, list):
            transcripts = []
            for transcripts_type_0_item_data in self.transcripts:
                transcripts_type_0_item = transcripts_type_0_item_data.to_dict()
                transcripts.append(transcripts_type_0_item)

        else:
            transcripts = self.transcripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcripts": transcripts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcripts = d.pop("transcripts")
        if transcripts is not None and isinstance(transcripts, list):
            try:
                transcripts_type_0 = []
                _transcripts_type_0 = transcripts
                for transcripts_type_0_item_data in _transcripts_type_0:
                    transcripts_type_0_item = TranscriptsListItem.from_dict(transcripts_type_0_item_data)

                    transcripts_type_0.append(transcripts_type_0_item)

                transcripts = transcripts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        transcripts_list_response = cls(
            transcripts=transcripts,
        )

        transcripts_list_response.additional_properties = d
        return transcripts_list_response

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


from ..models.transcripts_list_item import TranscriptsListItem  # noqa: E402  (corti-interactions: see the top)
