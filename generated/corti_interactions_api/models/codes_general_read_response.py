from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_coding_system_enum import CommonCodingSystemEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodesGeneralReadResponse")


@_attrs_define
class CodesGeneralReadResponse:
    """One predicted code.

    Attributes:
        system (CommonCodingSystemEnum | str): Its coding system; a value unknown to this client is kept as a string.
        code (str): The code (Corti's docs write it without dots, e.g. `E11649`).
        display (str): Its description.
        evidences (list[CodesGeneralReadResponseEvidencesItem] | Unset): The spans of the context it was predicted from.
        alternatives (list[CodesGeneralReadResponseAlternativesItem] | Unset): Codes the model also considered for this
            prediction.
    """

    system: CommonCodingSystemEnum | str
    code: str
    display: str
    evidences: list[CodesGeneralReadResponseEvidencesItem] | Unset = UNSET
    alternatives: list[CodesGeneralReadResponseAlternativesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "system": "system",
        "code": "code",
        "display": "display",
        "evidences": "evidences",
        "alternatives": "alternatives",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        system: str
        if isinstance(self.system, CommonCodingSystemEnum):
            system = self.system.value
        else:
            system = self.system

        code = self.code

        display = self.display

        evidences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidences, Unset):
            evidences = []
            for evidences_item_data in self.evidences:
                evidences_item = evidences_item_data.to_dict()
                evidences.append(evidences_item)

        alternatives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternatives, Unset):
            alternatives = []
            for alternatives_item_data in self.alternatives:
                alternatives_item = alternatives_item_data.to_dict()
                alternatives.append(alternatives_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system": system,
                "code": code,
                "display": display,
            }
        )
        if evidences is not UNSET:
            field_dict["evidences"] = evidences
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system = d.pop("system")
        if isinstance(system, str):
            try:
                system_type_0 = CommonCodingSystemEnum(system)

                system = system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        code = d.pop("code")

        display = d.pop("display")

        _evidences = d.pop("evidences", UNSET)
        evidences: list[CodesGeneralReadResponseEvidencesItem] | Unset = UNSET
        if _evidences is not UNSET:
            evidences = []
            for evidences_item_data in _evidences:
                evidences_item = CodesGeneralReadResponseEvidencesItem.from_dict(evidences_item_data)

                evidences.append(evidences_item)

        _alternatives = d.pop("alternatives", UNSET)
        alternatives: list[CodesGeneralReadResponseAlternativesItem] | Unset = UNSET
        if _alternatives is not UNSET:
            alternatives = []
            for alternatives_item_data in _alternatives:
                alternatives_item = CodesGeneralReadResponseAlternativesItem.from_dict(alternatives_item_data)

                alternatives.append(alternatives_item)

        codes_general_read_response = cls(
            system=system,
            code=code,
            display=display,
            evidences=evidences,
            alternatives=alternatives,
        )

        codes_general_read_response.additional_properties = d
        return codes_general_read_response

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


from ..models.codes_general_read_response_alternatives_item import CodesGeneralReadResponseAlternativesItem  # noqa: E402  (corti-interactions: see the top)
from ..models.codes_general_read_response_evidences_item import CodesGeneralReadResponseEvidencesItem  # noqa: E402  (corti-interactions: see the top)
