from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocketErrorDetail")


@_attrs_define
class SocketErrorDetail:
    """What went wrong; every field optional.

    Attributes:
        requestid (str | Unset): The request's id, for support.
        id (str | Unset): The kind of error, e.g. `audio-invalid`.
        title (str | Unset): A short summary.
        status (int | Unset): An HTTP-like status.
        details (str | Unset): The explanation.
        doc (str | Unset): A link to documentation.
    """

    requestid: str | Unset = UNSET
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    status: int | Unset = UNSET
    details: str | Unset = UNSET
    doc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "requestid": "requestid",
        "id": "id",
        "title": "title",
        "status": "status",
        "details": "details",
        "doc": "doc",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        requestid = self.requestid

        id = self.id

        title = self.title

        status = self.status

        details = self.details

        doc = self.doc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requestid is not UNSET:
            field_dict["requestid"] = requestid
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details
        if doc is not UNSET:
            field_dict["doc"] = doc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requestid = d.pop("requestid", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        status = d.pop("status", UNSET)

        details = d.pop("details", UNSET)

        doc = d.pop("doc", UNSET)

        socket_error_detail = cls(
            requestid=requestid,
            id=id,
            title=title,
            status=status,
            details=details,
            doc=doc,
        )

        socket_error_detail.additional_properties = d
        return socket_error_detail

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
