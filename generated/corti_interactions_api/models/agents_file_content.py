from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsFileContent")


@_attrs_define
class AgentsFileContent:
    """A file part's file, by `uri` or inline base64 `bytes`.

    Attributes:
        uri (str | Unset): Where the file is.
        bytes_ (str | Unset): The file's bytes, base64.
        name (str | Unset): The file's name.
        mime_type (str | Unset): The file's media type.
    """

    uri: str | Unset = UNSET
    bytes_: str | Unset = UNSET
    name: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "uri": "uri",
        "bytes_": "bytes",
        "name": "name",
        "mime_type": "mimeType",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        bytes_ = self.bytes_

        name = self.name

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uri is not UNSET:
            field_dict["uri"] = uri
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if name is not UNSET:
            field_dict["name"] = name
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = d.pop("uri", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        name = d.pop("name", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        agents_file_content = cls(
            uri=uri,
            bytes_=bytes_,
            name=name,
            mime_type=mime_type,
        )

        agents_file_content.additional_properties = d
        return agents_file_content

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
