from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptsCreateRequestKeyterms")


@_attrs_define
class TranscriptsCreateRequestKeyterms:
    """Terms to favour, case sensitive; at most 1,000.

    Attributes:
        terms (list[TranscriptsCreateRequestKeytermsTermsItem] | Unset): The terms.
    """

    terms: list[TranscriptsCreateRequestKeytermsTermsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "terms": "terms",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = []
            for terms_item_data in self.terms:
                terms_item = terms_item_data.to_dict()
                terms.append(terms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _terms = d.pop("terms", UNSET)
        terms: list[TranscriptsCreateRequestKeytermsTermsItem] | Unset = UNSET
        if _terms is not UNSET:
            terms = []
            for terms_item_data in _terms:
                terms_item = TranscriptsCreateRequestKeytermsTermsItem.from_dict(terms_item_data)

                terms.append(terms_item)

        transcripts_create_request_keyterms = cls(
            terms=terms,
        )

        transcripts_create_request_keyterms.additional_properties = d
        return transcripts_create_request_keyterms

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


from ..models.transcripts_create_request_keyterms_terms_item import TranscriptsCreateRequestKeytermsTermsItem  # noqa: E402  (corti-interactions: see the top)
