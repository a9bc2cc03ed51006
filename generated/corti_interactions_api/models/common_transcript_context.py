from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_transcript_context_type import CommonTranscriptContextType
from ..types import Unset

T = TypeVar("T", bound="CommonTranscriptContext")


@_attrs_define
class CommonTranscriptContext:
    """A transcript as context.

    Attributes:
        type_ (CommonTranscriptContextType): Always `transcript`.
        transcript (GuidedDocumentTranscriptMinimal): A transcript's segments and who speaks on which channel.
    """

    type_: CommonTranscriptContextType
    transcript: GuidedDocumentTranscriptMinimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
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
        type_ = self.type_.value

        transcript = self.transcript.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "transcript": transcript,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CommonTranscriptContextType(d.pop("type"))

        transcript = GuidedDocumentTranscriptMinimal.from_dict(d.pop("transcript"))

        common_transcript_context = cls(
            type_=type_,
            transcript=transcript,
        )

        common_transcript_context.additional_properties = d
        return common_transcript_context

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


from ..models.guided_document_transcript_minimal import GuidedDocumentTranscriptMinimal  # noqa: E402  (corti-interactions: see the top)
