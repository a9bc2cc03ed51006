"""Ogg (Opus or Vorbis): header pages, then audio pages timed by their granule positions.

Pages are read with `mutagen.ogg.OggPage` (the `formats` extra). The header is every page
up to the last header packet (Opus: OpusHead and OpusTags; Vorbis: identification,
comment and setup); an audio page that does not start with a continued packet is a point
a decoder can start at.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from .source import AudioSource, Frame

__all__ = ["ogg_source", "opus_samples"]


def _codec(first: bytes) -> tuple[int, int, int]:
    """(header packets, granule rate, pre-skip) from the first packet; ValueError if unknown."""
    if first.startswith(b"OpusHead") and len(first) >= 19:
        return 2, 48_000, int.from_bytes(first[10:12], "little")
    if first.startswith(b"\x01vorbis") and len(first) >= 16:
        return 3, int.from_bytes(first[12:16], "little"), 0
    raise ValueError("an Ogg stream of Opus or Vorbis (its first packet is neither)")


def opus_samples(packet: bytes) -> int:
    """Samples (at 48 kHz) an Opus packet decodes to, from its TOC byte (RFC 6716, 3.1)."""
    if not packet:
        return 0
    config, code = packet[0] >> 3, packet[0] & 3
    if config < 12:
        size = (480, 960, 1920, 2880)[config % 4]
    elif config < 16:
        size = (480, 960)[config % 2]
    else:
        size = (120, 240, 480, 960)[config % 4]
    frames = 1 if code == 0 else 2 if code in (1, 2) else (packet[1] & 0x3F if len(packet) > 1 else 0)
    return size * frames


def _page(file: BinaryIO) -> Any:
    """The next page (`mutagen.ogg.OggPage`, which is not typed)."""
    from mutagen.ogg import OggPage

    return OggPage(file)  # type: ignore[no-untyped-call]


def ogg_source(path: str, mime: str) -> AudioSource:
    """An Ogg Opus or Vorbis file; ValueError naming the problem if it is not one."""
    from mutagen.ogg import error

    try:
        with open(path, "rb") as file:
            page = _page(file)
            packets, rate, pre_skip = _codec(page.packets[0] if page.packets else b"")
            serial, done = page.serial, 0
            while True:
                done += len(page.packets) - (0 if page.complete else 1)
                if done >= packets:
                    break
                page = _page(file)
            header_end, last = file.tell(), page.position
            file.seek(0)
            header = file.read(header_end)
    except (EOFError, error, IndexError) as exc:
        raise ValueError("an Ogg stream whose header pages are whole") from exc

    def frames(file: BinaryIO) -> Iterator[Frame]:
        before: int | None = None  # the granule where the next page's audio starts
        while True:
            try:
                page = _page(file)
            except (EOFError, error):
                return
            if before is None:  # the first audio page: at the headers' granule, unless the
                # stream starts mid-file (a restart), where its own Opus packets say how long
                own = sum(opus_samples(p) for p in page.packets) if packets == 2 and not page.continued else 0
                before = max(last, pre_skip, page.position - own if own else 0)
            if page.serial != serial:  # another logical stream: not one this reader times
                yield Frame(file.tell(), _at(before), _at(before), None)
                continue
            position = page.position if page.position >= 0 else before
            yield Frame(file.tell(), _at(before), _at(position), None if page.continued else b"")
            before = max(before, position)

    def _at(granule: int) -> float:
        return max(0, granule - pre_skip) / rate

    return AudioSource(path, "ogg", mime, header, header_end, header, frames)
