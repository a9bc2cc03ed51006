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

__all__ = ["Fields", "load_spec", "request_fields", "request_validator", "schema_validator"]

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
def request_fields() -> Fields:
    """The update body's fields as the spec declares them: all the fake will store."""
    fields = _fields({"$ref": "#/components/schemas/InteractionsUpdateRequest"})
    assert fields is not None  # noqa: S101 - the spec's request body is an object
    return fields


def request_validator() -> jsonschema.protocols.Validator:
    """The validator for the update body."""
    return schema_validator("InteractionsUpdateRequest")
