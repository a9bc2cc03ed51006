"""Run the pinned openapi-python-client with this project's templates.

Usage: python tools/generate.py SPEC CONFIG TEMPLATES OUTPUT_DIR

What `openapi-python-client generate --custom-template-path TEMPLATES` does, plus the data
the templates need, prepared here once so that they read as the code they emit
(`operations`, one `OperationView` per operationId). The parsed endpoints drop some of what
the runtime needs from the spec (vendor extensions `x-idempotent`, `x-pagination` and `x-bulk`,
parameter bounds and defaults, `style`/`explode`), so this also reads the spec as written.
The document's `x-websockets` (real-time sockets, which OpenAPI cannot describe) becomes
`websockets.py` (`SocketView`s rendered by `websockets.py.jinja`), formatted by the same
post hooks. Errors and warnings fail the run.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.cli import handle_errors
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import snake_case

__all__ = [
    "OperationView",
    "ResourceView",
    "SocketView",
    "main",
    "operation_views",
    "resource_views",
    "socket_views",
]

# Methods whose repetition has the effect of one request (RFC 9110, 9.2.2); PATCH and POST
# are not, unless the spec says so with `x-idempotent: true`.
_IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete"})
# Header parameters the client sends from its own settings rather than per call.
_CLIENT_HEADERS = frozenset({"tenant-name"})


@dataclass(frozen=True)
class ParamView:
    """A path or query parameter, as the templates write it."""

    python_name: str
    wire_name: str
    annotation: str  # the argument's type, e.g. `UUID | str`
    kind: str  # the value's type, e.g. `UUID`, `int`, an enum class (an array's item type)
    is_array: bool
    required: bool
    default: str  # a Python literal, or `UNSET`
    minimum: str  # a Python literal, or `None`
    maximum: str
    min_length: str
    max_length: str
    pattern: str
    description: str
    in_header: bool = False  # a header parameter, carried with the query ones (its own argument)


@dataclass(frozen=True)
class FieldView:
    """A top-level field of a request body, as a keyword argument."""

    python_name: str
    annotation: str
    required: bool
    description: str


@dataclass(frozen=True)
class PaginationView:
    """How a listing pages, in Python names."""

    page: str  # the 1-based page index argument ("" for a token-paged listing)
    size: str  # the page size argument
    items_attr: str  # the response attribute holding the page's items
    item_type: str  # their model class
    item_id: str  # the items' attribute that identifies one ("" for none)
    token: str = ""  # the page token argument of a token-paged listing
    next_attr: str = ""  # the response attribute holding the next page's token


@dataclass(frozen=True)
class EventView:
    """One kind of event of a `text/event-stream` answer: the data key that tells it, its model."""

    key: str
    model: str


@dataclass(frozen=True)
class BinaryBodyView:
    """A raw-bytes request body (`application/octet-stream`) and its size bounds."""

    content_type: str
    max_bytes: str  # a Python literal, or `None`
    min_bytes: str


@dataclass(frozen=True)
class PollView:
    """`x-poll` on a status operation, with the operations it names."""

    field: str  # the Python name of the status answer's field
    done: tuple[str, ...]
    failed: tuple[str, ...]
    result: str  # the operation fetched once done (its Python name)
    start: str | None  # the operation that starts the work (`<method>_and_poll`)
    start_id: str | None  # the Python name of the start answer's field holding the last path value


@dataclass(frozen=True)
class ContextSourceView:
    """One source of `x-context-from`, its strings as written (`skip` as a Python literal)."""

    name: str
    field: str
    operation: str
    items: str
    skip: str
    keep: tuple[str, ...]


@dataclass(frozen=True)
class ResourceView:
    """A tag as a resource: its attribute, class, parent and children (`x-parent`)."""

    tag: str  # the tag's Python name, e.g. documents_classic
    attr: str  # the attribute on its parent (or the client), e.g. classic
    cls: str  # the resource class, e.g. DocumentsClassic
    parent: str | None
    children: tuple[str, ...]
    path: str  # dotted from the client, e.g. documents.classic
    has_operations: bool
    # `x-sdk-names`: a name Corti's SDK has on this resource -> where it is here (relative)
    sdk_names: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class OperationView:
    """Everything the templates write for one operation."""

    name: str  # the operationId as a Python name, e.g. interactions_list
    tag: str  # e.g. interactions
    method_name: str  # e.g. list
    http_method: str  # e.g. GET
    path: str
    summary: str
    description: str
    path_params: list[ParamView]
    query_params: list[ParamView]
    body_model: str | None
    body_required: bool
    body_fields: list[FieldView]
    responses: dict[int, str | None]  # success status -> model class (None: no body)
    return_type: str  # of the parsed success answer
    idempotent: bool
    pagination: PaginationView | None
    bulk: bool  # `x-bulk`: also `<method>_many()` and `--from FILE`
    models: set[str] = field(default_factory=set)  # generated classes the signatures name
    body_forms: list[str] = field(default_factory=list)  # a `oneOf` body's models, in order
    binary_body: BinaryBodyView | None = None
    binary_response: bool = False  # the success answer is raw bytes (`BinaryResponse`)
    poll: PollView | None = None
    context_from: list[ContextSourceView] = field(default_factory=list)
    server: tuple[str, str] | None = None  # `servers`: (the document server's path, this one's)
    headers: list[tuple[str, str]] = field(default_factory=list)  # one-value enum header parameters
    body_content_type: str = "application/json"
    events: list[EventView] = field(default_factory=list)  # a `text/event-stream` answer's kinds
    deprecated: str = ""  # the warning a deprecated operation gives (`x-replaced-by`)


class SpecError(Exception):
    """The spec uses something the templates do not support."""


def _arg_type(prop: Property, models: set[str]) -> str:
    """The type an argument accepts: the generated one, or its JSON-like spelling."""
    if isinstance(prop, ModelProperty):
        models.add(prop.class_info.name)
        return f"{prop.class_info.name} | Mapping[str, Any]"
    if isinstance(prop, EnumProperty):
        models.add(prop.class_info.name)
        return f"{prop.class_info.name} | str"
    if isinstance(prop, UuidProperty):
        return "UUID | str"
    if isinstance(prop, DateTimeProperty):
        return "datetime.datetime | str"
    if isinstance(prop, ListProperty):
        return f"Sequence[{_arg_type(prop.inner_property, models)}]"
    if isinstance(prop, UnionProperty):
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in _arg_type(inner, models).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    if isinstance(prop, NoneProperty):
        return "None"
    return prop.get_type_string(no_optional=True).as_unembedded_code()


def _kind(prop: Property) -> str:
    """The value type the runtime converts a parameter to."""
    if isinstance(prop, EnumProperty):
        return prop.class_info.name
    if isinstance(prop, UuidProperty):
        return "UUID"
    if isinstance(prop, DateTimeProperty):
        return "datetime.datetime"
    return prop.get_type_string(no_optional=True).as_unembedded_code()


# What the runtime checks before sending: these in parameters (with `format`, `enum` and
# `default`); in request bodies only types, formats, enums, nullability and `required`.
# Anything else would be dropped silently, so the generator refuses it instead.
_PARAM_BOUNDS = frozenset({"minimum", "maximum", "minLength", "maxLength", "pattern"})
_CONSTRAINTS = frozenset(
    {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
     "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties",
     "maxProperties", "const", "not", "if", "dependentRequired", "patternProperties"}
)  # fmt: skip


def _unchecked(node: Any, spec: dict[str, Any], allowed: frozenset[str], seen: set[str]) -> list[str]:
    """The constraint keywords under `node` (a schema, `$ref`s followed) outside `allowed`."""
    if isinstance(node, list):
        return [k for item in node for k in _unchecked(item, spec, allowed, seen)]
    if not isinstance(node, dict):
        return []
    found = [k for k in node if k in _CONSTRAINTS and k not in allowed]
    if "$ref" in node and node["$ref"] not in seen:
        seen.add(node["$ref"])
        found += _unchecked(_deref(node, spec), spec, allowed, seen)
    for key in ("properties", "items", "anyOf", "oneOf", "allOf", "additionalProperties"):
        child = node.get(key)
        children = list(child.values()) if key == "properties" and isinstance(child, dict) else [child]
        found += [k for c in children for k in _unchecked(c, spec, allowed, seen)]
    return found


def _deref(node: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        *_, section, name = node["$ref"].split("/")
        node = spec["components"][section][name]
    return node


def _raw(value: object) -> str:
    """A spec string as written (templates escape it where it lands in code)."""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


def _text(value: object) -> str:
    return " ".join(_raw(value or "").split())


def _params(
    endpoint: Endpoint, raw: dict[str, Any], spec: dict[str, Any], models: set[str]
) -> tuple[list[ParamView], list[ParamView]]:
    declared = {(p["in"], p["name"]): p for p in (_deref(p, spec) for p in raw.get("parameters", []))}
    for where, name in declared:
        if where == "cookie":
            raise SpecError(f"{endpoint.name}: cookie parameter {name!r} is not supported")
    views: dict[str, list[ParamView]] = {"path": [], "query": [], "header": []}
    # A header parameter that is not a client setting is a per-call argument like a query one.
    headers = [
        p
        for p in endpoint.header_parameters
        if _raw(p.name).lower() not in _CLIENT_HEADERS
        and _fixed_header(declared[("header", _raw(p.name))], spec) is None
    ]
    for where, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", headers),
    ):
        for prop in props:
            data = declared[(where, _raw(prop.name))]
            if unchecked := _unchecked(data.get("schema", {}), spec, _PARAM_BOUNDS, set()):
                raise SpecError(
                    f"{endpoint.name}: parameter {_raw(prop.name)!r} uses {sorted(set(unchecked))}, "
                    "which the runtime does not check"
                )
            written = data.get("schema", {})
            schema = {**_deref(written, spec), **{k: v for k, v in written.items() if k != "$ref"}}
            is_array = isinstance(prop, ListProperty)
            item = prop.inner_property if isinstance(prop, ListProperty) else prop
            if is_array and (data.get("style", "form"), data.get("explode", True)) != ("form", True):
                raise SpecError(
                    f"{endpoint.name}: array parameter {_raw(prop.name)!r} must be style form, explode"
                )
            views[where].append(
                ParamView(
                    python_name=str(prop.python_name),
                    wire_name=_raw(prop.name),
                    # one value where an array is taken is a one-item list, as Corti's SDKs take it
                    annotation=_arg_type(prop, models)
                    + (f" | {_arg_type(item, models)}" if is_array and where == "query" else ""),
                    kind=_kind(item),
                    is_array=is_array,
                    required=bool(data.get("required")),
                    default=repr(schema["default"]) if "default" in schema else "UNSET",
                    minimum=repr(schema.get("minimum")),
                    maximum=repr(schema.get("maximum")),
                    min_length=repr(schema.get("minLength")),
                    max_length=repr(schema.get("maxLength")),
                    pattern=repr(schema.get("pattern")),
                    description=_text(data.get("description")),
                    in_header=where == "header",
                )
            )
    if any(p.is_array for p in views["header"]):
        raise SpecError(f"{endpoint.name}: an array header parameter is not supported")
    return views["path"], views["query"] + views["header"]


def _fixed_header(param: dict[str, Any], spec: dict[str, Any]) -> str | None:
    """The value of a header parameter marked `x-fixed: true` whose schema is a one-value string
    enum (sent on every call, e.g. `A2A-Version: 1.0`); None for any other parameter (an
    optional one-value enum such as `X-Corti-Retention-Policy: none` is a per-call argument)."""
    schema = _deref(param.get("schema", {}), spec)
    values = schema.get("enum", [])
    fixed = param.get("x-fixed") is True
    if fixed and param.get("in") == "header" and len(values) == 1 and isinstance(values[0], str):
        return str(values[0])
    return None


def _responses(endpoint: Endpoint, raw: dict[str, Any], spec: dict[str, Any]) -> dict[int, str | None]:
    found: dict[int, str | None] = {}
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if not (200 <= low == high < 300):
            continue
        content = _deref(raw["responses"][str(low)], spec).get("content", {})
        if list(content) == ["text/event-stream"]:  # its schema is an event's (see `_events`)
            found[low] = "EventContent"
        elif isinstance(response.prop, ModelProperty):
            found[low] = response.prop.class_info.name
        elif isinstance(response.prop, ListProperty) and isinstance(
            response.prop.inner_property, ModelProperty
        ):
            found[low] = f"ArrayOf({response.prop.inner_property.class_info.name})"
        elif _is_binary(content):
            found[low] = "BinaryContent"
        elif not _deref(raw["responses"][str(low)], spec).get("content"):
            found[low] = None
        else:
            raise SpecError(
                f"{endpoint.name}: response {low} must be a JSON object schema, an array of one, "
                "an event stream or no body"
            )
    if not found:
        raise SpecError(f"{endpoint.name}: no success response")
    return found


def _is_binary(content: dict[str, Any]) -> bool:
    """Whether a content map is one `application/octet-stream` binary string."""
    schema = content.get("application/octet-stream", {}).get("schema", {})
    return len(content) == 1 and schema.get("type") == "string" and schema.get("format") == "binary"


def _binary_body(name: str, raw: dict[str, Any]) -> BinaryBodyView:
    content = raw.get("requestBody", {}).get("content", {})
    if not _is_binary(content):
        raise SpecError(f"{name}: a raw body must be one application/octet-stream binary string")
    schema = content["application/octet-stream"]["schema"]
    return BinaryBodyView(
        content_type="application/octet-stream",
        max_bytes=repr(schema.get("x-max-bytes")),
        min_bytes=repr(schema.get("x-min-bytes")),
    )


def _events(name: str, raw: dict[str, Any], spec: dict[str, Any], classes: set[str]) -> list[EventView]:
    """The kinds of event of a `text/event-stream` answer: the schema of an event's data (the
    frame's `data.contentSchema`, as OpenAPI 3.2's `itemSchema` writes it, or the schema itself)
    is a `oneOf` of objects that each require one property, the key that tells an event's kind
    (A2A's `StreamResponse`: `{"task": ...}`, `{"statusUpdate": ...}`)."""
    success = min(k for k in raw["responses"] if str(k).startswith("2"))
    content = _deref(raw["responses"][success], spec)["content"]["text/event-stream"]
    union = _deref(content.get("schema", {}), spec)
    data = union.get("properties", {}).get("data", {})
    if "contentSchema" in data:  # the SSE frame: its data is the event
        union = _deref(data["contentSchema"], spec)
    views = []
    for member in union.get("oneOf", []):
        model = _schema_name(member.get("$ref", ""))
        required = _deref(member, spec).get("required", [])
        if model not in classes or len(required) != 1:
            raise SpecError(
                f"{name}: an event stream's schema must be a oneOf of object schemas that each "
                "require one property (the key that tells the event's kind)"
            )
        views.append(EventView(key=str(required[0]), model=model))
    if not views or len({v.key for v in views}) != len(views):
        raise SpecError(f"{name}: an event stream needs event kinds with distinct keys")
    return views


def _server(name: str, declared: list[dict[str, Any]] | None, spec: dict[str, Any]) -> tuple[str, str] | None:
    """An operation's (or its path's) `servers`: the same host as the document's server, at
    another path. Returned as (the document server's path, this one's), which the runtime
    swaps at the end of the client's base URL (so an environment, a `base_url` and the fake
    all follow)."""
    if not declared:
        return None
    document = str(spec.get("servers", [{}])[0].get("url", ""))
    url = str(declared[0].get("url", ""))
    split = re.compile(r"^([a-z]+://[^/]+)(/.*)?$")
    mine, theirs = split.match(url), split.match(document)
    if len(declared) != 1 or mine is None or theirs is None or mine.group(1) != theirs.group(1):
        raise SpecError(f"{name}: `servers` must be one URL on the document server's host, at another path")
    return (theirs.group(2) or "").rstrip("/"), (mine.group(2) or "").rstrip("/")


def _model_fields(prop: ModelProperty) -> list[Property]:
    return list((prop.required_properties or []) + (prop.optional_properties or []))


def _raw_operation(endpoint: Endpoint, spec: dict[str, Any]) -> dict[str, Any]:
    """The operation as written; the generator renames path placeholders to Python names."""
    return _raw_path_item(endpoint, spec)[endpoint.method]  # type: ignore[no-any-return]


def _raw_path_item(endpoint: Endpoint, spec: dict[str, Any]) -> dict[str, Any]:
    """The operation's path item as written."""
    for path, item in spec["paths"].items():
        python_path = re.sub(r"{([^}]+)}", lambda m: "{" + snake_case(m.group(1)) + "}", path)
        if python_path == _raw(endpoint.path) and endpoint.method in item:
            found: dict[str, Any] = item
            return found
    raise SpecError(f"{endpoint.name}: not found in the spec as written")


def _view(endpoint: Endpoint, spec: dict[str, Any], classes: dict[str, ModelProperty]) -> OperationView:
    raw = _raw_operation(endpoint, spec)
    models: set[str] = set()
    tag = str(endpoint.tags[0])
    name = str(endpoint.name)
    path_params, query_params = _params(endpoint, raw, spec, models)
    body_model, body_fields, body_forms = None, [], []
    binary_body = None
    if len(endpoint.bodies) > 1 or (
        endpoint.bodies and endpoint.bodies[0].body_type not in ("json", "content")
    ):
        raise SpecError(
            f"{name}: only one application/json or application/octet-stream request body is supported"
        )
    if endpoint.bodies and endpoint.bodies[0].body_type == "content":
        binary_body = _binary_body(name, raw)
    body_content_type = next(
        (
            t
            for t in raw.get("requestBody", {}).get("content", {})
            if t == "application/json" or t.endswith("+json")
        ),
        "application/json",
    )
    body = raw.get("requestBody", {}).get("content", {}).get(body_content_type, {}).get("schema", {})
    if unchecked := _unchecked(body, spec, frozenset(), set()):
        raise SpecError(
            f"{name}: the request body uses {sorted(set(unchecked))}, which the runtime does not check"
        )
    if endpoint.bodies and binary_body is None:
        prop = endpoint.bodies[0].prop
        forms = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
        # A union's members are references; their fields are on the parsed models.
        forms = [classes.get(str(f.class_info.name), f) if isinstance(f, ModelProperty) else f for f in forms]
        if not all(isinstance(form, ModelProperty) for form in forms):
            raise SpecError(f"{name}: the request body must be an object schema or a oneOf of them")
        body_forms = [str(form.class_info.name) for form in forms if isinstance(form, ModelProperty)]
        body_model = body_forms[0]
        models.update(body_forms)
        # A oneOf body: the keywords are the union of the forms' fields, required where
        # every form requires it; the runtime sends the one form the given fields fit.
        seen: dict[str, list[Property]] = {}
        for form in forms:
            assert isinstance(form, ModelProperty)
            for field_prop in _model_fields(form):
                seen.setdefault(str(field_prop.python_name), []).append(field_prop)
        for python_name, props in seen.items():
            required = len(props) == len(forms) and all(p.required for p in props)
            annotation = _arg_type(props[0], models)
            body_fields.append(
                FieldView(
                    python_name=python_name,
                    annotation=annotation if required else f"{annotation} | Unset",
                    required=required,
                    description=_text(props[0].description),
                )
            )
        if len(forms) > 1:
            body_fields.sort(key=lambda f: not f.required)
    responses = _responses(endpoint, raw, spec)
    return_model = responses[min(responses)]
    distinct = list(dict.fromkeys(m for m in responses.values() if m))
    binary_response = "BinaryContent" in distinct
    if binary_response and len(distinct) > 1:
        raise SpecError(f"{name}: a binary answer cannot share an operation with JSON ones")
    events = []
    if "EventContent" in distinct:
        if len(distinct) > 1:
            raise SpecError(f"{name}: an event stream cannot share an operation with other answers")
        events = _events(name, raw, spec, set(classes))
        models.update(e.model for e in events)
    models.update(m.removeprefix("ArrayOf(").removesuffix(")") for m in distinct if m not in _MARKERS)
    return_type = (
        " | ".join(
            f"list[{m.removeprefix('ArrayOf(').removesuffix(')')}]" if m.startswith("ArrayOf(") else m
            for m in distinct
        )
        if distinct
        else "None"
    )
    if binary_response:
        return_type = "BinaryResponse"
    if events:
        return_type = "EventStream[" + " | ".join(e.model for e in events) + " | UnknownEvent]"
    if None in responses.values() and distinct:
        return_type += " | None"
    pagination = None
    if "x-pagination" in raw:
        pagination = _pagination(
            name, raw=raw, spec=spec, query_params=query_params, endpoint=endpoint, return_model=return_model
        )
        models.add(pagination.item_type)
    idempotent = bool(raw.get("x-idempotent", endpoint.method in _IDEMPOTENT_METHODS))
    declared = [_deref(p, spec) for p in raw.get("parameters", [])]
    headers = [(str(p["name"]), value) for p in declared if (value := _fixed_header(p, spec)) is not None]
    server = _server(name, raw.get("servers") or _raw_path_item(endpoint, spec).get("servers"), spec)
    bulk = bool(raw.get("x-bulk", False))
    if bulk and not (idempotent and len(path_params) == 1 and body_model and not pagination):
        raise SpecError(f"{name}: x-bulk needs an idempotent operation with one path parameter and a body")
    return OperationView(
        name=name,
        tag=tag,
        method_name=name.removeprefix(f"{tag}_"),
        http_method=endpoint.method.upper(),
        path=_raw(endpoint.path),
        summary=_text(raw.get("summary")) or name,
        description=_text(raw.get("description")),
        path_params=path_params,
        query_params=query_params,
        body_model=body_model,
        body_required=bool(raw.get("requestBody", {}).get("required")),
        body_fields=body_fields,
        responses=responses,
        return_type=return_type,
        idempotent=idempotent,
        pagination=pagination,
        bulk=bulk,
        models=models,
        body_forms=body_forms if len(body_forms) > 1 else [],
        binary_body=binary_body,
        binary_response=binary_response,
        server=server,
        headers=headers,
        body_content_type=body_content_type,
        events=events,
    )


_MARKERS = frozenset({"BinaryContent", "EventContent"})


def _pagination(
    name: str,
    *,
    raw: dict[str, Any],
    spec: dict[str, Any],
    query_params: list[ParamView],
    endpoint: Endpoint,
    return_model: str | None,
) -> PaginationView:
    declared: dict[str, str] = raw["x-pagination"]
    by_wire = {p.wire_name: p for p in query_params}
    tokens = "token" in declared  # a cursor: the answer's `next` token asks for the next page
    for key in ("token", "size") if tokens else ("page", "size"):
        if declared.get(key) not in by_wire:
            raise SpecError(f"{name}: x-pagination.{key} names no query parameter")
    if not tokens and by_wire[declared["size"]].default == "UNSET":  # sent to know a short page
        raise SpecError(f"{name}: the page size parameter needs a default")
    response = next(r.prop for r in endpoint.responses.patterns if isinstance(r.prop, ModelProperty))
    items = next(
        (
            p
            for p in (response.required_properties or []) + (response.optional_properties or [])
            if _raw(p.name) == declared.get("items")
        ),
        None,
    )
    if not isinstance(items, ListProperty) or not isinstance(items.inner_property, ModelProperty):
        raise SpecError(f"{name}: x-pagination.items must name an array of objects in {return_model}")
    item = items.inner_property
    # The item schema as written (the parsed model's properties are filled in later).
    success = min(k for k in raw["responses"] if str(k).startswith("2"))
    page_schema = _deref(raw["responses"][success]["content"]["application/json"]["schema"], spec)
    item_schema = _deref(_deref(page_schema["properties"][declared["items"]], spec)["items"], spec)
    item_id = declared.get("id")
    # A walk yields each id once: by this field (optional for a cursor, which cannot shift).
    if (item_id is not None or not tokens) and (
        item_id is None or item_id not in item_schema.get("required", [])
    ):
        raise SpecError(f"{name}: x-pagination.id must name a required property of {item.class_info.name}")
    next_attr = ""
    if tokens:
        if declared.get("next") not in page_schema.get("properties", {}):
            raise SpecError(f"{name}: x-pagination.next must name a property of {return_model}")
        next_attr = snake_case(declared["next"])
    return PaginationView(
        page="" if tokens else by_wire[declared["page"]].python_name,
        size=by_wire[declared["size"]].python_name,
        items_attr=str(items.python_name),
        item_type=items.inner_property.class_info.name,
        item_id=snake_case(item_id) if item_id else "",
        token=by_wire[declared["token"]].python_name if tokens else "",
        next_attr=next_attr,
    )


def _poll(name: str, declared: dict[str, Any], views: dict[str, OperationView]) -> PollView:
    """`x-poll` of `name`, checked against the operations it names."""
    status = views[name]
    result = views.get(str(declared.get("result")))
    if (
        result is None
        or result.tag != status.tag
        or [p.python_name for p in result.path_params] != [p.python_name for p in status.path_params]
    ):
        raise SpecError(
            f"{name}: x-poll.result must name an operation of the same resource with the same path parameters"
        )
    if not declared.get("field") or not declared.get("done"):
        raise SpecError(f"{name}: x-poll needs `field` and `done`")
    start = declared.get("start")
    if start is not None:
        begin = views.get(str(start))
        if (
            begin is None
            or begin.tag != status.tag
            or [p.python_name for p in begin.path_params] != [p.python_name for p in status.path_params[:-1]]
        ):
            raise SpecError(
                f"{name}: x-poll.start must name an operation of the same resource whose path "
                "parameters are the status operation's but the last"
            )
        if not declared.get("start_id"):
            raise SpecError(f"{name}: x-poll.start needs start_id")
    return PollView(
        field=snake_case(str(declared["field"])),
        done=tuple(str(v) for v in declared["done"]),
        failed=tuple(str(v) for v in declared.get("failed", [])),
        result=result.name,
        start=None if start is None else str(start),
        start_id=None if start is None else snake_case(str(declared["start_id"])),
    )


def operation_views(data: GeneratorData, spec: dict[str, Any]) -> dict[str, OperationView]:
    """One view per operation, keyed by its Python name (the generator's `endpoint.name`)."""
    views = {}
    classes = {str(m.class_info.name): m for m in data.models}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            views[str(endpoint.name)] = _view(endpoint, spec, classes)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            raw = _raw_operation(endpoint, spec)
            if raw.get("deprecated"):
                name = str(endpoint.name)
                views[name] = replace(views[name], deprecated=_deprecation(name, raw, views, spec))
            sources = _raw_operation(endpoint, spec).get("x-context-from")
            if sources:
                name = str(endpoint.name)
                views[name] = replace(views[name], context_from=_context_from(name, sources, views))
            declared = _raw_operation(endpoint, spec).get("x-poll")
            if declared is not None:
                name = str(endpoint.name)
                poll = _poll(name, declared, views)
                models = views[name].models | views[poll.result].models
                views[name] = replace(views[name], poll=poll, models=models)
    return views


def _deprecation(
    name: str, raw: dict[str, Any], views: dict[str, OperationView], spec: dict[str, Any]
) -> str:
    """The `DeprecationWarning` of a `deprecated` operation, naming `x-replaced-by` (an operationId)."""

    def call(view: OperationView) -> str:
        parents = {
            snake_case(str(t["name"])): snake_case(str(t["x-parent"]))
            for t in spec.get("tags", [])
            if "x-parent" in t
        }
        chain, tag = [], view.tag
        while tag in parents:
            chain.append(tag.removeprefix(parents[tag] + "_"))
            tag = parents[tag]
        return "client." + ".".join([tag, *reversed(chain), view.method_name]) + "()"

    replacement = raw.get("x-replaced-by")
    if replacement is None:
        return f"{call(views[name])} is deprecated"
    if str(replacement) not in views:
        raise SpecError(f"{name}: x-replaced-by names no operation")
    return f"{call(views[name])} is deprecated: use {call(views[str(replacement)])} instead"


def _context_from(
    name: str, declared: dict[str, Any], views: dict[str, OperationView]
) -> list[ContextSourceView]:
    """`x-context-from` of `name`, checked: each source names a body field and a listing
    whose path parameters lead the operation's."""
    found = []
    fields = {f.python_name for f in views[name].body_fields}
    leading = [p.python_name for p in views[name].path_params]
    for source, given in declared.items():
        listing = views.get(str(given.get("operation")))
        if (
            listing is None
            or [p.python_name for p in listing.path_params] != leading[: len(listing.path_params)]
        ):
            raise SpecError(f"{name}: x-context-from.{source}.operation must name an operation it can call")
        if snake_case(str(given.get("field"))) not in fields or not given.get("items"):
            raise SpecError(f"{name}: x-context-from.{source} needs `field` (a body field) and `items`")
        found.append(
            ContextSourceView(
                name=str(source),
                field=str(given["field"]),
                operation=listing.name,
                items=str(given["items"]),
                skip=repr(given.get("skip")),
                keep=tuple(str(k) for k in given.get("keep", [])),
            )
        )
    return found


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def resource_views(data: GeneratorData, spec: dict[str, Any]) -> dict[str, ResourceView]:
    """Every resource, by tag: those with operations and the parents `x-parent` names."""
    declared = {snake_case(str(t["name"])): t for t in spec.get("tags", [])}
    parents = {tag: snake_case(str(t["x-parent"])) for tag, t in declared.items() if "x-parent" in t}
    with_operations = {str(tag) for tag in data.endpoint_collections_by_tag}
    tags = set(with_operations)
    for tag in list(tags):
        while tag in parents:
            tag = parents[tag]
            if tag not in declared:
                raise SpecError(f"x-parent names {tag!r}, which is not a tag")
            tags.add(tag)
    views: dict[str, ResourceView] = {}
    for tag in sorted(tags):
        chain, node = [tag], tag
        while node in parents:
            node = parents[node]
            if node in chain:
                raise SpecError(f"x-parent: tag {tag!r} is its own ancestor")
            chain.append(node)
        parent = parents.get(tag)
        attr = tag.removeprefix(f"{parent}_") if parent else tag
        if parent and attr == tag:
            raise SpecError(f"tag {tag!r}: its name must start with its parent's, {parent!r}")
        path = ".".join((n.removeprefix(f"{parents[n]}_") if n in parents else n) for n in reversed(chain))
        views[tag] = ResourceView(
            tag=tag,
            attr=attr,
            cls=_pascal(tag),
            parent=parent,
            children=tuple(sorted(t for t, p in parents.items() if p == tag and t in tags)),
            path=path,
            has_operations=tag in with_operations,
            sdk_names=_sdk_names(declared.get(tag, {}), tag),
        )
    return views


def _sdk_names(declared: dict[str, Any], tag: str) -> dict[str, tuple[str, ...]]:
    """A tag's `x-sdk-names`: Corti's SDK's name -> the dotted names, relative to the
    resource, that do its work here (any may be added later: the client names those present)."""
    raw = declared.get("x-sdk-names", {})
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and v and all(isinstance(i, str) for i in v)
        for k, v in raw.items()
    ):
        raise SpecError(f"tag {tag!r}: x-sdk-names must map a name to a list of dotted names")
    return {str(k): tuple(v) for k, v in raw.items()}


@dataclass(frozen=True)
class SocketView:
    """A real-time socket of `x-websockets`, as `websockets.py.jinja` writes it."""

    name: str  # the client attribute, e.g. stream
    summary: str
    path: str  # with Python placeholders, e.g. /interactions/{interaction_id}/streams
    path_params: list[ParamView]
    query: tuple[str, ...]
    config: str  # model class names
    configuration: str
    flush: str
    end: str
    messages: dict[str, str]  # message type -> model class, from the union's discriminator
    accept: tuple[str, ...]
    already_configured: tuple[str, ...]
    refuse: tuple[str, ...]
    flushed: str
    usage: str
    end_types: tuple[str, ...]
    error: str
    config_deadline: float
    cli_default: dict[str, Any]
    cli_flags: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class AudioFormatView:
    """One MIME type of `x-websockets.audio-formats`, as `websockets.py.jinja` writes it."""

    mime: str
    container: str
    parameters: tuple[str, ...]
    inferred: bool


_CONTAINERS = frozenset({"ogg", "webm", "mp3", "flac", "mp4", "pcm"})


def audio_format_views(spec: dict[str, Any]) -> list[AudioFormatView]:
    """The audio types of the document's `x-websockets.audio-formats`, checked."""
    types = (spec.get("x-websockets") or {}).get("audio-formats", {}).get("types", {})
    views = []
    for mime, raw in types.items():
        where = f"x-websockets.audio-formats.types.{mime}"
        if not isinstance(raw, dict) or raw.get("container") not in _CONTAINERS:
            raise SpecError(f"{where}: needs a container, one of {sorted(_CONTAINERS)}")
        if set(raw) - {"container", "parameters", "inferred"}:
            raise SpecError(
                f"{where}: unknown keys {sorted(set(raw) - {'container', 'parameters', 'inferred'})}"
            )
        views.append(
            AudioFormatView(
                mime=str(mime).lower(),
                container=str(raw["container"]),
                parameters=tuple(str(p) for p in raw.get("parameters", [])),
                inferred=bool(raw.get("inferred", False)),
            )
        )
    return views


_SOCKET_KEYS = frozenset(
    {"summary", "path", "parameters", "query", "config", "flush", "end", "messages", "accept",
     "already-configured", "refuse", "flushed", "usage", "end-types", "error", "config-deadline", "cli"}
)  # fmt: skip


def _schema_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _socket_path_param(socket: str, raw: dict[str, Any]) -> ParamView:
    schema = raw.get("schema", {})
    if schema.get("type") != "string":
        raise SpecError(f"x-websockets.{socket}: parameter {raw.get('name')!r} must be a string")
    is_uuid = schema.get("format") == "uuid"
    return ParamView(
        python_name=snake_case(raw["name"]),
        wire_name=raw["name"],
        annotation="UUID | str" if is_uuid else "str",
        kind="UUID" if is_uuid else "str",
        is_array=False,
        required=True,
        default="UNSET",
        minimum="None",
        maximum="None",
        min_length="None",
        max_length="None",
        pattern="None",
        description=_text(raw.get("description")),
    )


def _socket_view(name: str, raw: dict[str, Any], spec: dict[str, Any], models: set[str]) -> SocketView:
    where = f"x-websockets.{name}"
    if unknown := set(raw) - _SOCKET_KEYS:
        raise SpecError(f"{where}: unknown keys {sorted(unknown)}")
    schemas = spec["components"]["schemas"]

    def model(key: str) -> str:
        schema = raw.get(key)
        if schema not in schemas or schema not in models:
            raise SpecError(f"{where}.{key}: {schema!r} is not an object schema of components/schemas")
        return str(schema)

    union = schemas.get(raw.get("messages"), {})
    discriminator = union.get("discriminator", {})
    if discriminator.get("propertyName") != "type" or not discriminator.get("mapping"):
        raise SpecError(f"{where}.messages: needs a oneOf schema with a `type` discriminator mapping")
    messages = {str(t): _schema_name(ref) for t, ref in discriminator["mapping"].items()}
    for schema in messages.values():
        if schema not in models:
            raise SpecError(f"{where}.messages: {schema!r} is not an object schema")
    kinds = {
        "accept": raw.get("accept", []),
        "already-configured": raw.get("already-configured", []),
        "refuse": raw.get("refuse", []),
        "end-types": raw.get("end-types", []),
        "flushed": [raw.get("flushed")],
        "usage": [raw.get("usage")],
        "error": [raw.get("error")],
    }
    for key, types in kinds.items():
        if not types or any(t not in messages for t in types):
            raise SpecError(f"{where}.{key}: every type must be a message type of {raw['messages']}")
    config = model("config")
    configuration = schemas[config].get("properties", {}).get("configuration", {}).get("$ref", "")
    params = [_socket_path_param(name, p) for p in raw.get("parameters", [])]
    placeholders = re.findall(r"{([^}]+)}", raw["path"])
    if placeholders != [p.wire_name for p in params]:
        raise SpecError(f"{where}.path: its placeholders must be the parameters, in order")
    cli = raw.get("cli", {})
    return SocketView(
        name=name,
        summary=_text(raw.get("summary")) or name,
        path=re.sub(r"{([^}]+)}", lambda m: "{" + snake_case(m.group(1)) + "}", raw["path"]),
        path_params=params,
        query=tuple(str(q) for q in raw.get("query", [])),
        config=config,
        configuration=_schema_name(configuration) if configuration else model("config"),
        flush=model("flush"),
        end=model("end"),
        messages=messages,
        accept=tuple(kinds["accept"]),
        already_configured=tuple(kinds["already-configured"]),
        refuse=tuple(kinds["refuse"]),
        flushed=str(raw["flushed"]),
        usage=str(raw["usage"]),
        end_types=tuple(kinds["end-types"]),
        error=str(raw["error"]),
        config_deadline=float(raw.get("config-deadline", 10)),
        cli_default=dict(cli.get("default", {})),
        cli_flags={str(k): tuple(str(p) for p in v) for k, v in cli.get("flags", {}).items()},
    )


def socket_views(data: GeneratorData, spec: dict[str, Any]) -> tuple[str, list[SocketView]]:
    """The socket server template and one view per socket of the document's `x-websockets`."""
    raw = spec.get("x-websockets")
    if not raw:
        return "", []
    models = {str(m.class_info.name) for m in data.models}
    return str(raw.get("server", "")), [
        _socket_view(name, item, spec, models) for name, item in raw.get("endpoints", {}).items()
    ]


def main(argv: list[str]) -> int:
    """Generate the package for SPEC into OUTPUT_DIR."""
    spec_path, config_path, templates, output = (Path(a) for a in argv)
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=False,
        output_path=output,
    )
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        handle_errors([data], fail_on_warning=True)
        return 1
    try:
        operations = operation_views(data, spec)
        server, sockets = socket_views(data, spec)
        audio_formats = audio_format_views(spec)
        resources = resource_views(data, spec)
    except SpecError as exc:
        sys.stderr.write(f"generate: {exc}\n")
        return 1
    project = Project(openapi=data, config=config, custom_template_path=templates.resolve())
    project.env.globals["operations"] = operations
    rest_server = spec.get("servers", [{}])[0].get("url", "")
    project.env.globals.update(
        sockets=sockets, socket_server=server, rest_server=rest_server, resources=resources
    )
    project.env.globals["audio_formats"] = audio_formats
    project.env.filters["pyrepr"] = repr  # a Python literal of a spec value
    handle_errors(project.build(), fail_on_warning=True)  # exits non-zero on any error
    # Modules openapi-python-client does not know: the sockets (their data, and the client
    # attributes that load it on first use), and the parts of `types` that
    # it imports on first use (binary bodies, bulk runs, sockets).
    for name in ("websockets", "sockets", "binary_types", "bulk_types", "socket_types"):
        module = output / f"{name}.py"
        module.write_text(project.env.get_template(f"{name}.py.jinja").render(), encoding="utf-8")
    for command in config.post_hooks:  # the generator's hooks ran before these modules existed
        subprocess.run(command, shell=True, cwd=output, check=True)  # noqa: S602 - the project's own config
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
