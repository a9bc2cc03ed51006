"""The spec's request schema as a validator, built once per process.

The spec ships inside the generated package (`corti_interactions_api/openapi.yaml`), so the
fake validates against exactly the document the client was generated from.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = [
    "Fields",
    "body_schema",
    "load_spec",
    "operation",
    "query_errors",
    "request_fields",
    "schema_validator",
    "takes_bytes",
]

_SPEC_URI = "urn:corti:interactions-openapi"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document the client was generated from."""
    text = (files("corti_interactions_api") / "openapi.yaml").read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.safe_load(text)
    return spec


# jsonschema's own checks: `date-time` through rfc3339-validator (in the [testing] extra),
# `uuid` through the standard library.
_FORMATS = jsonschema.FormatChecker(formats=("date-time", "uuid"))


@functools.cache
def schema_validator(name: str) -> jsonschema.protocols.Validator:
    """A Draft 2020-12 validator for `components/schemas/<name>`, formats checked."""
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    )
    schema = {"$ref": f"{_SPEC_URI}#/components/schemas/{name}"}
    validator: jsonschema.protocols.Validator = jsonschema.Draft202012Validator(
        schema, registry=registry, format_checker=_FORMATS
    )
    return validator


Fields = dict[str, "Fields | None"]
"""Property names of an object schema, nested; None for a field that is not an object."""


def _fields(schema: dict[str, Any]) -> Fields | None:
    if "$ref" in schema:
        return _fields(load_spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]])
    for alternative in schema.get("anyOf", []) + schema.get("oneOf", []):
        found = _fields(alternative)
        if found is not None:
            return found
    properties = schema.get("properties")
    if properties is None:
        return None
    return {name: _fields(sub) for name, sub in properties.items()}


@functools.cache
def request_fields(schema: str) -> Fields:
    """A request body's fields as the spec declares them: all the fake will store."""
    fields = _fields({"$ref": f"#/components/schemas/{schema}"})
    assert fields is not None  # noqa: S101 - the spec's request bodies are objects
    return fields


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        *_, section, name = node["$ref"].split("/")
        node = load_spec()["components"][section][name]
    return node


@functools.cache
def operation(path: str, method: str) -> dict[str, Any]:
    """The spec's operation at `path` (as written in the spec) and `method`."""
    found: dict[str, Any] = load_spec()["paths"][path][method.lower()]
    return found


def body_schema(path: str, method: str) -> str | None:
    """The name of the operation's request body schema, if it takes one."""
    body = operation(path, method).get("requestBody")
    if body is None or "application/json" not in body["content"]:
        return None
    ref: str = body["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def takes_bytes(path: str, method: str) -> bool:
    """Whether the operation's request body is raw bytes (read as a stream, not parsed)."""
    body = operation(path, method).get("requestBody")
    return body is not None and "application/octet-stream" in body["content"]


def _coerce(text: str, schema: dict[str, Any]) -> object:
    """A query string value as the JSON value its schema describes (text if it is not one)."""
    kind = schema.get("type")
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            return text
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def query_errors(path: str, method: str, query: Any) -> tuple[dict[str, object], list[dict[str, str]]]:
    """The operation's query parameters (`query`: a Starlette `QueryParams`) as JSON values,
    checked against their schemas: (values, one error per invalid parameter)."""
    values: dict[str, object] = {}
    errors: list[dict[str, str]] = []
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    )
    for param in (_deref(p) for p in operation(path, method).get("parameters", [])):
        name = param["name"]
        if param["in"] != "query" or name not in query:
            continue
        schema = _deref(param["schema"])
        if schema.get("type") == "array":
            value: object = [_coerce(v, _deref(schema["items"])) for v in query.getlist(name)]
        else:
            value = _coerce(query.getlist(name)[-1], schema)
        validator = jsonschema.Draft202012Validator(
            _relative(param["schema"]), registry=registry, format_checker=_FORMATS
        )
        problems = [error.message for error in validator.iter_errors(value)]
        if problems:
            errors.append({name: problems[0]})
        values[name] = value
    return values, errors


def _relative(schema: dict[str, Any]) -> dict[str, Any]:
    """A parameter schema whose `$ref`s point into the spec document."""
    if "$ref" in schema:
        return {"$ref": f"{_SPEC_URI}{schema['$ref']}"}
    if "items" in schema:
        return {**schema, "items": _relative(schema["items"])}
    return schema
