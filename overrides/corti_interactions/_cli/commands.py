"""The `corti-interactions` command line: one command per operation of the spec.

    corti-interactions <resource> <method> [PATH ARGS] [flags]   e.g. interactions list --all
    corti-interactions <resource> <method> --from FILE|-         an x-bulk operation, per JSON line
    corti-interactions update ID [field flags]                    0.1.0's command, still working
    corti-interactions fake-server [--port N] [--seed demo] [--catalog FILE] [--script FILE]
    corti-interactions proxy --port N [--host H]                  a proxy for browsers (_cli.proxy)
    corti-interactions stream ID --file visit.wav [--mode facts]  one command per socket (_cli.stream)

Commands and flags come from the generated operations (`OPERATIONS`) and models (see
`_cli.flags`): an operation added to the spec is a command after `make generate`.

Every command is listed, but only the one the arguments name is built (`_parser(argv)`): the
commands come from `OPERATION_INDEX`, plain data, and a command imports its own operation
(and its models) alone, so `--help`, `--version` and `<resource> <op> --help` cost the same
whatever the number of operations. The bulk and socket modules load only for their commands.

Secrets come only from the environment (`CORTI_TOKEN`, or `CORTI_CLIENT_ID` and
`CORTI_CLIENT_SECRET`), never from flags that would land in shell history.

Exit codes (`_cli.exits`): 0 success; 1 some lines of a `--from` run failed (see
`_cli.bulk`); 2 bad usage or invalid input; 3 the service answered an error; 4 the service
could not be reached; 74 a `--from` run could not write its results or journal; 130
interrupted (Ctrl-C). No traceback for any of these.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from corti_interactions_api import client as _api
from corti_interactions_api.client import OPERATION_INDEX, POLL_STARTS
from corti_interactions_api.sockets import SOCKET_INDEX
from corti_interactions_api.types import ArrayOf, Operation, RequestOptions

from corti_interactions._client import AsyncCortiClient, CortiClient
from corti_interactions._constants import ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_TENANT_NAME, ENV_TOKEN
from corti_interactions._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    DownloadIncompleteError,
)
from corti_interactions._payload import FieldError, arguments_from_json
from corti_interactions._types import NOT_GIVEN
from corti_interactions._version import package_version

from .exits import (
    EXIT_API_ERROR,
    EXIT_BROKEN_PIPE,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    quiet_stdout,
)
from .exits import UsageError as _UsageError
from .fake_server import fake_server as _fake_server
from .flags import OperationFlags, add_arguments, flag_for, operation_flags
from .output import event_dict as _event_dict
from .output import print_data as _print
from .output import print_items as _print_items
from .output import print_table as _print_table
from .output import to_dict as _to_dict
from .proxy import add_proxy_command, run_proxy
from .transfer import ByteProgress, open_upload, write_stream

__all__ = ["main"]


def __getattr__(name: str) -> object:
    # `OPERATIONS` and `POLLS` import every operation (or every polled one): on first use only.
    if name in ("OPERATIONS", "POLLS"):
        return getattr(_api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Commands kept from earlier versions: name -> (resource, method, extra flag spellings).
# `update` was 0.1.0's only command; `--unassign` was its name for --clear-assigned-user-id.
_ALIASES: dict[str, tuple[str, str, dict[str, str]]] = {
    "update": ("interactions", "update", {"--unassign": "--clear-assigned-user-id"}),
}


class _Parser(argparse.ArgumentParser):
    """argparse with exit 2 and a pointer to --help on bad usage, and no prefix matching:
    `--ti` is no flag, so a field added to the spec cannot change what a script means."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

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


def _common_options(parser: argparse.ArgumentParser, spec: OperationFlags) -> None:
    connection = parser.add_argument_group("connection (default: the CORTI_* environment variables)")
    connection.add_argument("--environment", help="eu (default) or us")
    connection.add_argument("--tenant-name", help="the Tenant-Name header")
    connection.add_argument("--base-url", help="replaces the whole API base URL")
    connection.add_argument("--timeout", type=_seconds, help="seconds (default 60)")
    connection.add_argument("--max-retries", type=int, help="retries on 429/5xx/network errors (default 2)")
    parser.add_argument("--dry-run", action="store_true", help="print the request; send nothing")
    operation = spec.operation
    if operation.binary_response:
        parser.add_argument(
            "-o", "--output", metavar="FILE", help="write the bytes to FILE (default: stdout)"
        )
        return
    if operation.events is not None:  # server-sent events: one JSON line each, as they come
        return
    listing = operation.pagination or any(isinstance(m, ArrayOf) for m in operation.responses.values())
    formats = ["json", "jsonl", "table"] if listing else ["json", "table"]
    parser.add_argument("--format", choices=formats, default="json", help="output format")
    if operation.pagination:
        parser.add_argument("--all", action="store_true", help="walk every page, not just the first")
    if operation.name in POLL_STARTS:
        parser.add_argument("--wait", action="store_true", help="wait until the work is done (polls)")
        parser.add_argument(
            "--wait-timeout", type=_seconds, default=600.0, help="seconds to wait with --wait (default 600)"
        )


def _add_operation(
    commands: Any, name: str, spec: OperationFlags, aliases: dict[str, str] | None = None, help_: str = ""
) -> None:
    operation = spec.operation
    parser = commands.add_parser(
        name,
        help=help_ or f"{operation.summary} ({operation.method} {operation.path})",
        description=f"{operation.summary}: {operation.method} {operation.path}",
    )
    add_arguments(parser, spec)
    for alias, flag in (aliases or {}).items():
        target = next((f for f in spec.body if flag in f.clear_flags), None)
        if target is not None:  # a field gone from the spec takes its old spelling with it
            parser.add_argument(alias, dest=target.clear_dest, action="store_true", help=f"same as {flag}")
    _common_options(parser, spec)
    if operation.bulk:
        from .bulk_flags import add_bulk_arguments

        add_bulk_arguments(parser)
    parser.set_defaults(spec=spec)


class _Version(argparse.Action):
    """`--version`: reads the package metadata when asked, not with every command."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        sys.stdout.write(f"corti-interactions {package_version()}\n")
        parser.exit()


def _operation(tag: str, method: str) -> Operation[Any]:
    """One operation, importing its module (and the models it names) alone."""
    module = importlib.import_module(f"corti_interactions_api.api.{OPERATION_INDEX[tag][method][0]}")
    operation: Operation[Any] = module.OPERATION
    return operation


def _summary(tag: str, method: str) -> str:
    _, summary, http_method, path = OPERATION_INDEX[tag][method]
    return f"{summary} ({http_method} {path})"


def _parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. With `argv`, every command is listed but only the one `argv`
    names is built (a resource's methods, then the operation's flags); without, all are."""
    words = None if argv is None else [arg for arg in argv if not arg.startswith("-")]

    def chosen(depth: int, name: str) -> bool:  # is `name` the command word at `depth`?
        return words is None or (len(words) > depth and words[depth] == name)

    parser = _Parser(
        prog="corti-interactions",
        description="Call Corti's API from the command line: one command per operation.",
        epilog=f"Credentials come from {ENV_TOKEN}, or {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET}.",
    )
    parser.add_argument("--version", action=_Version, help="show program's version number and exit")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    groups: dict[str, Any] = {}  # a resource's dotted path -> its subcommands (None: not built)
    for tag, methods in OPERATION_INDEX.items():
        parent, *rest = tag.split(".")  # a nested resource (`documents.classic`) nests its commands
        if parent not in groups:
            resource = commands.add_parser(parent.replace("_", "-"), help=f"the {parent} operations")
            built = chosen(0, parent.replace("_", "-"))
            groups[parent] = (
                resource.add_subparsers(dest=f"method_{parent}", required=True, parser_class=_Parser)
                if built
                else None
            )
        resource_commands, where = groups[parent], parent
        for depth, name in enumerate(rest, 1):
            where = f"{where}.{name}"
            if where not in groups:
                nested = None
                if resource_commands is not None:
                    nested = resource_commands.add_parser(
                        name.replace("_", "-"), help=f"the {where} operations"
                    )
                built = nested is not None and chosen(depth, name.replace("_", "-"))
                groups[where] = (
                    nested.add_subparsers(dest=f"method_{where}", required=True, parser_class=_Parser)
                    if built and nested is not None
                    else None
                )
            resource_commands = groups[where]
        if resource_commands is None:
            continue
        for method in methods:
            if chosen(len(rest) + 1, method):
                _add_operation(resource_commands, method, operation_flags(_operation(tag, method)))
            else:  # listed in the resource's --help, built when named
                resource_commands.add_parser(method, help=_summary(tag, method))
    for alias, (tag, method, flags) in _ALIASES.items():
        if method in OPERATION_INDEX.get(tag, {}):
            help_ = f"same as '{tag} {method}'"
            if chosen(0, alias):
                _add_operation(commands, alias, operation_flags(_operation(tag, method)), flags, help_)
            else:
                commands.add_parser(alias, help=help_)

    taken = {tag.split(".")[0].replace("_", "-") for tag in OPERATION_INDEX} | set(_ALIASES)
    for name, summary in SOCKET_INDEX.items():  # the sockets as data: loaded when chosen
        if name in taken:
            continue
        if chosen(0, name):
            from corti_interactions_api.websockets import WEBSOCKETS

            from .stream import add_socket_command

            add_socket_command(commands, WEBSOCKETS[name])
        else:
            commands.add_parser(name, help=summary)

    fake = commands.add_parser("fake-server", help="run the local fake Corti service")
    fake.add_argument("--port", type=_port, default=0, help="port on 127.0.0.1 (default: any free one)")
    fake.add_argument("--seed", choices=["demo"], help="seed example interactions")
    fake.add_argument(
        "--catalog", metavar="FILE", help='JSON: {"sections": {...}, "templates": {...}} added to its catalog'
    )
    fake.add_argument(
        "--script", metavar="FILE",
        help="one transcript segment a line, its sockets' answers in turn (a command's phrase: the command)",
    )  # fmt: skip
    add_proxy_command(commands, _port)
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
    """Set `value` at the JSON `path` in `body`; `FieldError` where the path meets a non-object."""
    node = body
    for depth, key in enumerate(path[:-1], 1):
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            where = ".".join(path[:depth])
            raise FieldError(where, f"is not an object, so {flag} cannot set {'.'.join(path)} in it")
        node = child
    node[path[-1]] = value


def _spelled(options: tuple[str, ...], given: set[str]) -> str:
    """The option as the user wrote it (a field's full flag or its short alias)."""
    return next((o for o in options if o in given), options[0])


def _body(args: argparse.Namespace, spec: OperationFlags, stdin: TextIO, given: set[str]) -> dict[str, Any]:
    """The body as JSON: `--body`, then each field flag merged over it."""
    body = _read_body(args.body, stdin) if args.body is not None else {}
    try:
        return _merge_flags(body, args, spec, given)
    except FieldError as exc:
        raise _UsageError(f"--body: {exc}") from None


def _merge_flags(
    body: dict[str, Any], args: argparse.Namespace, spec: OperationFlags, given: set[str]
) -> dict[str, Any]:
    """`body` with each field flag given merged over it (in place); `FieldError` if a flag's
    field lies inside a value of `body` that is not an object."""
    for flag in spec.body:
        value = getattr(args, flag.dest)
        cleared = flag.clear_dest is not None and getattr(args, flag.clear_dest)
        if value is not None and cleared:
            raise _UsageError(
                f"{_spelled(flag.flags, given)} and {_spelled(flag.clear_flags, given)} contradict each other"
            )
        if cleared:
            _set(body, flag.json_path, None, flag.clear_flags[0])
        elif value is not None:
            _set(body, flag.json_path, value, flag.flags[0])
    return body


def _client(args: argparse.Namespace, kind: type[CortiClient | AsyncCortiClient] = CortiClient) -> Any:
    if not (args.tenant_name or os.environ.get(ENV_TENANT_NAME)):
        raise _UsageError(f"the tenant is missing: give --tenant-name or set {ENV_TENANT_NAME}")
    has_credentials = any(os.environ.get(name) for name in (ENV_TOKEN, ENV_CLIENT_ID, ENV_CLIENT_SECRET))
    return kind(
        tenant_name=args.tenant_name,
        environment=args.environment,
        base_url=args.base_url,
        # A dry run sends nothing, so it needs no credentials.
        token="dry-run" if args.dry_run and not has_credentials else NOT_GIVEN,
        timeout=NOT_GIVEN if args.timeout is None else args.timeout,
        max_retries=NOT_GIVEN if args.max_retries is None else args.max_retries,
    )


def _call(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO, given: set[str]) -> int:
    spec: OperationFlags = args.spec
    try:
        if getattr(args, "bulk_from", None) is not None:
            return _bulk(args, spec, out=out, err=err, stdin=stdin, given=given)
        return _send(args, spec, out, stdin, given, err=err)
    except FieldError as exc:
        flag = flag_for(exc, spec, args, given)
        raise _UsageError(f"{flag}: {exc}" if flag else str(exc)) from None


def _bulk(
    args: argparse.Namespace,
    spec: OperationFlags,
    *,
    out: TextIO,
    err: TextIO,
    stdin: TextIO,
    given: set[str],
) -> int:
    """`--from FILE`: one call per JSON line, field flags merged over each."""
    if any(getattr(args, param.name) is not None for param in spec.path):
        raise _UsageError(f"give {spec.path[0].name.upper()} or --from, not both")
    if args.body is not None:
        raise _UsageError("--body cannot be combined with --from: each line is a body")

    def merge(line: dict[str, Any]) -> dict[str, Any]:
        return _merge_flags(line, args, spec, given)

    from .bulk import BulkUsageError, run_bulk

    client = _client(args, AsyncCortiClient)
    try:
        return run_bulk(args, spec.operation, client, merge=merge, out=out, err=err, stdin=stdin)
    except BulkUsageError as exc:
        raise _UsageError(str(exc)) from None


def _send(
    args: argparse.Namespace,
    spec: OperationFlags,
    out: TextIO,
    stdin: TextIO,
    given: set[str],
    *,
    err: TextIO,
) -> int:
    operation = spec.operation
    if operation.bulk and (args.results or args.journal or args.keep_going):
        raise _UsageError("--results, --journal and --keep-going need --from")
    path = tuple(getattr(args, param.name) for param in spec.path)
    if any(value is None for value in path):
        raise _UsageError(f"{spec.path[0].name.upper()} is required (or --from FILE for many)")
    query = {
        param.name: value
        for param in spec.query
        if (value := getattr(args, f"query__{param.name}")) is not None
    }
    body = None
    upload = None
    if operation.binary_body is not None:
        source, upload = open_upload(args.file, err)
        body = {"file": source, "content_type": args.content_type}
    elif operation.body is not None:
        forms = operation.body_forms or operation.body
        data = _body(args, spec, stdin, given)
        for source in getattr(args, "context_from", None) or []:
            _add_context(args, operation, path, data, source)
        body = arguments_from_json(forms, data, where="--body")
    with _client(args) as client, contextlib.ExitStack() as cleanup:
        if upload is not None:
            cleanup.callback(upload.close)
        runtime = client._runtime
        if args.dry_run and operation.binary_body is not None:
            request = runtime.build(operation, path, query, body, RequestOptions()).request
            out.write(f"{request.method} {request.url}\n")
            for name, value in request.headers.multi_items():
                out.write(f"{name}: {value}\n")
            out.write("authorization: Bearer ***\n\n(the file's bytes)\n")
            return EXIT_OK
        if args.dry_run:
            from corti_interactions._pagination import Call

            call = Call(operation, path, query, body, RequestOptions())
            request = runtime.build(*(call.first() if operation.pagination else call)).request
            out.write(f"{request.method} {request.url}\n")
            for name, value in request.headers.multi_items():
                out.write(f"{name}: {value}\n")
            out.write("authorization: Bearer ***\n")
            if request.content:
                out.write("\n" + json.dumps(json.loads(request.content), indent=2, ensure_ascii=False) + "\n")
            return EXIT_OK
        if operation.deprecated:
            err.write(f"warning: {operation.deprecated}\n")
        if operation.binary_response:
            return _download(runtime, operation, path, query, args, out=out, err=err)
        if operation.events is not None:
            try:
                stream = runtime.events(operation, path, query, body, RequestOptions())
            except ImportError as exc:  # the `sse` extra is missing
                raise _UsageError(str(exc)) from None
            with stream as events:
                try:
                    for event in events:
                        out.write(json.dumps(_event_dict(event), ensure_ascii=False) + "\n")
                        out.flush()  # a line as each event comes
                except APIConnectionError as exc:  # the call was sent: it may have done its work
                    err.write(f"corti-interactions: {exc}; the call was sent and may not have completed\n")
                    return EXIT_SOME_FAILED
            return EXIT_OK
        if getattr(args, "wait", False):
            poll, start_id = _api.POLLS[operation.name]
            result = runtime.start_and_poll(
                poll, operation, path, body, start_id=start_id, timeout=args.wait_timeout, interval=1.0,
                options=RequestOptions(),
            )  # fmt: skip
            _print(_to_dict(result), args.format, out)
            return EXIT_OK
        if operation.pagination is None:
            result = runtime.request(operation, path, query, body, RequestOptions()).parse()
            if result is None:
                out.flush()
            elif isinstance(result, list):  # a bare array answer
                _print_items([_to_dict(item) for item in result], args.format, out)
            else:
                _print(_to_dict(result), args.format, out)
            return EXIT_OK
        page = runtime.paginate(operation, path, query, body, RequestOptions())
        pages = page.iter_pages() if args.all else iter([page])
        if args.format == "jsonl":
            for each in pages:
                for item in each.items:
                    out.write(json.dumps(_to_dict(item), ensure_ascii=False) + "\n")
            return EXIT_OK
        items = [_to_dict(item) for each in pages for item in each.items]
        if args.format == "table":
            if items:
                _print_table(items, out)
            return EXIT_OK
        data = _to_dict(page.raw.parse())
        json_name = type(page.raw.parse())._json_names[operation.pagination.items]
        data[json_name] = items
        _print(data, "json", out)
    return EXIT_OK


def _add_context(
    args: argparse.Namespace, operation: Any, path: tuple[Any, ...], data: dict[str, Any], name: str
) -> None:
    """`--context-from NAME` (`x-context-from`): one item made of another operation's listing."""
    source = next(s for s in operation.context_from if s.name == name)
    listing = next(
        op for ops in _api.OPERATIONS.values() for op in ops.values() if op.name == source.operation
    )
    with _client(args) as client:
        answer = client._runtime.request(
            listing, path[: len(listing.path_params)], {}, None, RequestOptions()
        )
        items = _to_dict(answer.parse()).get(source.items, [])
    kept = [
        {k: v for k, v in item.items() if not source.keep or k in source.keep}
        for item in items
        if not (source.skip and item.get(source.skip) is True)
    ]
    existing = data.get(source.field)
    if existing is not None and not isinstance(existing, list):
        raise _UsageError(f"--context-from: --body's {source.field} must be a list")
    data[source.field] = [*(existing or []), {"type": source.name, "data": kept}]


def _download(
    runtime: Any, operation: Any, path: tuple[Any, ...], query: dict[str, Any], args: argparse.Namespace,
    *, out: TextIO, err: TextIO,
) -> int:  # fmt: skip
    """A raw-bytes answer, streamed to `-o FILE` or to standard output (never held whole)."""
    with runtime.stream(operation, path, query, None, RequestOptions()) as answer:
        length = answer.headers.get("content-length")
        total = int(length) if length and length.isdigit() else None
        if args.output is None:
            out.flush()
            sink = getattr(out, "buffer", None)
            if sink is None:
                raise _UsageError("-o FILE is needed: standard output takes no bytes here")
            write_stream(answer.iter_bytes(64 * 1024), sink, ByteProgress(err, total, "downloading"))
            sink.flush()
            return EXIT_OK
        try:
            from corti_interactions._binary import part_file  # raw bytes load for a download

            with part_file(args.output) as file:  # renamed into place only when whole
                written = write_stream(
                    answer.iter_bytes(64 * 1024), file, ByteProgress(err, total, args.output)
                )
        except OSError as exc:
            raise _UsageError(f"-o: cannot write {args.output!r} ({exc.strerror})") from None
    err.write(f"wrote {written} bytes to {args.output}\n")
    return EXIT_OK


def _socket(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .stream import run_socket  # the socket modules load for a socket command only

    return run_socket(args, out, err)


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code."""
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parser(argv).parse_args(argv)
    given = {arg.split("=", 1)[0] for arg in argv if arg.startswith("--")}
    command: Callable[[], int] = (
        (lambda: _fake_server(args, out))
        if args.command == "fake-server"
        else (lambda: run_proxy(args, out))
        if args.command == "proxy"
        else (lambda: _socket(args, out, err))
        if getattr(args, "socket", None) is not None
        else (lambda: _call(args, out, err, stdin, given))
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
    except DownloadIncompleteError as exc:  # nothing kept under the name asked for
        err.write(f"corti-interactions: {exc}; no file written\n")
        return EXIT_INCOMPLETE
    except APIConnectionError as exc:
        err.write(f"corti-interactions: could not reach the service: {exc}\n")
        return EXIT_UNREACHABLE
    except KeyboardInterrupt:  # Ctrl-C mid-call: a change may or may not have been applied
        err.write("corti-interactions: interrupted; the request may or may not have been applied\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of our output went away (`... | head -1`)
        quiet_stdout()
        return EXIT_BROKEN_PIPE
