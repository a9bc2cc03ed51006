from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgenticFeedbackMetadata")


@_attrs_define
class AgenticFeedbackMetadata:
    """About the feedback.

    Attributes:
        collection_method (str | Unset): How it was collected.
        client_reference (str | Unset): The caller's reference.
        actor (AgenticFeedbackActor | Unset): Who gave it; no names, emails or record numbers.
    """

    collection_method: str | Unset = UNSET
    client_reference: str | Unset = UNSET
    actor: AgenticFeedbackActor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "collection_method": "collectionMethod",
        "client_reference": "clientReference",
        "actor": "actor",
    }

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in self._json_names if not isinstance(value := getattr(self, name), Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        collection_method = self.collection_method

        client_reference = self.client_reference

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_method is not UNSET:
            field_dict["collectionMethod"] = collection_method
        if client_reference is not UNSET:
            field_dict["clientReference"] = client_reference
        if actor is not UNSET:
            field_dict["actor"] = actor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collection_method = d.pop("collectionMethod", UNSET)

        client_reference = d.pop("clientReference", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: AgenticFeedbackActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = AgenticFeedbackActor.from_dict(_actor)

        agentic_feedback_metadata = cls(
            collection_method=collection_method,
            client_reference=client_reference,
            actor=actor,
        )

        agentic_feedback_metadata.additional_properties = d
        return agentic_feedback_metadata

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


from ..models.agentic_feedback_actor import AgenticFeedbackActor  # noqa: E402  (corti-interactions: see the top)
