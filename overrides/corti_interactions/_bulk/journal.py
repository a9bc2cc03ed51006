"""The journal of a `--from FILE` run: which pieces of work finished, so a killed run resumes.

An append-only text file. The first line names the format, the operation, a digest of each
part of the scope the work was sent in (the service's base URL, the tenant) and the
fingerprint of the journal's key; every other line is a piece of work about to be sent
(`s` before its key, with its line number and id) or one that finished (with its result):

    corti-journal 3 interactions_update service=<digest> tenant=<digest> key=<fingerprint>
    s<work key> TAB {"line": N, "id": ...} TAB <crc32 of the rest>
    <work key> TAB <result JSON> TAB <crc32 of the rest>

A sent record with no finished record after it is work that was in flight when a run died
(SIGKILL): it may have been applied. A resumed run that meets that work again sends it again
(under the same sent record); one whose input no longer holds it (an input regenerated from
the state the run changed) reports it as `"outcome": "unknown"`, so the results account for
every call any run made (`unfinished`).

A piece of work is what a line asks for, not the line's bytes: the request it makes (method,
path with the id, body with the field flags merged in), or for a line that does not parse
its text, and which occurrence of that same work in the input it is (the second identical
line is a second piece of work). So an input regenerated from the state the run changes
(`list | jq | update --from -`: the lines already done drop out of the filter, the others
move up) resumes: the work done is skipped wherever it now sits, the rest is sent. What is
refused: a journal of another operation, service or tenant (its work was applied there, not
here), one of an older format, a damaged one, and one whose key file is missing or another's.

Work keys are HMACs (keyed BLAKE2b, 64 bits) under a random key made for each journal and
kept beside it in `<journal>.key` (mode 0600), never in it: a journal copied into a ticket
without its key file cannot confirm a guess about a line (a patient's birth date, say).

A record is written (and flushed to the OS, so it survives SIGKILL) after the call's
outcome is known and before the next call for the same id starts; it is fsynced every
`FSYNC_EVERY` records and at the end. A record that was being written when the process died
is the last line and is torn: no newline, or a checksum that does not match. It is
detected, dropped and its work sent again, which is safe because only idempotent
operations can be bulk. A bad record anywhere else means the file was damaged: refused.

Memory: the finished work keys of a resumed run are held as a sorted array of 64-bit
numbers (8 bytes each, and one byte each to mark the ones this run met), not the records;
the results are read back from the file as they are copied out.
"""

from __future__ import annotations

import array
import bisect
import hashlib
import hmac
import json
import os
import secrets
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

__all__ = ["FSYNC_EVERY", "Done", "Journal", "JournalError", "dumps_record"]

FSYNC_EVERY = 256
_MAGIC = "corti-journal"
_VERSION = "3"
_SENT = "s"  # before the key of a sent record
_KEY_BYTES = 32


class JournalError(Exception):
    """The journal cannot be used: damaged, for another operation or scope, or keyless."""


def dumps_record(record: Mapping[str, Any]) -> str:
    """A result record as one line of ASCII JSON: any text encodes (a lone surrogate from
    the input, a non-ASCII key to an ASCII stdout), so reporting an item cannot fail."""
    return json.dumps(record, ensure_ascii=True, separators=(",", ":"))


def _scope_digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=8, person=b"corti-scope").hexdigest()


def _fingerprint(key: bytes) -> str:
    return hashlib.blake2b(key, digest_size=8, person=b"corti-keyid").hexdigest()


def _header(operation: str, scope: Mapping[str, str], key: bytes) -> str:
    for name in scope:
        if not name.isidentifier():
            raise ValueError(f"journal scope names are identifiers; got {name!r}")
    parts = [f"{name}={_scope_digest(value)}" for name, value in scope.items()]
    return " ".join([_MAGIC, _VERSION, operation, *parts, f"key={_fingerprint(key)}"]) + "\n"


def _header_parts(header: str) -> tuple[str, str, dict[str, str]]:
    """The version, the operation and the named digests of a header line."""
    words = header.split()
    version, operation = [*words, "", "", ""][1:3]
    digests = dict(word.partition("=")[::2] for word in words[3:])
    return version, operation, digests


def _crc(text: str) -> str:
    return f"{zlib.crc32(text.encode()):08x}"


def _record(record: str) -> tuple[bool, int, str] | None:
    """A record's (is it a sent record, work key, JSON text), or None if torn or damaged."""
    body, _, crc = record.rpartition("\t")
    if not body or _crc(body) != crc:
        return None
    key, tab, result = body.partition("\t")
    sent = key.startswith(_SENT)
    if not (tab and result.startswith("{") and result.endswith("}")):
        return None
    try:
        return sent, int(key.removeprefix(_SENT), 16), result
    except ValueError:
        return None


class Done:
    """The finished work keys: a sorted array, and which of them this run has met."""

    def __init__(self, keys: array.array[int]) -> None:
        self._keys = array.array("Q", sorted(keys))
        self._met = bytearray(len(self._keys))

    def __len__(self) -> int:
        return len(self._keys)

    def take(self, key: int) -> bool:
        """Whether `key` finished in an earlier run and this run has not met it as often
        yet (an identical line met again is the next occurrence)."""
        keys, met = self._keys, self._met
        index = bisect.bisect_left(keys, key)
        while index < len(keys) and keys[index] == key:
            if not met[index]:
                met[index] = 1
                return True
            index += 1
        return False

    def copy(self) -> Done:
        """A copy to count with (the check pass) without marking this one."""
        twin = Done.__new__(Done)
        twin._keys, twin._met = self._keys, bytearray(self._met)
        return twin


class Journal:
    """An open journal: `done` holds the work finished in earlier runs (read at open).

    `scope` names where the work is sent (`{"service": base URL, "tenant": ...}`); the
    header keeps a digest of each value, and a journal written in another scope is refused.
    """

    def __init__(self, path: Path, operation: str, *, scope: Mapping[str, str]) -> None:
        self.path = path
        self.key_path = Path(f"{path}.key")
        self.torn = False  # a torn last record was dropped
        # work sent by an earlier run with no answer recorded: key -> its (line, id) records
        self.unfinished: dict[int, list[dict[str, Any]]] = {}
        keys: array.array[int] = array.array("Q")
        _header(operation, scope, b"")  # refuse a bad scope before any file is made
        if path.exists() and path.stat().st_size > 0:
            self._check_kind()
            self._key = self._read_key()
            good = self._load(_header(operation, scope, self._key), keys)
            self._file: IO[str] = path.open("r+", encoding="ascii", newline="\n")
            self._file.seek(good)
            self._file.truncate()
        else:
            self._key = self._new_key()
            self._file = path.open("w", encoding="ascii", newline="\n")
            self._file.write(_header(operation, scope, self._key))
            self._file.flush()
        self.done = Done(keys)
        self._unsynced = 0

    def _new_key(self) -> bytes:
        key = secrets.token_bytes(_KEY_BYTES)
        self.key_path.unlink(missing_ok=True)  # a stale key of a journal that is gone
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as file:
            file.write(key.hex() + "\n")
        return key

    def _check_kind(self) -> None:
        """Refuse a file that is not a journal of this format before looking for its key."""
        with self.path.open("rb") as file:
            first = file.readline().decode("utf-8", "replace")
        if not first.startswith(_MAGIC + " "):
            raise JournalError(f"{self.path} is not a journal of this tool")
        version = _header_parts(first)[0]
        if version != _VERSION:
            raise JournalError(
                f"{self.path} was written by an earlier version (format {version}); finish that "
                "run with it, or move the journal away to start over"
            )

    def _read_key(self) -> bytes:
        try:
            return bytes.fromhex(self.key_path.read_text(encoding="ascii").strip())
        except FileNotFoundError:
            raise JournalError(
                f"{self.path}: its key file {self.key_path} is missing, so its records cannot be "
                "matched; move the journal away to start over"
            ) from None
        except (ValueError, UnicodeDecodeError):
            raise JournalError(
                f"{self.key_path} is not a journal key; move both away to start over"
            ) from None

    def work_key(self, work: bytes) -> int:
        """The key of one piece of work (its request, or an invalid line's text)."""
        digest = hmac.digest(self._key, work, "blake2b")
        return int.from_bytes(digest[:8], "big")

    def _load(self, header: str, keys: array.array[int]) -> int:
        """Read the records' keys into `keys`; the byte offset after the last good one."""
        with self.path.open("rb") as file:
            first = file.readline().decode("utf-8", "replace")
            if first != header:
                _, operation, recorded = _header_parts(first)
                _, expected, wanted = _header_parts(header)
                if operation != expected:
                    raise JournalError(f"{self.path} is the journal of another command ({operation})")
                differs = [name for name in wanted if recorded.get(name) != wanted[name]]
                if differs == ["key"]:
                    raise JournalError(f"{self.key_path} is the key of another journal; move both away")
                if not differs:
                    raise JournalError(f"{self.path} has a damaged header; delete it to start over")
                raise JournalError(
                    f"{self.path}: the journal was written for another {'/'.join(differs)}; "
                    "use another --journal or delete it"
                )
            good = file.tell()
            lines = iter(file.readline, b"")
            for raw in lines:
                parsed = _record(raw.decode("ascii", "replace").removesuffix("\n"))
                if parsed is None or not raw.endswith(b"\n"):
                    if next(lines, None) is not None:
                        raise JournalError(
                            f"{self.path} is damaged before its end; move it away to start over"
                        )
                    self.torn = True  # the last record, torn: it is written over
                    return good
                sent, key, text = parsed
                if sent:
                    self.unfinished.setdefault(key, []).append(json.loads(text))
                else:
                    keys.append(key)
                    waiting = self.unfinished.get(key)
                    if waiting:  # its answer came: no longer unfinished
                        waiting.pop(0)
                        if not waiting:
                            del self.unfinished[key]
                good = file.tell()
        return good

    def results(self) -> Iterator[dict[str, Any]]:
        """The results recorded in earlier runs, in the order they were written."""
        with self.path.open("rb") as file:
            file.readline()
            left = len(self.done)
            for raw in file:
                if left == 0:
                    return
                parsed = _record(raw.decode("ascii", "replace").removesuffix("\n"))
                if parsed is None:  # only the last record can be torn (`_load` refuses others)
                    return
                if not parsed[0]:
                    left -= 1
                    yield json.loads(parsed[2])

    def sent(self, key: int, line: int, ident: str) -> None:
        """Note that the work `key` (input line `line`, for `ident`) is about to be sent;
        flushed before returning, so a SIGKILL after the send leaves it on record."""
        self._write(f"{_SENT}{key:016x}\t{dumps_record({'line': line, 'id': ident})}")

    def record(self, key: int, result: dict[str, Any]) -> None:
        """Note that the work `key` finished with `result`; flushed before returning."""
        self._write(f"{key:016x}\t{dumps_record(result)}")

    def _write(self, body: str) -> None:
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
