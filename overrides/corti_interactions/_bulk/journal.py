"""The journal of a `--from FILE` run: which input lines finished, so a killed run resumes.

An append-only text file. The first line names the format, the operation and a digest of
each part of the scope the lines were sent in (the service's base URL, the tenant, and the
field flags merged over every line: digests, so no flag value is written down); every other
line is one finished input line:

    corti-journal 1 interactions_update service=<digest> tenant=<digest> flags=<digest>
    <line number> TAB <digest of the line's text> TAB <result JSON> TAB <crc32 of the rest>

A journal whose scope differs is refused, naming what differs: its lines were applied to
another service or tenant, or with other flags, so skipping them here would be wrong.

A record is written (and flushed to the OS, so it survives SIGKILL) after the call's
outcome is known and before the next call for the same id starts; it is fsynced every
`FSYNC_EVERY` records and at the end. A record that was being written when the process died
is the last line and is torn: no newline, or a checksum that does not match. It is
detected, dropped and its line sent again, which is safe because only idempotent
operations can be bulk. A bad record anywhere else means the file was damaged: refused.
The digest of each input line lets a resumed run refuse an input that changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

__all__ = ["FSYNC_EVERY", "Journal", "JournalError", "line_digest"]

FSYNC_EVERY = 256
_MAGIC = "corti-journal 1"


class JournalError(Exception):
    """The journal cannot be used: damaged, for another operation, or for another input."""


def line_digest(line: bytes) -> str:
    """A short digest of an input line's text (its end-of-line left out)."""
    return hashlib.blake2b(line.rstrip(b"\r\n"), digest_size=8).hexdigest()


def _scope_digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=8, person=b"corti-scope").hexdigest()


def _header(operation: str, scope: Mapping[str, str]) -> str:
    for name in scope:
        if not name.isidentifier():
            raise ValueError(f"journal scope names are identifiers; got {name!r}")
    parts = " ".join(f"{name}={_scope_digest(value)}" for name, value in scope.items())
    return f"{_MAGIC} {operation}" + (f" {parts}" if parts else "") + "\n"


def _header_parts(header: str) -> tuple[str, dict[str, str]]:
    """The operation and the scope digests of a header line."""
    operation, *words = header[len(_MAGIC) :].split() or [""]
    digests: dict[str, str] = {}
    for word in words:
        name, _, digest = word.partition("=")
        digests[name] = digest
    return operation, digests


def _crc(text: str) -> str:
    return f"{zlib.crc32(text.encode()):08x}"


def _parse(record: str) -> tuple[int, str, dict[str, Any]] | None:
    """A record's (line, digest, result), or None if it is torn or damaged."""
    body, _, crc = record.rpartition("\t")
    if not body or _crc(body) != crc:
        return None
    try:
        line, _, rest = body.partition("\t")
        digest, _, result = rest.partition("\t")
        return int(line), digest, json.loads(result)
    except ValueError:
        return None


class Journal:
    """An open journal: `done` holds the finished lines (line -> digest) read at open.

    `scope` names what the lines are sent in (`{"service": base URL, "tenant": ...}`); the
    header keeps a digest of each value, and a journal written in another scope is refused.
    """

    def __init__(self, path: Path, operation: str, *, scope: Mapping[str, str]) -> None:
        self.path = path
        self.done: dict[int, str] = {}
        self.torn = False  # a torn last record was dropped
        header = _header(operation, scope)
        if path.exists() and path.stat().st_size > 0:
            good = self._load(header)
            self._file: IO[str] = path.open("r+", encoding="utf-8", newline="\n")
            self._file.seek(good)
            self._file.truncate()
        else:
            self._file = path.open("w", encoding="utf-8", newline="\n")
            self._file.write(header)
            self._file.flush()
        self._unsynced = 0

    def _load(self, header: str) -> int:
        """Read the records; the byte offset after the last good one."""
        with self.path.open("rb") as file:
            first = file.readline().decode("utf-8", "replace")
            if not first.startswith(_MAGIC):
                raise JournalError(f"{self.path} is not a journal of this tool")
            if first != header:
                (operation, recorded), (expected, wanted) = _header_parts(first), _header_parts(header)
                if operation != expected:
                    raise JournalError(f"{self.path} is the journal of another command ({operation})")
                differs = [name for name in wanted if recorded.get(name) != wanted[name]]
                if not differs:
                    raise JournalError(f"{self.path} has a damaged header; delete it to start over")
                raise JournalError(
                    f"{self.path}: the journal was written for another {'/'.join(differs)}; "
                    "use another --journal or delete it"
                )
            good = file.tell()
            lines = iter(file.readline, b"")
            for raw in lines:
                parsed = _parse(raw.decode("utf-8", "replace").removesuffix("\n"))
                if parsed is None or not raw.endswith(b"\n"):
                    if next(lines, None) is not None:
                        raise JournalError(
                            f"{self.path} is damaged before its end; move it away to start over"
                        )
                    self.torn = True  # the last record, torn: it is written over
                    return good
                self.done[parsed[0]] = parsed[1]
                good = file.tell()
        return good

    def results(self) -> Iterator[dict[str, Any]]:
        """The results recorded so far, in the order they were written."""
        with self.path.open("rb") as file:
            file.readline()
            for raw in file:
                parsed = _parse(raw.decode("utf-8", "replace").removesuffix("\n"))
                if parsed is None:  # only the last record can be torn (`_load` refuses others)
                    return
                yield parsed[2]

    def record(self, line: int, digest: str, result: dict[str, Any]) -> None:
        """Note that `line` finished with `result`; flushed before returning."""
        body = f"{line}\t{digest}\t{json.dumps(result, ensure_ascii=False, separators=(',', ':'))}"
        self._file.write(f"{body}\t{_crc(body)}\n")
        self._file.flush()
        self._unsynced += 1
        if self._unsynced >= FSYNC_EVERY:
            self.sync()

    def sync(self) -> None:
        """Make the records written so far survive a power loss."""
        os.fsync(self._file.fileno())
        self._unsynced = 0

    def close(self) -> None:
        """Sync and close."""
        if not self._file.closed:
            self.sync()
            self._file.close()
