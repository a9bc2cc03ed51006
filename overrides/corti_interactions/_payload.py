"""Turn a call's arguments into its path, query and body, refusing bad input before sending.

Generic over operations: the rules come from the operation's description (`Operation`, its
`Param`s) and from the generated models themselves (`_model_fields`): a field whose type
admits `None` is nullable, an `Enum` type lists the allowed values, an attrs class is a
nested object, a field without a default is required. Rules are read once per model.

Three states per field: left out (`UNSET`, not sent), `None` (sent as JSON `null`, where
the spec allows it) or a value.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import sys
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from corti_interactions_api.types import UNSET, Param, Unset

from ._exceptions import FieldError
from ._model_fields import is_model, model_fields

__all__ = [
    "FieldError",
    "FieldRule",
    "arguments_from_json",
    "build_body",
    "build_model",
    "build_union_body",
    "field_rules",
    "fit_one",
    "path_value",
    "query_values",
]

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_UUID_EXAMPLE = "'3c90c3cc-0d44-4b50-8888-8dd25736052a'"


@dataclass(frozen=True, slots=True)
class FieldRule:
    """What a request model's field accepts."""

    name: str  # Python name
    json_name: str
    required: bool
    nullable: bool
    kind: type  # str, int, float, bool, uuid.UUID, datetime.datetime, an Enum, or a model class
    is_list: bool
    is_model: bool  # kind is a model class
    forms: tuple[type, ...] = ()  # a `oneOf` of models: the value must fit exactly one


def _models_of(annotation: object) -> tuple[type, ...] | None:
    """The models of a union of models (`A | B`), else None."""
    if not isinstance(annotation, types.UnionType):
        return None
    members = typing.get_args(annotation)
    return members if all(is_model(m) for m in members) else None


def _field(model: type, name: str, json_name: str, members: tuple[object, ...], required: bool) -> FieldRule:
    kinds = [a for a in members if a not in (type(None), Unset)]
    nullable = type(None) in members
    if len(kinds) > 1 and all(is_model(k) for k in kinds):  # a oneOf of objects
        forms = tuple(k for k in kinds if isinstance(k, type))
        return FieldRule(name, json_name, required, nullable, forms[0], False, True, forms)
    if (
        len(kinds) == 2
        and str in kinds
        and any(isinstance(k, type) and issubclass(k, enum.Enum) for k in kinds)
    ):
        kinds = [str]  # an open enum (`anyOf: [Enum, string]`): any string, a member included
    if len(kinds) != 1:  # otherwise request models have one value type per field
        raise TypeError(f"{model.__name__}.{name}: unsupported type {members}")
    kind, is_list = kinds[0], False
    if getattr(kind, "__origin__", None) is list:  # list[X]
        (kind,) = kind.__args__  # type: ignore[attr-defined]
        is_list = True
        if (forms_of := _models_of(kind)) is not None:  # list[A | B]
            return FieldRule(name, json_name, required, nullable, forms_of[0], True, True, forms_of)
    if not isinstance(kind, type):
        raise TypeError(f"{model.__name__}.{name}: unsupported type {kind}")
    return FieldRule(name, json_name, required, nullable, kind, is_list, is_model(kind))


@functools.cache
def field_rules(model: type) -> dict[str, FieldRule]:
    """Python name -> field rule of a generated model (read once per model)."""
    return {f.name: _field(model, f.name, f.json_name, f.types, f.required) for f in model_fields(model)}


@functools.cache
def _rules_by_any_name(model: type) -> dict[str, FieldRule]:
    """JSON and Python names -> field rule: a mapping may use either."""
    rules = field_rules(model)
    return {**{f.json_name: f for f in rules.values()}, **rules}


def _uuid(value: object, path: str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str) and _UUID.fullmatch(value):
        return uuid.UUID(value)
    raise FieldError(
        path, f"must be a UUID (8-4-4-4-12 hex digits, e.g. {_UUID_EXAMPLE}) or a uuid.UUID; got {value!r}"
    )


@functools.cache
def _members(kind: type[enum.Enum]) -> dict[object, enum.Enum]:
    """An enum's members by value, in declaration order (the generated enums are fixed)."""
    return {member.value: member for member in kind}


def _enum(kind: type[enum.Enum], value: object, path: str) -> enum.Enum:
    if isinstance(value, kind):
        return value
    members = _members(kind)
    if isinstance(value, str) and value in members:
        return members[value]
    raise FieldError(path, f"must be one of {list(members)}; got {value!r}")


def _number(kind: type, value: object, path: str, minimum: float | None = None) -> int | float:
    ok = isinstance(value, int) if kind is int else isinstance(value, int | float)
    if not ok or isinstance(value, bool):
        raise FieldError(path, f"must be {'an integer' if kind is int else 'a number'}; got {value!r}")
    assert isinstance(value, int | float)  # noqa: S101 - narrowed above
    if minimum is not None and value < minimum:
        raise FieldError(path, f"must be at least {minimum:g}; got {value!r}")
    return value


def _scalar(kind: type, value: object, path: str, minimum: float | None = None) -> object:
    """A scalar checked against its kind (`str`, numbers, `bool`, UUID, date-time, Enum)."""
    if kind is typing.Any:  # any JSON value (`CommonPart.data`): checked when the body is encoded
        return value
    if issubclass(kind, enum.Enum):
        return _enum(kind, value, path)
    if kind is uuid.UUID:
        return _uuid(value, path)
    if kind is datetime.datetime:
        return _datetime(value, path)
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise FieldError(path, f"must be true or false; got {value!r}")
    if kind is int or kind is float:
        return _number(kind, value, path, minimum)
    if kind is str:
        if not isinstance(value, str):
            raise FieldError(path, f"must be a string; got {type(value).__name__}")
        try:
            value.encode()
        except UnicodeEncodeError as exc:  # a lone surrogate: JSON's "\ud800", or argv bytes not UTF-8
            raise FieldError(path, f"is not valid text (no character at position {exc.start})") from None
        return value
    raise TypeError(f"{path}: no rule for {kind}")  # pragma: no cover - spec drift


def _convert(value: object, field: FieldRule, path: str) -> object:
    if value is None:
        if field.nullable:
            return None
        raise FieldError(path, "cannot be null (None); leave it out to keep the current value")
    if field.is_list:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise FieldError(path, f"must be a list; got {type(value).__name__}")
        return [_one(item, field, f"{path}[{i}]") for i, item in enumerate(value)]
    return _one(value, field, path)


def fit_one(
    forms: Sequence[type], attempt: Callable[[type], object], path: str, given: Sequence[str]
) -> object:
    """The one form `attempt` builds without a `FieldError`; else a `FieldError` at `path`
    naming the fields given and, in a line, the form that came closest and its one problem
    (or which forms all fit)."""
    built, refused = [], []
    for form in forms:
        try:
            built.append(attempt(form))
        except FieldError as exc:
            refused.append((form, exc))
    if len(built) == 1:
        return built[0]
    names = ", ".join(given) or "no fields"
    if not built:
        form, problem = min(refused, key=lambda pair: _distance(pair[0], pair[1], given))
        if problem.closest:  # a nested value fitting none of its forms: that is the one problem
            raise problem
        error = FieldError(path, f"({names}) fits none of its forms; the closest, {form.__name__}: {problem}")
        error.closest = True
        raise error
    fitting = [f.__name__ for f in forms if all(f is not r for r, _ in refused)]
    raise FieldError(
        path, f"({names}) fits more than one of its forms ({', '.join(fitting)}); give the fields of one"
    )


_DISCRIMINATOR = re.compile(r"must be one of \[[^,\]]*\]; got")  # a one-value enum: `type`


def _distance(form: type, problem: FieldError, given: Sequence[str]) -> tuple[bool, int]:
    """How far `form` is from what was given: whether its discriminator (a field with one
    allowed value, e.g. `type: facts`) refused, then how many given names it lacks."""
    known = _rules_by_any_name(form)
    return bool(_DISCRIMINATOR.search(str(problem))), sum(name not in known for name in given)


def _one_form(forms: tuple[type, ...], value: object, path: str) -> object:
    if isinstance(value, forms):
        return _model(type(value), value, path)
    value = _as_mapping(value)
    if not isinstance(value, Mapping):
        raise FieldError(
            path, f"must be a mapping or one of {[f.__name__ for f in forms]}; got {type(value).__name__}"
        )
    keys = [str(k) for k in value]
    return fit_one(forms, lambda form: _model(form, value, path), path, keys)


def _one(value: object, field: FieldRule, path: str) -> object:
    if field.forms:
        return _one_form(field.forms, value, path)
    if field.is_model:
        return _model(field.kind, value, path)
    return _scalar(field.kind, value, path)


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


def _as_mapping(value: object) -> object:
    """A generated model of another class (an answer's, e.g. a transcript segment from
    `transcripts.get`) as the mapping of its declared fields, so that it is taken where a
    request has the same shape; anything else as it is."""
    kind: type = type(value)
    if kind is dict or not is_model(kind):  # a dict, the common case, without asking attrs
        return value
    fields = ((f.json_name, getattr(value, f.name)) for f in model_fields(kind))
    return {name: item for name, item in fields if not isinstance(item, Unset)}


def _model(model: type, value: object, path: str) -> object:
    rules = field_rules(model)
    if not isinstance(value, model):
        value = _as_mapping(value)
    if isinstance(value, model):
        given = {name: getattr(value, name) for name in rules}
        given = {k: v for k, v in given.items() if not isinstance(v, Unset)}
        extra: dict[str, Any] = dict(getattr(value, "additional_properties", {}))
    elif isinstance(value, Mapping) and not rules and (values := _map_values(model)) is not None:
        # A map (`additionalProperties` and no properties, e.g. text by section id): every
        # key is an entry; its values are checked when the spec types them as strings.
        given, extra = {}, {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise FieldError(path, f"keys must be strings; got {type(key).__name__}")
            extra[key] = _scalar(str, item, f"{path}.{key}") if values is str else item
    elif isinstance(value, Mapping):
        by_name = _rules_by_any_name(model)
        given, extra = {}, {}
        for key, item in value.items():
            field = by_name.get(key) if isinstance(key, str) else None
            if field is None and not rules and isinstance(key, str):
                extra[key] = item  # a free-form object (no declared fields): any keys
                continue
            if field is None:
                allowed = ", ".join(f.json_name for f in rules.values())
                raise FieldError(path, f"has no field {key!r}; allowed: {allowed}")
            if field.name in given:
                raise FieldError(f"{path}.{field.json_name}", "is given twice")
            if not isinstance(item, Unset):
                given[field.name] = item
    else:
        raise FieldError(path, f"must be a mapping or {model.__name__}; got {type(value).__name__}")
    return _build(model, given, extra, path_of=lambda field: f"{path}.{field.json_name}", parent=path)


@functools.cache
def _map_values(model: type) -> object | None:
    """The value type of a generated map model's entries (`object` when any), or None if
    the model holds no entries beyond its fields."""
    hints = typing.get_type_hints(model, globalns=vars(sys.modules[model.__module__]))
    hint = hints.get("additional_properties")
    args = typing.get_args(hint)
    if len(args) != 2:
        return None
    return args[1] if args[1] in (str, int, float, bool) else object


def _build(
    model: type,
    given: Mapping[str, object],
    extra: dict[str, Any],
    *,
    path_of: Callable[[FieldRule], str],
    parent: str | None,
) -> object:
    rules = field_rules(model)
    converted = {}
    for field in rules.values():
        if field.name in given:
            converted[field.name] = _convert(given[field.name], field, path_of(field))
        elif field.required:
            raise FieldError(
                path_of(field), f"is required when {parent} is given" if parent else "is required"
            )
    result = model(**converted)
    if extra:
        result.additional_properties.update(extra)
    return result


def build_body(model: type, arguments: Mapping[str, object]) -> dict[str, Any]:
    """The JSON body of `model` from keyword arguments (Python names): only those given,
    `None` as `null`; errors name the argument (`assigned_user_id`) or the nested JSON path."""
    given = {name: value for name, value in arguments.items() if not isinstance(value, Unset)}
    body = _build(model, given, {}, path_of=lambda field: field.name, parent=None)
    data: dict[str, Any] = body.to_dict()  # type: ignore[attr-defined]
    return data


def build_model(model: type, value: object, *, where: str) -> Any:
    """`value` (a `model` or its JSON form) as a checked `model`; errors name the JSON path
    from `where` (e.g. `configuration.mode.type`)."""
    return _model(model, value, where)


def build_union_body(forms: Sequence[type], arguments: Mapping[str, object]) -> dict[str, Any]:
    """The JSON body of a `oneOf` body: the one form whose fields the given arguments fit
    (no field of another form, every required one); else `FieldError` naming the fields."""
    given = {name: value for name, value in arguments.items() if not isinstance(value, Unset)}

    def attempt(form: type) -> dict[str, Any]:
        foreign = [name for name in given if name not in field_rules(form)]
        if foreign:
            raise FieldError("body", f"takes no {', '.join(foreign)}")
        return build_body(form, given)

    data: dict[str, Any] = fit_one(forms, attempt, "body", list(given))  # type: ignore[assignment]
    return data


def arguments_from_json(
    model: type | Sequence[type], data: Mapping[str, object], *, where: str
) -> dict[str, object]:
    """A body given as JSON (`assignedUserId`, or the Python names) as `build_body` arguments
    (for a `oneOf` body, `model` is its forms: any form's names are taken)."""
    models = [model] if isinstance(model, type) else list(model)
    by_name = {k: v for m in reversed(models) for k, v in _rules_by_any_name(m).items()}
    arguments: dict[str, object] = {}
    for key, value in data.items():
        field = by_name.get(key) if isinstance(key, str) else None
        if field is None:
            allowed = ", ".join(dict.fromkeys(f.json_name for m in models for f in field_rules(m).values()))
            raise FieldError(where, f"has no field {key!r}; allowed: {allowed}")
        if field.name in arguments:
            raise FieldError(field.name, "is given twice")
        arguments[field.name] = value
    return arguments


def _bounded(param: Param, value: object, path: str) -> object:
    """`value` (checked for its kind) within the parameter's bounds, else `FieldError`."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if param.maximum is not None and value > param.maximum:
            raise FieldError(path, f"must be at most {param.maximum:g}; got {value!r}")
    elif isinstance(value, str):
        if param.min_length is not None and len(value) < param.min_length:
            raise FieldError(path, f"must be at least {param.min_length} characters long")
        if param.max_length is not None and len(value) > param.max_length:
            raise FieldError(path, f"must be at most {param.max_length} characters long")
        if param.pattern is not None and not re.search(param.pattern, value):
            raise FieldError(path, f"must match the pattern {param.pattern!r}")
    return value


def path_value(param: Param, value: object) -> str:
    """A path parameter as it goes into the URL: checked, canonical, percent-encoded."""
    if value is None or isinstance(value, Unset) or (isinstance(value, str) and value == repr(UNSET)):
        # e.g. `model.id` of an answer that had no id: never sent as the text "None"/"UNSET"
        raise FieldError(param.name, f"is required; got {value!r} (narrow an optional id before passing it)")
    if param.kind is uuid.UUID:  # canonical lower case, the form the service stores
        if isinstance(value, str) and _UUID.fullmatch(value):
            return value.lower()
        return str(_uuid(value, param.name))
    checked = _bounded(param, _scalar(param.kind, value, param.name, param.minimum), param.name)
    text = checked.value if isinstance(checked, enum.Enum) else str(checked)
    if text in ("", ".", ".."):
        raise FieldError(param.name, f"must not be {text!r}")
    return quote(str(text), safe="")


def _wire(value: object) -> str | int | float:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    return str(value)


def query_values(param: Param, value: object) -> str | int | float | list[str | int | float]:
    """A query parameter's value(s) for httpx: checked; a list is sent as repeated keys, and a
    single value where the spec takes an array is a one-item list (`lang="en"`). `None` is
    left out by the caller: a query has no null."""
    if param.is_array:
        if isinstance(value, bytes | bytearray | Mapping | set | frozenset):
            raise FieldError(param.name, f"must be a list or one value; got {type(value).__name__}")
        if isinstance(value, str) or not isinstance(value, Sequence):
            value = [value]
        return [
            _wire(
                _bounded(
                    param,
                    _scalar(param.kind, item, f"{param.name}[{i}]", param.minimum),
                    f"{param.name}[{i}]",
                )
            )
            for i, item in enumerate(value)
        ]
    return _wire(_bounded(param, _scalar(param.kind, value, param.name, param.minimum), param.name))
