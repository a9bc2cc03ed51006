"""The command line's flags for one operation, derived from its `Operation` and models.

- a path parameter is a positional argument (`INTERACTION_ID`);
- a query parameter is `--<name>` (repeatable for an array, with choices for an enum);
- every leaf field of the request body is `--<path>`, its Python names joined with dashes
  (`encounter.period.startedAt` -> `--encounter-period-started-at`), also accepted as its
  shortest unambiguous ending (`--started-at`); a nullable one also has `--clear-<path>`,
  which sends `null`; `--body` takes a whole body and the flags are merged over it;
- a list of scalars is a repeatable flag (`--tags a --tags b` sends `["a", "b"]`); a list
  of objects has no flag (give it with `--body`);
- a field flag never takes the name of one of the command's own options (`RESERVED`:
  `--timeout`, `--format`, `--body`, ...) or of a query parameter: it becomes
  `--body-<path>` instead, and a short alias that would clash is dropped. So a field added
  to the spec can never break a command. Prefixes are not abbreviations (`allow_abbrev`
  is off): a flag means the same whatever the spec adds later.

So a field or operation added to the spec reaches the command line with `make generate`.
"""

from __future__ import annotations

import argparse
import datetime
import enum
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from corti_interactions_api.types import Operation, Param, Unset

from corti_interactions._payload import FieldError, field_rules

__all__ = ["RESERVED", "BodyFlag", "OperationFlags", "operation_flags"]

# The options a command may have besides its fields: `_cli.commands` and `_cli.bulk` add
# them (the last five only to commands with raw bytes, polling or `x-context-from`); a test
# checks that list against the parsers.
RESERVED = frozenset(
    {
        "--help",
        "--version",
        "--environment",
        "--tenant-name",
        "--base-url",
        "--timeout",
        "--max-retries",
        "--dry-run",
        "--format",
        "--all",
        "--body",
        "--from",
        "--results",
        "--journal",
        "--no-journal",
        "--concurrency",
        "--keep-going",
        "--progress",
        "--content-type",
        "--output",
        "--wait",
        "--wait-timeout",
        "--context-from",
    }
)

_KIND_HELP = {
    uuid.UUID: "a UUID",
    datetime.datetime: "an ISO 8601 date-time with offset",
    int: "an integer",
    float: "a number",
    bool: "true or false",
}


def _kebab(name: str) -> str:
    # `type_` / `async_` (Python names kept off a builtin or keyword) are `--type` / `--async`.
    return name.rstrip("_").replace("_", "-")


def _bool(text: str) -> bool:
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    raise argparse.ArgumentTypeError(f"must be true or false; got {text!r}")


def _value_options(kind: type) -> dict[str, object]:
    """argparse `type`/`choices` for a value of `kind`."""
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"choices": [str(member.value) for member in kind]}
    if kind is bool:
        return {"type": _bool, "metavar": "true|false"}
    if kind in (int, float):
        return {"type": kind}
    return {}


@dataclass(frozen=True, slots=True)
class BodyFlag:
    """A leaf field of the body: its flag, its JSON path, its `FieldError` path."""

    dest: str
    flags: tuple[str, ...]  # the full flag first, then its short alias if any
    json_path: tuple[str, ...]
    error_path: str
    kind: type
    nullable: bool
    clear_dest: str | None
    clear_flags: tuple[str, ...]
    is_list: bool = False  # a repeatable flag building a list


@dataclass(frozen=True, slots=True)
class OperationFlags:
    """Everything the command line knows about one operation's arguments."""

    operation: Operation[object]
    path: tuple[Param, ...]
    query: tuple[Param, ...]
    body: tuple[BodyFlag, ...]


def _leaves(
    model: type, python_path: tuple[str, ...], json_path: tuple[str, ...], error_path: str
) -> Iterator[tuple[tuple[str, ...], tuple[str, ...], str, type, bool, bool]]:
    """(Python path, JSON path, `FieldError` path, kind, nullable, is_list) of each leaf field:
    a scalar, or a list of scalars (a list of objects needs `--body`)."""
    for rule in field_rules(model).values():
        names = (*python_path, rule.name)
        jsons = (*json_path, rule.json_name)
        where = f"{error_path}.{rule.json_name}" if error_path else rule.name
        if rule.is_model and not rule.is_list and not rule.forms:  # a oneOf field is one leaf (JSON)
            yield from _leaves(rule.kind, names, jsons, where)
        elif not rule.is_model:
            yield names, jsons, where, rule.kind, rule.nullable, rule.is_list


def _short_aliases(paths: list[tuple[str, ...]]) -> list[str | None]:
    """For each path, its shortest ending (whole segments) that no other path ends with."""
    aliases: list[str | None] = []
    for path in paths:
        alias = None
        for start in range(len(path) - 1, 0, -1):
            ending = path[start:]
            if sum(1 for other in paths if other[-len(ending) :] == ending) == 1:
                alias = "-".join(_kebab(p) for p in ending)
                break
        aliases.append(alias)
    return aliases


def operation_flags(operation: Operation[object]) -> OperationFlags:
    """The flags of `operation` (read from its description and the generated models)."""
    models = operation.body_forms or ((operation.body,) if operation.body is not None else ())
    found = [leaf for model in models for leaf in _leaves(model, (), (), "")]
    leaves = list({leaf[0]: leaf for leaf in found}.values())  # a oneOf: each field once
    aliases = _short_aliases([names for names, *_ in leaves])
    taken = set(RESERVED) | {f"--{_kebab(param.name)}" for param in operation.query_params}
    fulls = ["-".join(_kebab(n) for n in names) for names, *_ in leaves]
    # A field named like an option is --body-<path>; then nothing it makes can clash.
    fulls = [f"body-{full}" if f"--{full}" in taken or f"--clear-{full}" in taken else full for full in fulls]
    taken |= {f"--{full}" for full in fulls} | {f"--clear-{full}" for full in fulls}
    body = []
    for leaf, full, short in zip(leaves, fulls, aliases, strict=True):
        names, jsons, where, kind, nullable, is_list = leaf
        # A short alias never shadows an option or another field's flag.
        clashes = short is not None and (f"--{short}" in taken or f"--clear-{short}" in taken)
        alias = None if clashes else short
        dest = "body__" + "__".join(names)
        body.append(
            BodyFlag(
                dest=dest,
                flags=(f"--{full}", *((f"--{alias}",) if alias else ())),
                json_path=jsons,
                error_path=where,
                kind=kind,
                nullable=nullable,
                clear_dest=f"clear__{dest}" if nullable else None,
                clear_flags=(f"--clear-{full}", *((f"--clear-{alias}",) if alias else ()))
                if nullable
                else (),
                is_list=is_list,
            )
        )
    return OperationFlags(operation, operation.path_params, operation.query_params, tuple(body))


def add_arguments(parser: argparse.ArgumentParser, spec: OperationFlags) -> None:
    """Add the operation's positional arguments and flags to its subcommand."""
    for param in spec.path:
        parser.add_argument(
            param.name,
            metavar=param.name.upper(),
            help=f"{param.wire_name} ({_help(param.kind)})"
            + ("; or --from FILE for many" if spec.operation.bulk else ""),
            nargs="?" if spec.operation.bulk else None,  # a bulk run takes its ids from --from
        )
    if spec.operation.binary_body is not None:
        parser.add_argument("file", metavar="FILE", help="the file to upload (- for standard input)")
        parser.add_argument(
            "--content-type",
            help=f"its media type, e.g. audio/wav (default {spec.operation.binary_body.content_type})",
        )
    if spec.operation.context_from:
        sources = spec.operation.context_from
        parser.add_argument(
            "--context-from",
            choices=[source.name for source in sources],
            action="append",
            help="add to the body's "
            + ", ".join(f"{s.field} the current {s.items} ({s.operation})" for s in sources)
            + " (repeat for several)",
        )
    if spec.query:
        group = parser.add_argument_group("query parameters")
        for param in spec.query:
            group.add_argument(
                f"--{_kebab(param.name)}",
                dest=f"query__{param.name}",
                action="append" if param.is_array else "store",
                help=f"{param.wire_name}: {_help(param.kind)}"
                + (" (repeat for several)" if param.is_array else "")
                + (
                    ""
                    if param.default is None or isinstance(param.default, Unset)
                    else f"; default {param.default}"
                ),
                **_value_options(param.kind),  # type: ignore[arg-type]
            )
    operation = spec.operation
    if spec.body or operation.body is not None or operation.body_forms:  # a JSON body: --body at least
        group = parser.add_argument_group("body fields (left out: unchanged; --clear-*: null)")
        for flag in spec.body:
            group.add_argument(
                *flag.flags, dest=flag.dest, action="append" if flag.is_list else "store",
                help=f"{'.'.join(flag.json_path)}: {_help(flag.kind)}"
                + (" (repeat for each item of the list)" if flag.is_list else ""),
                **_value_options(flag.kind),  # type: ignore[arg-type]
            )  # fmt: skip
        for flag in spec.body:
            if flag.clear_dest:
                group.add_argument(
                    *flag.clear_flags,
                    dest=flag.clear_dest,
                    action="store_true",
                    help=f"send {'.'.join(flag.json_path)}: null",
                )
        group.add_argument("--body", metavar="JSON|@FILE|-", help="a whole body; flags are merged over it")


def _help(kind: type) -> str:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return "one of the choices"
    return _KIND_HELP.get(kind, "a string")


def flag_for(
    error: FieldError, spec: OperationFlags, args: argparse.Namespace, given: set[str]
) -> str | None:
    """The flag (or argument) a `FieldError` is about, as the user spelled it: the flag given,
    else `--body` if the value came from there, else the field's own flag."""
    path = error.path.split("[")[0]
    for param in spec.path:
        if path == param.name:
            return param.name.upper()
    for param in spec.query:
        if path == param.name:
            return f"--{_kebab(param.name)}"
    matching = [f for f in spec.body if f.error_path == path]
    for flag in matching:
        options = flag.flags if getattr(args, flag.dest, None) is not None else ()
        if not options and flag.clear_dest and getattr(args, flag.clear_dest, False):
            options = flag.clear_flags
        if options:
            return next((o for o in options if o in given), options[0])
    if getattr(args, "body", None) is not None:
        return "--body"
    return matching[0].flags[0] if matching else None
