"""WebM (Matroska): the EBML header, the Segment's start and every element before the first
Cluster (Info, Tracks) as the header; then blocks timed by their cluster's timecode plus
their own, in `TimecodeScale` units.

The Segment's size is sent as unknown (live WebM), so a stream that restarts mid-file is
well formed. A block is a point a decoder can start at; past a cluster's first block the
restart sends a Cluster of unknown size with that cluster's timecode first (it ends where
the next Cluster starts).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from .source import AudioSource, Frame

__all__ = ["webm_source"]

_EBML, _SEGMENT, _CLUSTER = 0x1A45DFA3, 0x18538067, 0x1F43B675
_INFO, _SCALE, _TIMECODE = 0x1549A966, 0x2AD7B1, 0xE7
_SIMPLE_BLOCK, _BLOCK_GROUP, _BLOCK = 0xA3, 0xA0, 0xA1
_TOP = frozenset({_CLUSTER, 0x1C53BB6B, 0x1254C367, 0x1941A469, 0x1043A770, 0x114D9B74})  # segment children
_UNKNOWN_SIZE = b"\x01\xff\xff\xff\xff\xff\xff\xff"
_HEADER_LIMIT = 1 << 20  # the elements before the first Cluster: Info, Tracks, tags (bytes)


def _vint(data: bytes, at: int, *, keep_marker: bool) -> tuple[int | None, int]:
    """An EBML variable-length integer at `at`: (value, None if all ones; its length)."""
    first = data[at]
    length = 9 - first.bit_length() if first else 9
    if length > 8 or at + length > len(data):
        raise ValueError("a WebM file (a malformed EBML element)")
    raw = int.from_bytes(data[at : at + length], "big")
    if keep_marker:
        return raw, length
    value = raw & ((1 << (7 * length)) - 1)
    return (None if value == (1 << (7 * length)) - 1 else value), length


def _element(file: BinaryIO) -> tuple[int, int | None, int] | None:
    """The next element's (id, size, header length) at the file's position; None at the end
    (or at bytes that are not an element, e.g. a file cut short)."""
    head = file.read(12)
    try:
        ident, id_length = _vint(head, 0, keep_marker=True)
        size, size_length = _vint(head, id_length, keep_marker=False)
    except (ValueError, IndexError):
        return None
    file.seek(id_length + size_length - len(head), 1)
    assert ident is not None  # noqa: S101 - an id keeps its marker bits
    return ident, size, id_length + size_length


def _uint_element(ident: int, value: int) -> bytes:
    body = value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")
    return ident.to_bytes((ident.bit_length() + 7) // 8, "big") + bytes([0x80 | len(body)]) + body


def _scale(info: bytes) -> int:
    """TimecodeScale (ns per unit) from an Info element's body (default 1 ms)."""
    at = 0
    while at < len(info):
        ident, n = _vint(info, at, keep_marker=True)
        size, m = _vint(info, at + n, keep_marker=False)
        body = info[at + n + m : at + n + m + (size or 0)]
        if ident == _SCALE:
            return int.from_bytes(body, "big") or 1_000_000
        at += n + m + (size or 0)
    return 1_000_000


def webm_source(path: str, mime: str) -> AudioSource:
    """A WebM file; ValueError naming the problem if it is not one."""
    with open(path, "rb") as file:
        first = _element(file)
        if first is None or first[0] != _EBML or first[1] is None:
            raise ValueError("a WebM file (it does not start with an EBML header)")
        file.seek(first[1], 1)
        ebml_end = file.tell()
        segment = _element(file)
        if segment is None or segment[0] != _SEGMENT:
            raise ValueError("a WebM file with a Segment")
        parts, scale, tracks = [], 1_000_000, b""
        while (child := _element(file)) is not None and child[0] != _CLUSTER:
            if child[1] is None or file.tell() > _HEADER_LIMIT:
                raise ValueError("a WebM file whose header elements have sizes")
            body = file.read(child[1])
            parts.append(child[0].to_bytes((child[0].bit_length() + 7) // 8, "big") + body)
            if child[0] == _INFO:
                scale = _scale(body)
        if child is None:
            raise ValueError("a WebM file with audio (no Cluster found)")
        header_end = file.tell() - child[2]
        file.seek(0)
        header = file.read(ebml_end) + _SEGMENT.to_bytes(4, "big") + _UNKNOWN_SIZE
        file.seek(ebml_end + segment[2])
        header += file.read(header_end - ebml_end - segment[2])
        tracks = b"".join(p for p in parts if p[:4] == b"\x16\x54\xae\x6b")

    def frames(file: BinaryIO) -> Iterator[Frame]:
        pending: tuple[int, int, bytes | None] | None = None  # a block's end, timecode, restart bytes
        last_step = 0
        cluster_end: int | None = None
        timecode, first_in_cluster = 0, True
        while (element := _element(file)) is not None:
            ident, size, _ = element
            if ident == _CLUSTER:
                cluster_end = None if size is None else file.tell() + size
                first_in_cluster = True
                continue
            if ident in _TOP:  # the audio is over (Cues, Tags, ... after the clusters)
                break
            body_at = file.tell()
            if ident == _TIMECODE:
                timecode = int.from_bytes(file.read(size or 0), "big")
            elif ident in (_SIMPLE_BLOCK, _BLOCK_GROUP):
                block = file.read(min(size or 0, 64))
                if ident == _BLOCK_GROUP:
                    block = block[block.index(_BLOCK.to_bytes(1, "big")) + 2 :] if b"\xa1" in block else b""
                track_length = _vint(block, 0, keep_marker=False)[1] if block else 0
                relative = int.from_bytes(block[track_length : track_length + 2], "big", signed=True)
                at = timecode + relative
                if pending is not None:
                    last_step = max(0, at - pending[1])
                    yield Frame(pending[0], pending[1] * scale / 1e9, at * scale / 1e9, pending[2])
                restart = b"" if first_in_cluster else (
                    _CLUSTER.to_bytes(4, "big") + _UNKNOWN_SIZE + _uint_element(_TIMECODE, timecode)
                )  # fmt: skip
                pending, first_in_cluster = (body_at + (size or 0), at, restart), False
            file.seek(body_at + (size or 0))
            if cluster_end is not None and file.tell() >= cluster_end:
                cluster_end = None
        if pending is not None:
            yield Frame(
                pending[0], pending[1] * scale / 1e9, (pending[1] + last_step) * scale / 1e9, pending[2]
            )

    return AudioSource(path, "webm", mime, header, header_end, tracks or header, frames)
