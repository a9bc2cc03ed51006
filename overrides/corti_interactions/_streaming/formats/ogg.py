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

__all__ = ["ogg_source"]


def _codec(first: bytes) -> tuple[int, int, int]:
    """(header packets, granule rate, pre-skip) from the first packet; ValueError if unknown."""
    if first.startswith(b"OpusHead") and len(first) >= 19:
        return 2, 48_000, int.from_bytes(first[10:12], "little")
    if first.startswith(b"\x01vorbis") and len(first) >= 16:
        return 3, int.from_bytes(first[12:16], "little"), 0
    raise ValueError("an Ogg stream of Opus or Vorbis (its first packet is neither)")


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
        before = max(last, pre_skip)
        while True:
            try:
                page = _page(file)
            except (EOFError, error):
                return
            if page.serial != serial:  # another logical stream: not one this reader times
                yield Frame(file.tell(), _at(before), _at(before), None)
                continue
            position = page.position if page.position >= 0 else before
            yield Frame(file.tell(), _at(before), _at(position), None if page.continued else b"")
            before = max(before, position)

    def _at(granule: int) -> float:
        return max(0, granule - pre_skip) / rate

    return AudioSource(path, "ogg", mime, header, header_end, header, frames)
