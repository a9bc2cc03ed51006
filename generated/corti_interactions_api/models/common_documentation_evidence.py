from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonDocumentationEvidence")


@_attrs_define
class CommonDocumentationEvidence:
    """Evidence attached to a status (a shared type; probably absent on publish, inferred).

    Attributes:
        evidence_id (UUID | Unset): The evidence's id.
        type_ (str | Unset): Its kind, e.g. `transcript`.
        quote (str | Unset): The quoted text.
    """

    evidence_id: UUID | Unset = UNSET
    type_: str | Unset = UNSET
    quote: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "evidence_id": "evidenceId",
        "type_": "type",
        "quote": "quote",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        evidence_id: str | Unset = UNSET
        if not isinstance(self.evidence_id, Unset):
            evidence_id = str(self.evidence_id)

        type_ = self.type_

        quote = self.quote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evidence_id is not UNSET:
            field_dict["evidenceId"] = evidence_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if quote is not UNSET:
            field_dict["quote"] = quote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _evidence_id = d.pop("evidenceId", UNSET)
        evidence_id: UUID | Unset
        if isinstance(_evidence_id, Unset):
            evidence_id = UNSET
        else:
            evidence_id = UUID(_evidence_id)

        type_ = d.pop("type", UNSET)

        quote = d.pop("quote", UNSET)

        common_documentation_evidence = cls(
            evidence_id=evidence_id,
            type_=type_,
            quote=quote,
        )

        common_documentation_evidence.additional_properties = d
        return common_documentation_evidence

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
