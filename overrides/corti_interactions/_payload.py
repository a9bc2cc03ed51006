"""Turn `update()`'s arguments into the request body, refusing bad input before sending.

The rules come from the generated models themselves (their attrs fields and type hints),
read once at import: a field whose type admits `None` is nullable in the spec, an `Enum`
type lists the allowed values, an attrs class is a nested object, a field without a
default is required. So a spec change reaches these checks through `make generate` alone.

Three states per field: left out (`UNSET`, not sent), `None` (sent as JSON `null`, where
the spec allows it) or a value.
"""

from __future__ import annotations

import datetime
import enum
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from corti_interactions_api import models
from corti_interactions_api.models import (
    InteractionsEncounterUpdateRequest,
    InteractionsPatient,
    InteractionsUpdateRequest,
)
from corti_interactions_api.types import Unset

from ._model_fields import model_fields

__all__ = ["FieldError", "build_update_body", "check_interaction_id"]

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_Model = TypeVar("_Model")


class FieldError(ValueError):
    """A value `update()` refuses for one field; `path` names it (`encounter.period.startedAt`,
    or the argument's name at the top level), and the message starts with it."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path} {problem}")
        self.path = path


def check_interaction_id(interaction_id: str | uuid.UUID) -> str:
    """The id as it goes into the path: a canonical UUID, else `ValueError`."""
    if isinstance(interaction_id, uuid.UUID):
        return str(interaction_id)
    if isinstance(interaction_id, str) and _UUID.fullmatch(interaction_id):
        return interaction_id.lower()
    raise ValueError(
        "interaction_id must be a UUID (8-4-4-4-12 hex digits, e.g. "
        f"'3c90c3cc-0d44-4b50-8888-8dd25736052a') or a uuid.UUID; got {interaction_id!r}"
    )


@dataclass(frozen=True, slots=True)
class _Field:
    name: str  # Python name
    json_name: str
    required: bool
    nullable: bool
    kind: type  # str, uuid.UUID, datetime.datetime, an Enum, or a model class


def _fields_of(model: type) -> dict[str, _Field]:
    fields: dict[str, _Field] = {}
    for field in model_fields(model):
        kinds = [a for a in field.types if a not in (type(None), Unset)]
        if len(kinds) != 1:  # the request models have one value type per field
            raise TypeError(f"{model.__name__}.{field.name}: unsupported type {field.types}")
        fields[field.name] = _Field(
            name=field.name,
            json_name=field.json_name,
            required=field.required,
            nullable=type(None) in field.types,
            kind=kinds[0],
        )
    return fields


# Read once: no schema is built per call.
_RULES: dict[type, dict[str, _Field]] = {
    model: _fields_of(model)
    for model in (
        InteractionsUpdateRequest,
        InteractionsEncounterUpdateRequest,
        InteractionsPatient,
        models.InteractionsEncounterPeriod,
    )
}
_BY_JSON_NAME: dict[type, dict[str, _Field]] = {
    model: {**{f.json_name: f for f in rules.values()}, **rules} for model, rules in _RULES.items()
}


def _convert(value: object, field: _Field, path: str) -> object:
    kind = field.kind
    if value is None:
        if field.nullable:
            return None
        raise FieldError(path, "cannot be null (None); leave it out to keep the current value")
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        if isinstance(value, kind):
            return value
        allowed = [member.value for member in kind]
        if isinstance(value, str) and value in allowed:
            return kind(value)
        raise FieldError(path, f"must be one of {allowed}; got {value!r}")
    if kind is uuid.UUID:
        if isinstance(value, uuid.UUID):
            return value
        if isinstance(value, str) and _UUID.fullmatch(value):
            return uuid.UUID(value)
        raise FieldError(path, f"must be a UUID; got {value!r}")
    if kind is datetime.datetime:
        return _datetime(value, path)
    if kind is str:
        if isinstance(value, str):
            return value
        raise FieldError(path, f"must be a string; got {type(value).__name__}")
    if kind in _RULES:
        return _model(kind, value, path)
    raise TypeError(f"{path}: no rule for {kind}")  # pragma: no cover - spec drift


def _datetime(value: object, path: str) -> datetime.datetime:
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise FieldError(path, "must be an ISO 8601 date-time such as '2023-11-07T05:31:56Z'") from None
    if not isinstance(value, datetime.datetime):
        raise FieldError(
            path, f"must be a timezone-aware datetime (a date-time, not a date); got {type(value).__name__}"
        )
    offset = value.utcoffset()
    if offset is None:
        raise FieldError(path, "must carry a timezone (e.g. '...Z' or tzinfo=UTC)")
    if offset.seconds % 60 or offset.microseconds:
        # RFC 3339 offsets are whole minutes; old zoneinfo offsets (e.g. +00:19:32) are not.
        try:
            return value.astimezone(datetime.UTC)
        except OverflowError:
            raise FieldError(path, "is out of range once written in UTC") from None
    return value


def _model(model: type[_Model], value: object, path: str) -> _Model:
    rules = _RULES[model]
    if isinstance(value, model):
        given = {name: getattr(value, name) for name in rules}
        given = {k: v for k, v in given.items() if not isinstance(v, Unset)}
        extra: dict[str, Any] = dict(getattr(value, "additional_properties", {}))
    elif isinstance(value, Mapping):
        by_name = _BY_JSON_NAME[model]
        given, extra = {}, {}
        for key, item in value.items():
            field = by_name.get(key) if isinstance(key, str) else None
            if field is None:
                allowed = ", ".join(f.json_name for f in rules.values())
                raise FieldError(path, f"has no field {key!r}; allowed: {allowed}")
            if field.name in given:
                raise FieldError(f"{path}.{field.json_name}", "is given twice")
            if not isinstance(item, Unset):
                given[field.name] = item
    else:
        raise FieldError(path, f"must be a mapping or {model.__name__}; got {type(value).__name__}")
    converted = {}
    for field in rules.values():
        if field.name in given:
            converted[field.name] = _convert(given[field.name], field, f"{path}.{field.json_name}")
        elif field.required:
            raise FieldError(f"{path}.{field.json_name}", f"is required when {path} is given")
    result = model(**converted)
    if extra:
        result.additional_properties.update(extra)  # type: ignore[attr-defined]
    return result


def build_update_body(*, assigned_user_id: object, encounter: object, patient: object) -> dict[str, Any]:
    """The JSON body for `update()`: only the fields given, `None` as `null`."""
    given = {"assigned_user_id": assigned_user_id, "encounter": encounter, "patient": patient}
    rules = _RULES[InteractionsUpdateRequest]
    converted = {
        name: _convert(value, rules[name], rules[name].name)
        for name, value in given.items()
        if not isinstance(value, Unset)
    }
    return InteractionsUpdateRequest(**converted).to_dict()  # type: ignore[arg-type]
