from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonError")


@_attrs_define
class CommonError:
    """The error object of Corti's newer error envelope (the body's `error` key).

    Attributes:
        code (str | Unset): A code identifying the kind of error (e.g. `A0021`).
        message (str | Unset): A human-readable explanation.
        how_to_fix (str | Unset): What the caller can do about it.
        details (CommonErrorDetails | Unset): More about an error of the newer envelope; other keys may appear.
        request_id (str | Unset): The request's id, for support.
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    how_to_fix: str | Unset = UNSET
    details: CommonErrorDetails | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
        "how_to_fix": "howToFix",
        "details": "details",
        "request_id": "requestId",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        how_to_fix = self.how_to_fix

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if how_to_fix is not UNSET:
            field_dict["howToFix"] = how_to_fix
        if details is not UNSET:
            field_dict["details"] = details
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        how_to_fix = d.pop("howToFix", UNSET)

        _details = d.pop("details", UNSET)
        details: CommonErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = CommonErrorDetails.from_dict(_details)

        request_id = d.pop("requestId", UNSET)

        common_error = cls(
            code=code,
            message=message,
            how_to_fix=how_to_fix,
            details=details,
            request_id=request_id,
        )

        common_error.additional_properties = d
        return common_error

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


from ..models.common_error_details import CommonErrorDetails  # noqa: E402  (corti-interactions: see the top)
