from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.common_source_enum import CommonSourceEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="FactsListItem")


@_attrs_define
class FactsListItem:
    """A fact of the interaction.

    Attributes:
        id (str | Unset): The fact's id.
        text (str | Unset): The fact.
        group (str | Unset): Its group's key.
        group_id (UUID | Unset): Its group's id.
        is_discarded (bool | Unset): Whether it was discarded.
        source (CommonSourceEnum | str | Unset): Where a fact comes from; a value unknown to this client is kept as a
            string.
        created_at (datetime.datetime | Unset): When it was created.
        updated_at (datetime.datetime | Unset): When it was last updated.
        evidence (list[FactsEvidence] | Unset): Where it comes from.
    """

    id: str | Unset = UNSET
    text: str | Unset = UNSET
    group: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    is_discarded: bool | Unset = UNSET
    source: CommonSourceEnum | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    evidence: list[FactsEvidence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "text": "text",
        "group": "group",
        "group_id": "groupId",
        "is_discarded": "isDiscarded",
        "source": "source",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "evidence": "evidence",
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

        text = self.text

        group = self.group

        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        is_discarded = self.is_discarded

        source: str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CommonSourceEnum):
            source = self.source.value
        else:
            source = self.source

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if group is not UNSET:
            field_dict["group"] = group
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if is_discarded is not UNSET:
            field_dict["isDiscarded"] = is_discarded
        if source is not UNSET:
            field_dict["source"] = source
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        group = d.pop("group", UNSET)

        _group_id = d.pop("groupId", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        is_discarded = d.pop("isDiscarded", UNSET)

        source = d.pop("source", UNSET)
        if not isinstance(source, Unset) and isinstance(source, str):
            try:
                componentsschemas_common_source_response_type_0 = CommonSourceEnum(source)

                source = componentsschemas_common_source_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _evidence = d.pop("evidence", UNSET)
        evidence: list[FactsEvidence] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = FactsEvidence.from_dict(evidence_item_data)

                evidence.append(evidence_item)

        facts_list_item = cls(
            id=id,
            text=text,
            group=group,
            group_id=group_id,
            is_discarded=is_discarded,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            evidence=evidence,
        )

        facts_list_item.additional_properties = d
        return facts_list_item

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


from ..models.facts_evidence import FactsEvidence  # noqa: E402  (corti-interactions: see the top)
