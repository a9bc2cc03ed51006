from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """An error body. Four shapes are modelled, every field optional: the RFC 9457 style `requestid`, `status`, `type`,
    `detail`, optional `validationErrors`; an older one with `title`, `details` and `instance`; Corti's newer envelope,
    one `error` object (`code`, `message`, `howToFix`, `details.validationErrors`, `requestId`); and the token
    endpoint's OAuth2 error, `error` (a code) and `error_description`. Gateways may answer HTML or nothing instead.

        Example:
            {'requestid': '5f2b6c1e-2d0c-4b57-9e0b-0f3f1a2b3c4d', 'status': 404, 'type': 'A0007', 'detail': 'Interaction not
                found'}

        Attributes:
            error (CommonError | str | Unset): Corti's newer envelope (an object), or an OAuth2 error code such as
                `invalid_client` (a string, from the token endpoint).
            error_description (str | Unset): The token endpoint's explanation of an OAuth2 error.
            requestid (str | Unset): The request's id, for support.
            status (int | Unset): The HTTP status code.
            type_ (str | Unset): A URI or code identifying the kind of error (e.g. `A0007`).
            detail (str | Unset): A human-readable explanation.
            validation_errors (list[ErrorResponseValidationErrorsItem] | Unset): One map per invalid field, field name to
                message.
            title (str | Unset): Older shape; a short summary.
            details (str | Unset): Older shape; the explanation.
            instance (str | Unset): Older shape; the request path.
    """

    error: CommonError | str | Unset = UNSET
    error_description: str | Unset = UNSET
    requestid: str | Unset = UNSET
    status: int | Unset = UNSET
    type_: str | Unset = UNSET
    detail: str | Unset = UNSET
    validation_errors: list[ErrorResponseValidationErrorsItem] | Unset = UNSET
    title: str | Unset = UNSET
    details: str | Unset = UNSET
    instance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "error": "error",
        "error_description": "error_description",
        "requestid": "requestid",
        "status": "status",
        "type_": "type",
        "detail": "detail",
        "validation_errors": "validationErrors",
        "title": "title",
        "details": "details",
        "instance": "instance",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, CommonError):
            error = self.error.to_dict()
        else:
            error = self.error

        error_description = self.error_description

        requestid = self.requestid

        status = self.status

        type_ = self.type_

        detail = self.detail

        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        title = self.title

        details = self.details

        instance = self.instance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if requestid is not UNSET:
            field_dict["requestid"] = requestid
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail
        if validation_errors is not UNSET:
            field_dict["validationErrors"] = validation_errors
        if title is not UNSET:
            field_dict["title"] = title
        if details is not UNSET:
            field_dict["details"] = details
        if instance is not UNSET:
            field_dict["instance"] = instance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)
        if not isinstance(error, Unset) and isinstance(error, dict):
            try:
                error_type_0 = CommonError.from_dict(error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error_description = d.pop("error_description", UNSET)

        requestid = d.pop("requestid", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        detail = d.pop("detail", UNSET)

        _validation_errors = d.pop("validationErrors", UNSET)
        validation_errors: list[ErrorResponseValidationErrorsItem] | Unset = UNSET
        if _validation_errors is not UNSET:
            validation_errors = []
            for validation_errors_item_data in _validation_errors:
                validation_errors_item = ErrorResponseValidationErrorsItem.from_dict(validation_errors_item_data)

                validation_errors.append(validation_errors_item)

        title = d.pop("title", UNSET)

        details = d.pop("details", UNSET)

        instance = d.pop("instance", UNSET)

        error_response = cls(
            error=error,
            error_description=error_description,
            requestid=requestid,
            status=status,
            type_=type_,
            detail=detail,
            validation_errors=validation_errors,
            title=title,
            details=details,
            instance=instance,
        )

        error_response.additional_properties = d
        return error_response

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


from ..models.common_error import CommonError  # noqa: E402  (corti-interactions: see the top)
from ..models.error_response_validation_errors_item import ErrorResponseValidationErrorsItem  # noqa: E402  (corti-interactions: see the top)
