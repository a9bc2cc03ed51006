from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="CodesGeneralResponse")


@_attrs_define
class CodesGeneralResponse:
    """The predicted codes, lower-confidence candidates, and what the call cost.

    Attributes:
        codes (list[CodesGeneralReadResponse]): The codes the model confidently predicts, every requested system in one
            list.
        candidates (list[CodesGeneralReadResponse]): Clinically relevant codes the model left out of `codes`.
        usage_info (CommonUsageInfo): What a request cost.
    """

    codes: list[CodesGeneralReadResponse]
    candidates: list[CodesGeneralReadResponse]
    usage_info: CommonUsageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "codes": "codes",
        "candidates": "candidates",
        "usage_info": "usageInfo",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        codes = []
        for codes_item_data in self.codes:
            codes_item = codes_item_data.to_dict()
            codes.append(codes_item)

        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        usage_info = self.usage_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codes": codes,
                "candidates": candidates,
                "usageInfo": usage_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        codes = []
        _codes = d.pop("codes")
        for codes_item_data in _codes:
            codes_item = CodesGeneralReadResponse.from_dict(codes_item_data)

            codes.append(codes_item)

        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = CodesGeneralReadResponse.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        usage_info = CommonUsageInfo.from_dict(d.pop("usageInfo"))

        codes_general_response = cls(
            codes=codes,
            candidates=candidates,
            usage_info=usage_info,
        )

        codes_general_response.additional_properties = d
        return codes_general_response

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


from ..models.codes_general_read_response import CodesGeneralReadResponse  # noqa: E402  (corti-interactions: see the top)
from ..models.common_usage_info import CommonUsageInfo  # noqa: E402  (corti-interactions: see the top)
