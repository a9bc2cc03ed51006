from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_connector_auth_type import CommonConnectorAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonConnectorAuth")


@_attrs_define
class CommonConnectorAuth:
    """An MCP connector's authentication.

    Attributes:
        type_ (CommonConnectorAuthType | str): `none`, `bearer`, `apiKey`, `oauth2` or `inherit` (forwards the caller's
            token).
        scope (str | Unset): The OAuth scope.
        redirect_url (str | Unset): The OAuth redirect URL.
        ref (str | Unset): A server-side stored secret.
    """

    type_: CommonConnectorAuthType | str
    scope: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "type_": "type",
        "scope": "scope",
        "redirect_url": "redirectUrl",
        "ref": "ref",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, CommonConnectorAuthType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        scope = self.scope

        redirect_url = self.redirect_url

        ref = self.ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if ref is not UNSET:
            field_dict["ref"] = ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")
        if isinstance(type_, str):
            try:
                type_type_0 = CommonConnectorAuthType(type_)

                type_ = type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        scope = d.pop("scope", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        ref = d.pop("ref", UNSET)

        common_connector_auth = cls(
            type_=type_,
            scope=scope,
            redirect_url=redirect_url,
            ref=ref,
        )

        common_connector_auth.additional_properties = d
        return common_connector_auth

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
