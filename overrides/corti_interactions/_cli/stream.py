"""One command per socket of the spec's `x-websockets`: stream a file, print what comes back.

    corti-interactions stream ID --file visit.ogg [--mode facts] [--format text]
    corti-interactions transcribe --file note.mp3 [--no-realtime]

The configuration starts from the socket's `cli.default` in the spec, then `--config JSON|@FILE`,
then each shortcut flag of `cli.flags` (a flag sets the dotted configuration fields it names).
The file's format is read from its first bytes and declared in the configuration's audio
format (`--audio-format` overrides it): Ogg, WebM, MP3, FLAC or MP4, or a WAV, whose samples
go as raw PCM with its rate, channels and bits (Corti takes WAV for uploads only). The file
is paced in real time from its own timing unless `--no-realtime`; messages print as they
arrive, one JSON line each (`--format jsonl`, ASCII JSON) or their text (`--format text`, in
stdout's encoding, unencodable letters replaced). When some audio may not have reached the
service (a reconnect that could not re-send it, a session that failed after sending), a line
on stderr says how much and the exit code is 1; 4 means nothing was sent. Generic: a socket
added to the spec is a command after `make generate`.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import dataclasses
import json
import os
import threading
from collections.abc import Iterator
from typing import Any, TextIO

from corti_interactions_api.types import WebSocket
from corti_interactions_api.websockets import WEBSOCKETS

from corti_interactions._client import CortiClient
from corti_interactions._streaming.errors import StreamClosedError, StreamError, StreamTimeoutError
from corti_interactions._streaming.formats import file_format, open_audio

from .exits import EXIT_API_ERROR, EXIT_OK, EXIT_SOME_FAILED, EXIT_UNREACHABLE, EXIT_USAGE

__all__ = ["add_socket_command", "add_socket_commands", "run_socket"]


def _dest(flag: str) -> str:
    return "set__" + flag.lstrip("-").replace("-", "_")


def add_socket_commands(commands: Any, taken: set[str]) -> None:
    """Add one command per socket (skipping a name a resource already has)."""
    for name, socket in WEBSOCKETS.items():
        if name not in taken:
            add_socket_command(commands, socket)


def add_socket_command(commands: Any, socket: WebSocket) -> None:
    """Add the command of `socket`, named as its client attribute."""
    parser = commands.add_parser(
        socket.name, help=socket.summary, description=f"{socket.summary}: {socket.path}"
    )
    for param in socket.path_params:
        parser.add_argument(param.name, metavar=param.wire_name.upper(), help=f"the {param.wire_name}")
    parser.add_argument(
        "--file",
        required=True,
        help="the audio file: Ogg, WebM, MP3, FLAC or MP4 (a WAV goes as raw PCM); declared for you",
    )
    parser.add_argument("--config", help="the configuration as JSON, or @FILE")
    for flag, fields in socket.cli_flags.items():
        parser.add_argument(flag, dest=_dest(flag), metavar="VALUE", help=f"sets {', '.join(fields)}")
    parser.add_argument(
        "--realtime",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="pace the file at real-time speed, as Corti asks (default: on)",
    )
    parser.add_argument("--chunk-ms", type=int, default=250, help="milliseconds of audio a chunk (250)")
    parser.add_argument("--format", choices=["jsonl", "text"], default="jsonl", help="output format")
    connection = parser.add_argument_group("connection (default: the CORTI_* environment variables)")
    connection.add_argument("--environment", help="eu (default) or us")
    connection.add_argument("--tenant-name", help="the tenant")
    connection.add_argument("--base-url", help="replaces the whole API base URL")
    parser.set_defaults(socket=socket)


def _value(text: str) -> object:
    """A flag's value: JSON when it reads as a JSON scalar (`true`, `3`), else the text."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, bool | int | float) or value is None else text


def _configuration(args: argparse.Namespace, socket: WebSocket) -> dict[str, Any]:
    config: dict[str, Any] = copy.deepcopy(dict(socket.cli_default))
    if args.config is not None:
        text = args.config
        if text.startswith("@"):
            try:
                with open(text[1:], encoding="utf-8") as file:
                    text = file.read()
            except OSError as exc:
                raise ValueError(f"--config: cannot read {args.config[1:]!r}: {exc.strerror}") from None
        try:
            given = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"--config is not valid JSON ({exc})") from None
        if not isinstance(given, dict):
            raise ValueError("--config must be a JSON object")
        config = given
    for flag, fields in socket.cli_flags.items():
        value = getattr(args, _dest(flag))
        if value is None:
            continue
        for dotted in fields:
            node = config
            *parents, last = dotted.split(".")
            for key in parents:
                node = node.setdefault(key, {})
                if not isinstance(node, dict):
                    raise ValueError(f"{flag}: {key} in the configuration is not an object")
            node[last] = _value(value)
    return config


def _declare_format(configuration: dict[str, Any], socket: WebSocket, file: str) -> None:
    """Check `file` against the configuration's audio format (the fields `--audio-format`
    sets), and declare the file's own format there when none is given; `ValueError` if the
    file is not a format the socket takes (a WAV is declared as raw PCM)."""
    fields = socket.cli_flags.get("--audio-format", ())
    declared = None
    for dotted in fields:
        node: Any = configuration
        for key in dotted.split("."):
            node = node.get(key) if isinstance(node, dict) else None
        declared = declared or (node if isinstance(node, str) else None)
    source = open_audio(
        file, socket.audio_formats, audio_format=declared or file_format(file, socket.audio_formats)
    )
    if declared is None:
        for dotted in fields:
            target = configuration
            *parents, last = dotted.split(".")
            for key in parents:
                target = target.setdefault(key, {})
            target[last] = source.mime


def _as_json(message: object) -> dict[str, Any]:
    if dataclasses.is_dataclass(message) and not isinstance(message, type):
        return dataclasses.asdict(message)
    data: dict[str, Any] = message.to_dict()  # type: ignore[attr-defined]
    return data


def _texts(node: object) -> Iterator[str]:
    """Every `text` or `transcript` string in a message, in order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("text", "transcript") and isinstance(value, str):
                yield value
            else:
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


def _printable(text: str, out: TextIO) -> str:
    """`text` as `out` can encode it (a letter it cannot becomes `?`)."""
    encoding = getattr(out, "encoding", None)
    if not encoding:
        return text
    return text.encode(encoding, errors="replace").decode(encoding, errors="replace")


def _print(message: object, fmt: str, out: TextIO) -> None:
    data = _as_json(message)
    if fmt == "jsonl":
        out.write(json.dumps(data) + "\n")  # ASCII: valid on any stdout, any pipe
    else:
        for text in _texts(data):
            out.write(_printable(f"{data.get('type')}: {text}\n", out))
    out.flush()


def _at_risk(session: Any, err: TextIO, file: str | None = None) -> bool:
    """Say on stderr how much audio may not have reached the service (and, when the session
    failed before `file` was handed over to its end, at most how much of it was never sent:
    the file's size less the bytes sent, an upper bound since a container's header or index
    may never go); whether any."""
    if session is None:
        return False
    lost, sent = session.audio_lost, session.audio_sent
    unsent = max(0, os.path.getsize(file) - sent) if file is not None and os.path.isfile(file) else 0
    if lost:
        seconds = session.audio_lost_seconds
        amount = f"{lost} bytes of audio" if seconds is None else f"{seconds:.2f} s of audio ({lost} bytes)"
        err.write(f"corti-interactions: {amount} of the {sent} bytes sent may not have reached the service\n")
    if unsent:
        err.write(
            f"corti-interactions: {file} stopped before its end: up to {unsent} of its bytes were not sent\n"
        )
    return bool(lost or unsent)


def run_socket(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Stream `--file` to the socket and print its messages; the exit code."""
    socket: WebSocket = args.socket
    try:
        configuration = _configuration(args, socket)
        _declare_format(configuration, socket, args.file)
        if not 10 <= args.chunk_ms <= 10_000:
            raise ValueError(f"--chunk-ms must be from 10 to 10000; got {args.chunk_ms}")
        path = tuple(getattr(args, p.name) for p in socket.path_params)
    except (ValueError, ImportError) as exc:
        err.write(f"corti-interactions: error: {exc}\n")
        return EXIT_USAGE
    opened: Any = None
    unsent_file: str | None = args.file  # until stream_file has handed all of it over
    try:
        with CortiClient(
            tenant_name=args.tenant_name, environment=args.environment, base_url=args.base_url
        ) as client:
            resource = getattr(client, socket.name)
            with resource.connect(*path, configuration=configuration) as session:
                opened = session
                failures: list[BaseException] = []

                def feed() -> None:
                    nonlocal unsent_file
                    try:
                        session.stream_file(args.file, chunk_ms=args.chunk_ms, realtime=args.realtime)
                        unsent_file = None  # the whole file went (its header may be sent or not)
                        session.end()
                    except BaseException as exc:  # reported by the main thread
                        failures.append(exc)
                        # The main thread may have left the with block already (the session
                        # failed under its reader too): then the session is closed anyway.
                        with contextlib.suppress(StreamClosedError):
                            session.close()

                feeder = threading.Thread(target=feed, name=f"corti-{socket.name}-feed", daemon=True)
                feeder.start()
                for message in session:
                    _print(message, args.format, out)
                feeder.join()
                if failures:
                    raise failures[0]
    except ValueError as exc:  # bad input; or a file found unreadable part-way, after sending
        err.write(f"corti-interactions: error: {exc}\n")
        sent = opened is not None and opened.audio_sent
        _at_risk(opened, err, unsent_file if sent else None)
        return EXIT_SOME_FAILED if sent else EXIT_USAGE
    except (StreamClosedError, StreamTimeoutError) as exc:
        err.write(f"corti-interactions: {exc}\n")
        if opened is not None and opened.audio_sent:
            _at_risk(opened, err, unsent_file)
            return EXIT_SOME_FAILED
        return EXIT_UNREACHABLE  # nothing was sent
    except StreamError as exc:
        err.write(f"corti-interactions: {exc}\n")
        return EXIT_SOME_FAILED if _at_risk(opened, err, unsent_file) else EXIT_API_ERROR
    except KeyboardInterrupt:
        _at_risk(opened, err)
        raise
    return EXIT_SOME_FAILED if _at_risk(opened, err) else EXIT_OK
