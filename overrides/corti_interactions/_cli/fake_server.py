"""`corti-interactions fake-server`: the project's fake Corti, served in the foreground."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import threading
from typing import Any, TextIO

from .exits import EXIT_OK, UsageError

__all__ = ["fake_server"]


def _stop_on_sigterm() -> None:
    """Let SIGTERM stop the foreground server as Ctrl-C does, so it shuts down cleanly."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def _load_scenario(fake: Any, args: argparse.Namespace) -> None:
    """`--catalog FILE` and `--script FILE` into the fake, or a usage error naming the file."""
    for flag, path in (("--catalog", args.catalog), ("--script", args.script)):
        if path is None:
            continue
        try:
            with open(path, encoding="utf-8") as file:
                text = file.read()
        except OSError as exc:
            raise UsageError(f"{flag}: cannot read {path!r} ({exc.strerror})") from None
        try:
            if flag == "--catalog":
                fake.add_catalog(json.loads(text))
            else:
                fake.script(*(line.strip() for line in text.splitlines() if line.strip()))
        except ValueError as exc:  # JSON, or a catalog that does not hold together
            raise UsageError(f"{flag} {path}: {exc}") from None


def fake_server(args: argparse.Namespace, out: TextIO) -> int:
    """`corti-interactions fake-server`: the fake service in the foreground until Ctrl-C or
    SIGTERM, its URL, tenant, client and test user printed (`--seed demo` adds three
    interactions)."""
    try:
        from corti_interactions.testing import FakeCorti
    except ImportError:
        raise UsageError(
            "fake-server needs the testing extra: pip install 'corti-interactions[testing]'"
        ) from None
    fake = FakeCorti(port=args.port)
    _load_scenario(fake, args)
    try:
        fake.start()
    except (RuntimeError, OSError) as exc:
        raise UsageError(f"--port {args.port}: the fake service could not start ({exc})") from None
    try:
        ids = [fake.add_interaction()["id"] for _ in range(3)] if args.seed == "demo" else []
        out.write(
            f"base URL:      {fake.base_url}\n"
            f"tenant:        {fake.tenant_name}\n"
            f"client id:     {fake.client_id}\n"
            f"client secret: {fake.client_secret}\n"
            f"public client: {fake.public_client_id}\n"
            f"username:      {fake.username}\n"
            f"password:      {fake.password}\n"
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
