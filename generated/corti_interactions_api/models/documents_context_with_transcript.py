from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.documents_context_with_transcript_type import DocumentsContextWithTranscriptType
from ..types import Unset

T = TypeVar("T", bound="DocumentsContextWithTranscript")


@_attrs_define
class DocumentsContextWithTranscript:
    """A transcript (one segment object) as context.

    Attributes:
        type_ (DocumentsContextWithTranscriptType): Always `transcript`.
        data (CommonTranscriptRequest): A transcript given as context.
    """

    type_: DocumentsContextWithTranscriptType
    data: CommonTranscriptRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "data": "data",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DocumentsContextWithTranscriptType(d.pop("type"))

        data = CommonTranscriptRequest.from_dict(d.pop("data"))

        documents_context_with_transcript = cls(
            type_=type_,
            data=data,
        )

        documents_context_with_transcript.additional_properties = d
        return documents_context_with_transcript

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


from ..models.common_transcript_request import CommonTranscriptRequest  # noqa: E402  (corti-interactions: see the top)
