from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agents_part_kind import AgentsPartKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsPart")


@_attrs_define
class AgentsPart:
    """A part: `AgentsTextPart` (`kind: text`, `text`), `AgentsFilePart` (`kind: file`, `file`: `uri` or base64 `bytes`,
    with `name` and `mimeType`) or `AgentsDataPart` (`kind: data`, `data`). One object with `kind` telling which
    (inferred: a flat model keeps unknown kinds readable).

        Attributes:
            kind (AgentsPartKind | str): `text`, `file` or `data`.
            text (str | Unset): A text part's text.
            file (AgentsFileContent | Unset): A file part's file, by `uri` or inline base64 `bytes`.
            data (AgentsPartData | Unset): A data part's data.
            metadata (AgentsPartMetadata | Unset): Free-form metadata.
    """

    kind: AgentsPartKind | str
    text: str | Unset = UNSET
    file: AgentsFileContent | Unset = UNSET
    data: AgentsPartData | Unset = UNSET
    metadata: AgentsPartMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "text": "text",
        "file": "file",
        "data": "data",
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
        kind: str
        if isinstance(self.kind, AgentsPartKind):
            kind = self.kind.value
        else:
            kind = self.kind

        text = self.text

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if file is not UNSET:
            field_dict["file"] = file
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if isinstance(kind, str):
            try:
                kind_type_0 = AgentsPartKind(kind)

                kind = kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        text = d.pop("text", UNSET)

        _file = d.pop("file", UNSET)
        file: AgentsFileContent | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = AgentsFileContent.from_dict(_file)

        _data = d.pop("data", UNSET)
        data: AgentsPartData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AgentsPartData.from_dict(_data)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgentsPartMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgentsPartMetadata.from_dict(_metadata)

        agents_part = cls(
            kind=kind,
            text=text,
            file=file,
            data=data,
            metadata=metadata,
        )

        agents_part.additional_properties = d
        return agents_part

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


from ..models.agents_file_content import AgentsFileContent  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_part_data import AgentsPartData  # noqa: E402  (corti-interactions: see the top)
from ..models.agents_part_metadata import AgentsPartMetadata  # noqa: E402  (corti-interactions: see the top)
