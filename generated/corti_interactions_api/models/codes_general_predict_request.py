from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_coding_system_enum import CommonCodingSystemEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodesGeneralPredictRequest")


@_attrs_define
class CodesGeneralPredictRequest:
    """What to predict codes from. The request of Corti's SDK 5: `filter`, not the retired `maxCandidates`; the ICD-10-CM
    system is split into inpatient and outpatient.

        Attributes:
            system (list[CommonCodingSystemEnum]): The coding systems to predict in; at least one (the service refuses an
                empty list; the docs' upper bounds disagree, so none is checked here).
            context (list[CommonDocumentIdContext | CommonTextContext]): Texts or document ids to predict from; evidence
                `contextIndex` values point into this list.
            filter_ (CodesFilter | Unset): Restricts the predicted codes: the `include` set (all codes when empty) minus the
                `exclude` set. Corti's next release (unmerged) turns the items into condition objects and drops `expand`; this
                is the released (SDK 5) form.
    """

    system: list[CommonCodingSystemEnum]
    context: list[CommonDocumentIdContext | CommonTextContext]
    filter_: CodesFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "system": "system",
        "context": "context",
        "filter_": "filter",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        system = []
        for system_item_data in self.system:
            system_item = system_item_data.value
            system.append(system_item)

        context = []
        for context_item_data in self.context:
            context_item: dict[str, Any]
            if isinstance(context_item_data, CommonTextContext):
                context_item = context_item_data.to_dict()
            else:
                context_item = context_item_data.to_dict()

            context.append(context_item)

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system": system,
                "context": context,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system = []
        _system = d.pop("system")
        for system_item_data in _system:
            system_item = CommonCodingSystemEnum(system_item_data)

            system.append(system_item)

        context = []
        _context = d.pop("context")
        for context_item_data in _context:

            def _parse_context_item(data: object) -> CommonDocumentIdContext | CommonTextContext:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_common_ai_context_type_0 = CommonTextContext.from_dict(data)

                    return componentsschemas_common_ai_context_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_common_ai_context_type_1 = CommonDocumentIdContext.from_dict(data)

                return componentsschemas_common_ai_context_type_1

            context_item = _parse_context_item(context_item_data)

            context.append(context_item)

        _filter_ = d.pop("filter", UNSET)
        filter_: CodesFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = CodesFilter.from_dict(_filter_)

        codes_general_predict_request = cls(
            system=system,
            context=context,
            filter_=filter_,
        )

        codes_general_predict_request.additional_properties = d
        return codes_general_predict_request

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


from ..models.codes_filter import CodesFilter  # noqa: E402  (corti-interactions: see the top)
from ..models.common_document_id_context import CommonDocumentIdContext  # noqa: E402  (corti-interactions: see the top)
from ..models.common_text_context import CommonTextContext  # noqa: E402  (corti-interactions: see the top)
