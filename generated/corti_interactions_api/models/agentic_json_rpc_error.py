from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticJsonRpcError")


@_attrs_define
class AgenticJsonRpcError:
    """A JSON-RPC error (-32001 task not found, -32002 not cancelable, ...).

    Attributes:
        code (int): The error code.
        message (str): The explanation.
        data (AgenticJsonRpcErrorData | Unset): More about it.
    """

    code: int
    message: str
    data: AgenticJsonRpcErrorData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
        "data": "data",
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

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _data = d.pop("data", UNSET)
        data: AgenticJsonRpcErrorData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AgenticJsonRpcErrorData.from_dict(_data)

        agentic_json_rpc_error = cls(
            code=code,
            message=message,
            data=data,
        )

        agentic_json_rpc_error.additional_properties = d
        return agentic_json_rpc_error

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


from ..models.agentic_json_rpc_error_data import AgenticJsonRpcErrorData  # noqa: E402  (corti-interactions: see the top)
