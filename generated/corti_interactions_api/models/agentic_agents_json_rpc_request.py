from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agentic_agents_json_rpc_method import AgenticAgentsJsonRpcMethod
from ..models.agentic_json_rpc_version import AgenticJsonRpcVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticAgentsJsonRpcRequest")


@_attrs_define
class AgenticAgentsJsonRpcRequest:
    """A JSON-RPC 2.0 request (`jsonrpc` is `2.0`). The client answers only the single JSON response of the non-streaming
    methods.

        Attributes:
            jsonrpc (AgenticJsonRpcVersion): Always `2.0`.
            id (str): The request's id (JSON-RPC allows a number too; the client sends a string: inferred, easy to widen).
            method (AgenticAgentsJsonRpcMethod): An A2A JSON-RPC method, PascalCase on the wire.
            params (AgenticAgentsJsonRpcRequestParams | Unset): The A2A request message, e.g. `{message}` for `SendMessage`.
    """

    jsonrpc: AgenticJsonRpcVersion
    id: str
    method: AgenticAgentsJsonRpcMethod
    params: AgenticAgentsJsonRpcRequestParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "jsonrpc": "jsonrpc",
        "id": "id",
        "method": "method",
        "params": "params",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc.value

        id = self.id

        method = self.method.value

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "id": id,
                "method": method,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jsonrpc = AgenticJsonRpcVersion(d.pop("jsonrpc"))

        id = d.pop("id")

        method = AgenticAgentsJsonRpcMethod(d.pop("method"))

        _params = d.pop("params", UNSET)
        params: AgenticAgentsJsonRpcRequestParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = AgenticAgentsJsonRpcRequestParams.from_dict(_params)

        agentic_agents_json_rpc_request = cls(
            jsonrpc=jsonrpc,
            id=id,
            method=method,
            params=params,
        )

        agentic_agents_json_rpc_request.additional_properties = d
        return agentic_agents_json_rpc_request

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


from ..models.agentic_agents_json_rpc_request_params import AgenticAgentsJsonRpcRequestParams  # noqa: E402  (corti-interactions: see the top)
