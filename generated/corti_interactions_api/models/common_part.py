from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonPart")


@_attrs_define
class CommonPart:
    """A part; no `kind`: which of `text`, `data`, `raw` (base64) or `url` is present says what it is. Other keys are
    allowed.

        Attributes:
            text (str | Unset): Text.
            data (Any | Unset): Any JSON value.
            filename (str | Unset): A file's name.
            media_type (str | Unset): A file's media type.
            raw (str | Unset): A file's bytes, base64.
            url (str | Unset): Where a file is.
            metadata (CommonPartMetadata | Unset): Free-form metadata.
    """

    text: str | Unset = UNSET
    data: Any | Unset = UNSET
    filename: str | Unset = UNSET
    media_type: str | Unset = UNSET
    raw: str | Unset = UNSET
    url: str | Unset = UNSET
    metadata: CommonPartMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "text": "text",
        "data": "data",
        "filename": "filename",
        "media_type": "mediaType",
        "raw": "raw",
        "url": "url",
        "metadata": "metadata",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        data = self.data

        filename = self.filename

        media_type = self.media_type

        raw = self.raw

        url = self.url

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if data is not UNSET:
            field_dict["data"] = data
        if filename is not UNSET:
            field_dict["filename"] = filename
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if raw is not UNSET:
            field_dict["raw"] = raw
        if url is not UNSET:
            field_dict["url"] = url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        data = d.pop("data", UNSET)

        filename = d.pop("filename", UNSET)

        media_type = d.pop("mediaType", UNSET)

        raw = d.pop("raw", UNSET)

        url = d.pop("url", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CommonPartMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CommonPartMetadata.from_dict(_metadata)

        common_part = cls(
            text=text,
            data=data,
            filename=filename,
            media_type=media_type,
            raw=raw,
            url=url,
            metadata=metadata,
        )

        common_part.additional_properties = d
        return common_part

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


from ..models.common_part_metadata import CommonPartMetadata  # noqa: E402  (corti-interactions: see the top)
