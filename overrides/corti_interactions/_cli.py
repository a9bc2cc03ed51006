"""The `corti-interactions` command line.

    corti-interactions update ID [field flags] [--body JSON|@file|-] [--dry-run] [--format table]
    corti-interactions fake-server [--port N] [--seed demo]

Secrets come only from the environment (`CORTI_TOKEN`, or `CORTI_CLIENT_ID` and
`CORTI_CLIENT_SECRET`), never from flags that would land in shell history.

Exit codes: 0 success; 2 bad usage or invalid input; 3 the service answered an error;
4 the service could not be reached; 130 interrupted (Ctrl-C). No traceback for any of these.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from typing import Any, NoReturn, TextIO

from corti_interactions_api.models import (
    InteractionsEncounterStatusEnum,
    InteractionsEncounterTypeEnum,
    InteractionsGenderEnum,
)

from ._client import CortiClient
from ._constants import ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_TOKEN
from ._exceptions import APIConnectionError, APIResponseValidationError, APIStatusError
from ._payload import FieldError
from ._resources import _prepare
from ._types import NOT_GIVEN, UNSET
from ._version import package_version

__all__ = ["main"]

EXIT_OK, EXIT_USAGE, EXIT_API_ERROR, EXIT_UNREACHABLE, EXIT_INTERRUPTED = 0, 2, 3, 4, 130


def _values(enum: type[Enum]) -> list[str]:
    return [str(member.value) for member in enum]


# (flag, JSON path, help, choices) for every field of the update body.
_FIELDS: list[tuple[str, tuple[str, ...], str, list[str] | None]] = [
    ("--assigned-user-id", ("assignedUserId",), "UUID of the responsible professional", None),
    ("--encounter-identifier", ("encounter", "identifier"), "the encounter's identifier", None),
    (
        "--encounter-status",
        ("encounter", "status"),
        "the encounter's status",
        _values(InteractionsEncounterStatusEnum),
    ),
    (
        "--encounter-type",
        ("encounter", "type"),
        "the encounter's type",
        _values(InteractionsEncounterTypeEnum),
    ),
    ("--started-at", ("encounter", "period", "startedAt"), "ISO 8601 date-time with offset", None),
    ("--ended-at", ("encounter", "period", "endedAt"), "ISO 8601 date-time with offset", None),
    ("--title", ("encounter", "title"), "the encounter's title", None),
    (
        "--patient-identifier",
        ("patient", "identifier"),
        "the patient's identifier (needed with any patient field)",
        None,
    ),
    ("--patient-name", ("patient", "name"), "the patient's name", None),
    ("--gender", ("patient", "gender"), "the patient's gender", _values(InteractionsGenderEnum)),
    ("--birth-date", ("patient", "birthDate"), "ISO 8601 date-time with offset", None),
    ("--pronouns", ("patient", "pronouns"), "the patient's pronouns", None),
]
# (flag, JSON path) for every nullable field: sends null.
_CLEARS: list[tuple[str, tuple[str, ...]]] = [
    ("--unassign", ("assignedUserId",)),
    ("--clear-ended-at", ("encounter", "period", "endedAt")),
    ("--clear-title", ("encounter", "title")),
    ("--clear-patient-name", ("patient", "name")),
    ("--clear-birth-date", ("patient", "birthDate")),
    ("--clear-pronouns", ("patient", "pronouns")),
]
_TOP_LEVEL = {"assignedUserId": "assigned_user_id", "encounter": "encounter", "patient": "patient"}
_JSON_NAME = {python: json for json, python in _TOP_LEVEL.items()}


class _UsageError(Exception):
    """Invalid input found after parsing: exit 2 with this message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n(see '{self.prog} --help')\n")


def _seconds(text: str) -> float:
    """`--timeout`: a finite number of seconds above zero."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0; got {text!r}")
    return value


def _port(text: str) -> int:
    """`--port`: 0 (any free port) to 65535."""
    if not (text.isascii() and text.isdigit()) or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535; got {text!r}")
    return int(text)


def _dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="corti-interactions",
        description="Update Corti interactions from the command line.",
        epilog=f"Credentials come from {ENV_TOKEN}, or {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET}.",
    )
    parser.add_argument("--version", action="version", version=f"corti-interactions {package_version()}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    update = commands.add_parser(
        "update",
        help="update one interaction (PATCH /interactions/{id})",
        description="Fields left out are unchanged; --clear-* and --unassign send null.",
    )
    update.add_argument("interaction_id", metavar="ID", help="the interaction's UUID")
    connection = update.add_argument_group("connection (default: the CORTI_* environment variables)")
    connection.add_argument("--environment", help="eu (default) or us")
    connection.add_argument("--tenant-name", help="the Tenant-Name header")
    connection.add_argument("--base-url", help="replaces the whole API base URL")
    connection.add_argument("--timeout", type=_seconds, help="seconds (default 60)")
    connection.add_argument("--max-retries", type=int, help="retries on 429/5xx/network errors (default 2)")
    fields = update.add_argument_group("fields")
    for flag, _path, text, choices in _FIELDS:
        fields.add_argument(flag, help=text, choices=choices)
    for flag, path in _CLEARS:
        fields.add_argument(flag, action="store_true", help=f"send {'.'.join(path)}: null")
    fields.add_argument("--body", metavar="JSON|@FILE|-", help="a whole body; flags are merged over it")
    update.add_argument("--dry-run", action="store_true", help="print the request; send nothing")
    update.add_argument("--format", choices=["json", "table"], default="json", help="output format")

    fake = commands.add_parser("fake-server", help="run the local fake Corti service")
    fake.add_argument("--port", type=_port, default=0, help="port on 127.0.0.1 (default: any free one)")
    fake.add_argument("--seed", choices=["demo"], help="seed example interactions")
    return parser


def _read_body(spec: str, stdin: TextIO) -> dict[str, Any]:
    if spec == "-":
        text, where = stdin.read(), "standard input"
    elif spec.startswith("@"):
        try:
            with open(spec[1:], encoding="utf-8") as file:
                text, where = file.read(), spec[1:]
        except OSError as exc:
            raise _UsageError(f"--body: cannot read {spec[1:]!r}: {exc.strerror}") from None
    else:
        text, where = spec, "--body"
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _UsageError(f"--body: {where} is not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise _UsageError(f"--body: {where} is nested too deeply") from None
    if not isinstance(body, dict):
        raise _UsageError('--body must be a JSON object, e.g. \'{"encounter": {"status": "completed"}}\'')
    return body


def _set(body: dict[str, Any], path: tuple[str, ...], value: object, flag: str) -> None:
    node = body
    for key in path[:-1]:
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            raise _UsageError(f"{flag}: {key!r} in --body is not an object")
        node = child
    node[path[-1]] = value


def _body(args: argparse.Namespace, stdin: TextIO) -> dict[str, Any]:
    body = _read_body(args.body, stdin) if args.body is not None else {}
    for flag, path in _CLEARS:
        if getattr(args, _dest(flag)):
            _set(body, path, None, flag)
    for flag, path, _text, _choices in _FIELDS:
        value = getattr(args, _dest(flag))
        if value is not None:
            cleared = [c for c, p in _CLEARS if p == path and getattr(args, _dest(c))]
            if cleared:
                raise _UsageError(f"{flag} and {cleared[0]} contradict each other")
            _set(body, path, value, flag)
    unknown = sorted(set(body) - set(_TOP_LEVEL))
    if unknown:
        raise _UsageError(f"--body has no field {unknown[0]!r}; allowed: {', '.join(_TOP_LEVEL)}")
    return body


def _client(args: argparse.Namespace) -> CortiClient:
    has_credentials = any(os.environ.get(name) for name in (ENV_TOKEN, ENV_CLIENT_ID, ENV_CLIENT_SECRET))
    return CortiClient(
        tenant_name=args.tenant_name,
        environment=args.environment,
        base_url=args.base_url,
        # A dry run sends nothing, so it needs no credentials.
        token="dry-run" if args.dry_run and not has_credentials else None,
        timeout=NOT_GIVEN if args.timeout is None else args.timeout,
        max_retries=NOT_GIVEN if args.max_retries is None else args.max_retries,
    )


def _flatten(value: object, prefix: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else key)
    else:
        yield prefix, "null" if value is None else str(value)


def _print(data: dict[str, Any], fmt: str, out: TextIO) -> None:
    if fmt == "table":
        rows = list(_flatten(data))
        width = max(len(key) for key, _ in rows)
        for key, value in rows:
            out.write(f"{key.ljust(width)}  {value}\n")
    else:
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _flag_for(path: str, args: argparse.Namespace) -> str | None:
    """The flag that sets the field at `path` (a `FieldError`'s), or `--body` if it came from there."""
    top, *rest = path.split(".")
    fields = (_JSON_NAME.get(top, top), *rest)
    paths = [(flag, p) for flag, p, _text, _choices in _FIELDS] + _CLEARS
    flags = [flag for flag, p in paths if p == fields]
    given = [flag for flag in flags if getattr(args, _dest(flag)) not in (None, False)]
    if given:
        return given[0]
    return "--body" if args.body is not None else (flags[0] if flags else None)


def _update(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    try:
        return _send_update(args, out, stdin)
    except FieldError as exc:
        flag = _flag_for(exc.path, args)
        raise _UsageError(f"{flag}: {exc}" if flag else str(exc)) from None


def _send_update(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    body = _body(args, stdin)
    fields = {name: body.get(key, UNSET) for key, name in _TOP_LEVEL.items()}
    with _client(args) as client:
        if not args.dry_run:
            interaction = client.interactions.update(args.interaction_id, **fields)
            _print(interaction.to_dict(), args.format, out)
            return EXIT_OK
        request, _retries = _prepare(
            client,
            args.interaction_id,
            timeout=NOT_GIVEN,
            max_retries=NOT_GIVEN,
            **fields,
        )
    out.write(f"{request.method} {request.url}\n")
    for name, value in request.headers.multi_items():
        out.write(f"{name}: {value}\n")
    out.write("authorization: Bearer ***\n\n")
    out.write(json.dumps(json.loads(request.content), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _stop_on_sigterm() -> None:
    """Let SIGTERM stop the foreground server as Ctrl-C does, so it shuts down cleanly."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def _fake_server(args: argparse.Namespace, out: TextIO) -> int:
    try:
        from .testing import FakeCorti
    except ImportError:
        raise _UsageError(
            "fake-server needs the testing extra: pip install 'corti-interactions[testing]'"
        ) from None
    fake = FakeCorti(port=args.port)
    try:
        fake.start()
    except (RuntimeError, OSError) as exc:
        raise _UsageError(f"--port {args.port}: the fake service could not start ({exc})") from None
    try:
        ids = [fake.add_interaction()["id"] for _ in range(3)] if args.seed == "demo" else []
        out.write(
            f"base URL:      {fake.base_url}\n"
            f"tenant:        {fake.tenant_name}\n"
            f"client id:     {fake.client_id}\n"
            f"client secret: {fake.client_secret}\n"
        )
        for interaction_id in ids:
            out.write(f"interaction:   {interaction_id}\n")
        out.write("Ctrl-C stops it.\n")
        out.flush()
        _stop_on_sigterm()
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    finally:
        fake.stop()
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code."""
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    args = _parser().parse_args(argv)
    command: Callable[[], int] = (
        (lambda: _update(args, out, stdin)) if args.command == "update" else (lambda: _fake_server(args, out))
    )
    try:
        return command()
    except (ValueError, _UsageError) as exc:
        err.write(f"corti-interactions: error: {exc}\n")
        return EXIT_USAGE
    except APIStatusError as exc:
        err.write(f"corti-interactions: the service answered an error: {exc}\n")
        return EXIT_API_ERROR
    except APIResponseValidationError as exc:
        err.write(f"corti-interactions: the service's answer was not understood: {exc}\n")
        return EXIT_API_ERROR
    except APIConnectionError as exc:
        err.write(f"corti-interactions: could not reach the service: {exc}\n")
        return EXIT_UNREACHABLE
    except KeyboardInterrupt:  # Ctrl-C mid-call: the update may or may not have been applied
        err.write("corti-interactions: interrupted; the update may or may not have been applied\n")
        return EXIT_INTERRUPTED
