"""FLAC: the `fLaC` marker and metadata blocks as the header, then frames timed by their
own headers (frame or sample number, block size) against STREAMINFO's sample rate.

Frames are found by their sync code and kept only when the header's CRC-8 checks and its
number follows the previous frame's, so audio bytes that look like a sync code are not
taken for one. Every frame is a point a decoder can start at.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from .source import AudioSource, Frame

__all__ = ["flac_source"]

_BLOCK = {1: 192, 2: 576, 3: 1152, 4: 2304, 5: 4608, 8: 256, 9: 512, 10: 1024, 11: 2048, 12: 4096,
          13: 8192, 14: 16384, 15: 32768}  # fmt: skip
_READ = 1 << 16


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def _utf8_number(data: bytes, at: int) -> tuple[int, int] | None:
    """The UTF-8-style coded number at `at` and its length in bytes."""
    first = data[at]
    if first < 0x80:
        return first, 1
    length = next(
        (n for n in range(2, 8) if first & (0xFF << (8 - n - 1)) & 0xFF == (0xFF << (8 - n)) & 0xFF), 0
    )
    if not length or at + length > len(data):
        return None
    value = first & (0x7F >> length)
    for byte in data[at + 1 : at + length]:
        if byte & 0xC0 != 0x80:
            return None
        value = (value << 6) | (byte & 0x3F)
    return value, length


def _frame_header(data: bytes, at: int, block: int) -> tuple[int, int, bool] | None:
    """(frame or sample number, samples in the frame, variable blocking) of a frame header at
    `at`, or None if its CRC-8 or fields do not check."""
    if len(data) < at + 6 or data[at] != 0xFF or data[at + 1] not in (0xF8, 0xF9) or data[at + 3] & 1:
        return None
    code, rate_code = data[at + 2] >> 4, data[at + 2] & 0xF
    if code == 0 or rate_code == 15 or (data[at + 3] >> 4) > 10:
        return None
    number = _utf8_number(data, at + 4)
    if number is None:
        return None
    end = at + 4 + number[1]
    samples = _BLOCK.get(code, block)
    if code in (6, 7):
        samples = int.from_bytes(data[end : end + code - 5], "big") + 1
        end += code - 5
    end += {12: 1, 13: 2, 14: 2}.get(rate_code, 0)
    if end >= len(data) or _crc8(data[at:end]) != data[end]:
        return None
    return number[0], samples, data[at + 1] == 0xF9


def flac_source(path: str, mime: str) -> AudioSource:
    """A FLAC file; ValueError naming the problem if it is not one."""
    with open(path, "rb") as file:
        if file.read(4) != b"fLaC":
            raise ValueError("a FLAC file (it does not start with fLaC)")
        info = b""
        while True:
            head = file.read(4)
            if len(head) < 4:
                raise ValueError("a FLAC file whose metadata blocks are whole")
            body = file.read(int.from_bytes(head[1:], "big"))
            if head[0] & 0x7F == 0:
                info = body
            if head[0] & 0x80:
                break
        header_end = file.tell()
        file.seek(0)
        header = file.read(header_end)
    if len(info) < 18:
        raise ValueError("a FLAC file with a STREAMINFO block")
    block = int.from_bytes(info[2:4], "big")
    packed = int.from_bytes(info[10:13], "big")
    rate, channels, bits = (
        packed >> 4,
        ((info[12] >> 1) & 7) + 1,
        (((info[12] & 1) << 4) | (info[13] >> 4)) + 1,
    )
    if rate == 0:
        raise ValueError("a FLAC file with a sample rate in STREAMINFO")

    def frames(file: BinaryIO) -> Iterator[Frame]:
        buffer, base, pos = b"", header_end, 0  # base: the file offset of buffer[0]
        current: tuple[int, int, int] | None = None  # the frame found last: offset, first sample, samples
        eof = False
        while True:
            more = file.read(_READ)
            eof, buffer = not more, buffer + more
            while (at := buffer.find(b"\xff", pos)) >= 0:
                if len(buffer) - at < 16 and not eof:
                    break
                pos = at + 1
                parsed = _frame_header(buffer, at, block)
                if parsed is None:
                    continue
                number, samples, variable = parsed
                start = number if variable else number * block
                if current is not None and start != current[1] + current[2]:
                    continue  # a sync code inside the audio, not a frame
                if current is not None:
                    yield Frame(base + at, current[1] / rate, (current[1] + current[2]) / rate)
                current = (base + at, start, samples)
            else:
                pos = len(buffer)
            if eof:
                if current is not None:
                    yield Frame(base + len(buffer), current[1] / rate, (current[1] + current[2]) / rate)
                return
            buffer, base, pos = buffer[pos:], base + pos, 0

    key = f"flac;rate={rate};channels={channels};bits={bits}".encode()
    return AudioSource(path, "flac", mime, header, header_end, key, frames)
