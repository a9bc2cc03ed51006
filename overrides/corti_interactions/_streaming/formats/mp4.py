"""MP4/M4A: `ftyp` and `moov` (with the `mdat` box's header) as the header, then the audio
track's samples timed by its sample tables (`stts` durations, `stsz` sizes, `stsc` and
`stco`/`co64` placing them in the file).

Only a file whose index (`moov`) comes before its audio can be streamed (a "fast start"
file). Its sample offsets are absolute, so a decoder cannot start mid-file: only the first
sample is a point to start at, and a restart after a reconnect is refused by `stream_file`.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import BinaryIO

from .source import AudioSource, Frame

__all__ = ["mp4_source"]

_CONTAINERS = frozenset({b"moov", b"trak", b"mdia", b"minf", b"stbl"})
_MOOV_LIMIT = 64 << 20


def _boxes(data: bytes, at: int = 0, end: int | None = None) -> Iterator[tuple[bytes, bytes]]:
    """(type, body) of each box in `data[at:end]`."""
    end = len(data) if end is None else end
    while at + 8 <= end:
        size, kind = struct.unpack(">I4s", data[at : at + 8])
        head = 8
        if size == 1:
            size, head = struct.unpack(">Q", data[at + 8 : at + 16])[0], 16
        elif size == 0:
            size = end - at
        if size < head:
            raise ValueError("an MP4 file (a malformed box)")
        yield kind, data[at + head : at + size]
        at += size


def _tables(trak: bytes) -> dict[bytes, bytes] | None:
    """The boxes of an audio track's `mdia` and `stbl`, by type; None if not an audio track."""
    found: dict[bytes, bytes] = {}

    def walk(data: bytes) -> None:
        for kind, body in _boxes(data):
            found.setdefault(kind, body)
            if kind in _CONTAINERS:
                walk(body)

    walk(trak)
    if found.get(b"hdlr", b"")[8:12] != b"soun":
        return None
    return found


def _samples(t: dict[bytes, bytes]) -> tuple[int, list[tuple[int, int, int]]]:
    """The timescale and each sample's (offset, size, duration), in file order."""
    mdhd = t[b"mdhd"]
    timescale = struct.unpack(">I", mdhd[20:24] if mdhd[0] == 1 else mdhd[12:16])[0]
    stsz = t[b"stsz"]
    uniform, count = struct.unpack(">II", stsz[4:12])
    sizes = [uniform] * count if uniform else list(struct.unpack(f">{count}I", stsz[12 : 12 + 4 * count]))
    durations: list[int] = []
    stts = t[b"stts"]
    for i in range(struct.unpack(">I", stts[4:8])[0]):
        n, delta = struct.unpack(">II", stts[8 + 8 * i : 16 + 8 * i])
        durations += [delta] * n
    if b"stco" in t:
        n = struct.unpack(">I", t[b"stco"][4:8])[0]
        offsets = list(struct.unpack(f">{n}I", t[b"stco"][8 : 8 + 4 * n]))
    else:
        n = struct.unpack(">I", t[b"co64"][4:8])[0]
        offsets = list(struct.unpack(f">{n}Q", t[b"co64"][8 : 8 + 8 * n]))
    stsc = t[b"stsc"]
    runs = [
        struct.unpack(">III", stsc[8 + 12 * i : 20 + 12 * i])
        for i in range(struct.unpack(">I", stsc[4:8])[0])
    ]
    samples, index = [], 0
    for chunk, chunk_offset in enumerate(offsets, 1):
        per = next((r[1] for r in reversed(runs) if r[0] <= chunk), 0)
        at = chunk_offset
        for _ in range(per):
            if index >= count:
                break
            samples.append((at, sizes[index], durations[index] if index < len(durations) else 0))
            at += sizes[index]
            index += 1
    return timescale or 1, samples


def mp4_source(path: str, mime: str) -> AudioSource:
    """A fast-start MP4/M4A file; ValueError naming the problem if it cannot be streamed."""
    moov, mdat = None, None
    with open(path, "rb") as file:
        at = 0
        while len(head := file.read(16)) >= 8:
            size, kind = struct.unpack(">I4s", head[:8])
            length = 8
            if size == 1:
                size, length = struct.unpack(">Q", head[8:16])[0], 16
            elif size == 0:
                size = 1 << 62
            if kind == b"moov":
                if size > _MOOV_LIMIT:
                    raise ValueError("an MP4 file whose index (moov) is at most 64 MiB")
                file.seek(at + length)
                moov = file.read(size - length)
            if kind == b"mdat":
                mdat = at + length
                break
            at += size
            file.seek(at)
        if moov is None or mdat is None:
            raise ValueError(
                "an MP4 file with its index (moov) before its audio (mdat): remux it as a fast-start "
                "file (ffmpeg -movflags +faststart), or send Ogg, WebM, MP3 or FLAC"
            )
        file.seek(0)
        header = file.read(mdat)
    tables = next((t for kind, body in _boxes(moov) if kind == b"trak" and (t := _tables(body))), None)
    if tables is None:
        raise ValueError("an MP4 file with an audio track")
    try:
        timescale, samples = _samples(tables)
    except (KeyError, struct.error) as exc:
        raise ValueError("an MP4 file whose sample tables are whole") from exc
    samples.sort()

    def frames(_: BinaryIO) -> Iterator[Frame]:
        time = 0
        for number, (offset, size, duration) in enumerate(samples):
            yield Frame(
                offset + size, time / timescale, (time + duration) / timescale, b"" if number == 0 else None
            )
            time += duration

    return AudioSource(path, "mp4", mime, header, mdat, header, frames)
