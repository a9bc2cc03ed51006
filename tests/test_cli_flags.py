"""The command line's flags against names a spec could bring (issue 21, REVIEW 18, 23, 24):
a field named like an option, a list field, abbreviations, diagnostics that name the flag."""

from __future__ import annotations

import argparse
import io
from typing import Any, ClassVar

import pytest
from attrs import define
from corti_interactions._cli import commands
from corti_interactions._cli.flags import RESERVED, operation_flags
from corti_interactions_api.types import UNSET, Operation, Param, Unset
from corti_interactions_api.websockets import WEBSOCKETS


@define
class _ReminderRequest:  # shaped like a generated model
    note: str | Unset = UNSET
    timeout: int | Unset = UNSET  # "minutes until the reminder fires"
    format_: str | Unset = UNSET
    body: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    _json_names: ClassVar[dict[str, str]] = {
        "note": "note",
        "timeout": "timeout",
        "format_": "format",
        "body": "body",
        "tags": "tags",
    }


_OP: Operation[Any] = Operation(
    name="reminders_update",
    summary="Update a reminder",
    method="PATCH",
    path="/reminders/{reminder_id}",
    path_params=(Param("reminder_id", "id", str),),
    query_params=(Param("note", "note", str),),
    body=_ReminderRequest,
    responses={200: None},
    idempotent=True,
    bulk=True,
)


def _parse(*argv: str) -> tuple[argparse.Namespace, Any]:
    parser = commands._Parser(prog="corti-interactions")
    sub = parser.add_subparsers(dest="command", parser_class=commands._Parser)
    spec = operation_flags(_OP)
    commands._add_operation(sub, "update", spec)
    return parser.parse_args(["update", *argv]), spec


def test_fields_named_like_options_get_body_flags_and_break_nothing() -> None:
    args, spec = _parse(
        "r1", "--body-timeout", "5", "--body-format", "x", "--body-body", "y", "--timeout", "9"
    )
    flags = {flag.json_path[-1]: flag.flags for flag in spec.body}
    assert flags["timeout"] == ("--body-timeout",)
    assert flags["format"] == ("--body-format",)
    assert flags["body"] == ("--body-body",)
    assert flags["note"] == ("--body-note",)  # the query parameter --note keeps its name
    assert args.timeout == 9.0  # the connection option still means what it did
    body = commands._merge_flags({}, args, spec, set())
    assert body == {"timeout": 5, "format": "x", "body": "y"}


def test_a_list_field_is_a_repeatable_flag_that_builds_the_list() -> None:
    args, spec = _parse("r1", "--tags", "urgent", "--tags", "follow-up")
    assert commands._merge_flags({}, args, spec, set()) == {"tags": ["urgent", "follow-up"]}


def test_abbreviations_are_not_flags() -> None:
    with pytest.raises(SystemExit) as exited:
        _parse("r1", "--body-time", "5")
    assert exited.value.code == 2


def test_reserved_names_every_option_the_commands_add() -> None:
    # The rule above holds only if RESERVED lists every option of every command.
    parser = commands._parser()
    fields = {
        f
        for tag in commands.OPERATIONS.values()
        for op in tag.values()
        for flag in operation_flags(op).body
        for f in (*flag.flags, *flag.clear_flags)
    }
    queries = {
        f"--{p.name.replace('_', '-')}"
        for tag in commands.OPERATIONS.values()
        for op in tag.values()
        for p in op.query_params
    }
    seen: set[str] = set()

    def walk(node: argparse.ArgumentParser) -> None:
        for action in node._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    if name not in WEBSOCKETS:  # a socket's command has no body fields to clash
                        walk(child)
            seen.update(o for o in action.option_strings if o.startswith("--"))

    walk(parser)
    own = (
        seen - fields - queries - {"--unassign", "--port", "--seed", "--catalog", "--script", "--host"}
    )  # aliases, fake-server, proxy
    assert own <= RESERVED, own - RESERVED


def _main(*argv: str, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    for name in ("CORTI_TENANT_NAME", "CORTI_TOKEN", "CORTI_CLIENT_ID", "CORTI_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    err = io.StringIO()
    code = commands.main(list(argv), out=io.StringIO(), err=err, stdin=io.StringIO())
    return code, err.getvalue()


ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def test_the_missing_tenant_names_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    code, err = _main("interactions", "get", ID, env={"CORTI_TOKEN": "t"}, monkeypatch=monkeypatch)
    assert code == 2 and "--tenant-name" in err and "tenant_name=" not in err


def test_a_flag_value_that_is_not_utf8_is_blamed_on_its_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    code, err = _main(
        "interactions",
        "update",
        ID,
        "--patient-identifier",
        "P1",
        "--patient-name",
        "Jo\udcffrg",
        "--dry-run",
        env={"CORTI_TENANT_NAME": "t"},
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "--patient-name" in err and "extra_body" not in err, err


def test_every_operation_with_a_json_body_takes_body() -> None:
    # `facts create` has no field a flag can set (a list of objects): --body is its only way.
    parser = commands._parser()
    (resources,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for tag, ops in commands.OPERATIONS.items():
        for name, op in ops.items():
            if op.body is None and not op.body_forms:
                continue
            node = resources.choices[tag.split(".")[0]]
            for part in [*tag.split(".")[1:], name]:
                (sub,) = (a for a in node._actions if isinstance(a, argparse._SubParsersAction))
                node = sub.choices[part]
            options = {o for a in node._actions for o in a.option_strings}
            assert "--body" in options, f"{tag} {name}"
