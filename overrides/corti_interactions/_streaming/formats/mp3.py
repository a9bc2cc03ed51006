"""MP3 (MPEG audio layers I to III): frames timed by their sample counts; no header.

Each frame header gives its length (bitrate, sample rate, padding) and its samples (1152,
576 or 384), so the file is walked frame by frame. A leading ID3v2 tag is skipped (it is
not audio); a trailing ID3v1 tag or junk ends the walk. Every frame is a point a decoder
can start at (the bit reservoir may cost the first frame after a restart: a few ms).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from .source import AudioSource, Frame

__all__ = ["mp3_source", "parse_frame_header"]

# kbit/s by (MPEG-1?, layer) and the header's index 1..14
_BITRATES = {
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_BITRATES[(False, 3)] = _BITRATES[(False, 2)]
_RATES = {3: (44_100, 48_000, 32_000), 2: (22_050, 24_000, 16_000), 0: (11_025, 12_000, 8_000)}


def parse_frame_header(head: bytes) -> tuple[int, int, int] | None:
    """(frame length in bytes, samples, sample rate) of a 4-byte MPEG audio frame header,
    or None if `head` is not one (free-format bitrates included)."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    version, layer_bits = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    index, rate_index, padding = head[2] >> 4, (head[2] >> 2) & 3, (head[2] >> 1) & 1
    if version == 1 or layer_bits == 0 or index in (0, 15) or rate_index == 3:
        return None
    layer, mpeg1 = 4 - layer_bits, version == 3
    bitrate = _BITRATES[(mpeg1, layer)][index - 1] * 1000
    rate = _RATES[version][rate_index]
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4, 384, rate
    samples = 1152 if layer == 2 or mpeg1 else 576
    return samples // 8 * bitrate // rate + padding, samples, rate


def _id3_end(head: bytes) -> int:
    """The end of a leading ID3v2 tag (0 if none)."""
    if head[:3] != b"ID3" or len(head) < 10:
        return 0
    size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
    return 10 + size + (10 if head[5] & 0x10 else 0)


def mp3_source(path: str, mime: str) -> AudioSource:
    """An MP3 file; ValueError naming the problem if its first frame is not where it should be."""
    with open(path, "rb") as file:
        start = _id3_end(file.read(10))
        file.seek(start)
        first = parse_frame_header(file.read(4))
    if first is None:
        raise ValueError("an MP3 file (no MPEG audio frame where its audio should start)")
    _, _, rate = first
    key = f"mp3;rate={rate}".encode()

    def frames(file: BinaryIO) -> Iterator[Frame]:
        samples = 0
        offset = start
        while (parsed := parse_frame_header(file.read(4))) is not None:
            length, count, frame_rate = parsed
            offset += length
            file.seek(offset)
            yield Frame(offset, samples / frame_rate, (samples + count) / frame_rate)
            samples += count

    return AudioSource(path, "mp3", mime, b"", start, key, frames)
