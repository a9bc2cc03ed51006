from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentsJsonRpcResponse")


@_attrs_define
class AgenticAgentsJsonRpcResponse:
    """A JSON-RPC 2.0 response; one of `result` or `error`.

    Attributes:
        jsonrpc (str): `2.0`.
        id (int | None | str | Unset): The request's id.
        result (AgenticAgentsJsonRpcResponseResult | Unset): The result, e.g. `{task}`.
        error (AgenticJsonRpcError | Unset): A JSON-RPC error (-32001 task not found, -32002 not cancelable, ...).
    """

    jsonrpc: str
    id: int | None | str | Unset = UNSET
    result: AgenticAgentsJsonRpcResponseResult | Unset = UNSET
    error: AgenticJsonRpcError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "jsonrpc": "jsonrpc",
        "id": "id",
        "result": "result",
        "error": "error",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jsonrpc = d.pop("jsonrpc")

        id = d.pop("id", UNSET)

        _result = d.pop("result", UNSET)
        result: AgenticAgentsJsonRpcResponseResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AgenticAgentsJsonRpcResponseResult.from_dict(_result)

        _error = d.pop("error", UNSET)
        error: AgenticJsonRpcError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AgenticJsonRpcError.from_dict(_error)

        agentic_agents_json_rpc_response = cls(
            jsonrpc=jsonrpc,
            id=id,
            result=result,
            error=error,
        )

        agentic_agents_json_rpc_response.additional_properties = d
        return agentic_agents_json_rpc_response

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


from ..models.agentic_agents_json_rpc_response_result import AgenticAgentsJsonRpcResponseResult  # noqa: E402  (corti-interactions: see the top)
from ..models.agentic_json_rpc_error import AgenticJsonRpcError  # noqa: E402  (corti-interactions: see the top)
