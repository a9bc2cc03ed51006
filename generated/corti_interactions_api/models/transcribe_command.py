from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeCommand")


@_attrs_define
class TranscribeCommand:
    """A voice command, e.g. "next section".

    Attributes:
        id (str): The command's id, reported back in `command` messages.
        phrases (list[str]): What the user says; `{key}` marks a variable.
        variables (list[TranscribeCommandVariable] | Unset): The variables the phrases use.
    """

    id: str
    phrases: list[str]
    variables: list[TranscribeCommandVariable] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "phrases": "phrases",
        "variables": "variables",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phrases = self.phrases

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phrases": phrases,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phrases = cast(list[str], d.pop("phrases"))

        _variables = d.pop("variables", UNSET)
        variables: list[TranscribeCommandVariable] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = TranscribeCommandVariable.from_dict(variables_item_data)

                variables.append(variables_item)

        transcribe_command = cls(
            id=id,
            phrases=phrases,
            variables=variables,
        )

        transcribe_command.additional_properties = d
        return transcribe_command

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


from ..models.transcribe_command_variable import TranscribeCommandVariable  # noqa: E402  (corti-interactions: see the top)
