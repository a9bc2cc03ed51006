from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="GuidedDocumentsCreateEphemeralResponse")


@_attrs_define
class GuidedDocumentsCreateEphemeralResponse:
    """A generated document that was not saved (200, `X-Corti-Retention-Policy: none`).

    Attributes:
        document (GuidedEphemeralDocument): A generated document that was not saved (no `id`).
        usage_info (CommonUsageInfo): What a request cost.
    """

    document: GuidedEphemeralDocument
    usage_info: CommonUsageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "document": "document",
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
        document = self.document.to_dict()

        usage_info = self.usage_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
                "usageInfo": usage_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document = GuidedEphemeralDocument.from_dict(d.pop("document"))

        usage_info = CommonUsageInfo.from_dict(d.pop("usageInfo"))

        guided_documents_create_ephemeral_response = cls(
            document=document,
            usage_info=usage_info,
        )

        guided_documents_create_ephemeral_response.additional_properties = d
        return guided_documents_create_ephemeral_response

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


from ..models.common_usage_info import CommonUsageInfo  # noqa: E402  (corti-interactions: see the top)
from ..models.guided_ephemeral_document import GuidedEphemeralDocument  # noqa: E402  (corti-interactions: see the top)
