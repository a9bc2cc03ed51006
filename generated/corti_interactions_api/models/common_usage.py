from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonUsage")


@_attrs_define
class CommonUsage:
    """What a task used.

    Attributes:
        input_tokens (int): Input tokens.
        output_tokens (int): Output tokens.
        total_tokens (int): Input plus output.
        model (str | Unset): The model.
        cached_input_tokens (int | Unset): A subset of `inputTokens`.
        cache_creation_input_tokens (int | Unset): Tokens written to the cache.
        credits_ (float | Unset): Corti billing credits charged.
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    model: str | Unset = UNSET
    cached_input_tokens: int | Unset = UNSET
    cache_creation_input_tokens: int | Unset = UNSET
    credits_: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "input_tokens": "inputTokens",
        "output_tokens": "outputTokens",
        "total_tokens": "totalTokens",
        "model": "model",
        "cached_input_tokens": "cachedInputTokens",
        "cache_creation_input_tokens": "cacheCreationInputTokens",
        "credits_": "credits",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        model = self.model

        cached_input_tokens = self.cached_input_tokens

        cache_creation_input_tokens = self.cache_creation_input_tokens

        credits_ = self.credits_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputTokens": input_tokens,
                "outputTokens": output_tokens,
                "totalTokens": total_tokens,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if cached_input_tokens is not UNSET:
            field_dict["cachedInputTokens"] = cached_input_tokens
        if cache_creation_input_tokens is not UNSET:
            field_dict["cacheCreationInputTokens"] = cache_creation_input_tokens
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("inputTokens")

        output_tokens = d.pop("outputTokens")

        total_tokens = d.pop("totalTokens")

        model = d.pop("model", UNSET)

        cached_input_tokens = d.pop("cachedInputTokens", UNSET)

        cache_creation_input_tokens = d.pop("cacheCreationInputTokens", UNSET)

        credits_ = d.pop("credits", UNSET)

        common_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            model=model,
            cached_input_tokens=cached_input_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            credits_=credits_,
        )

        common_usage.additional_properties = d
        return common_usage

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
