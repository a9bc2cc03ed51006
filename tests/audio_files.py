"""Small audio files of each container Corti's sockets take, written for tests.

Their framing and timing are real (Ogg pages with granule positions and CRCs, WebM
clusters and blocks, FLAC frames with CRCs, MP4 sample tables); the payload of an Opus,
WebM or AAC frame is filler, since the client never decodes audio. MP3 comes from LAME
(`lameenc`, in the dev extra) and is real audio.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["flac_file", "mp3_file", "mp4_file", "ogg_opus_file", "webm_file"]

RATE = 16_000


def ogg_opus_file(
    path: str | os.PathLike[str], seconds: float, *, pre_skip: int = 312, packets_per_page: int = 10
) -> str:
    """An Ogg Opus file of 20 ms packets (granules at 48 kHz), `packets_per_page` a page."""
    from mutagen.ogg import OggPage

    new_page: Callable[[], Any] = OggPage
    head = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", pre_skip, RATE, 0, 0)
    tags = b"OpusTags" + struct.pack("<I", 4) + b"test" + struct.pack("<I", 0)
    total = round(seconds / 0.02)
    pages, granule, done = [], 0, 0
    for number, packets in enumerate([[head], [tags]]):
        page = new_page()
        page.packets, page.position, page.serial, page.sequence, page.first = (
            packets,
            0,
            77,
            number,
            number == 0,
        )
        pages.append(page)
    while done < total:
        count = min(packets_per_page, total - done)
        page = new_page()
        page.packets = [bytes([0xF8]) + bytes(40 + i % 7) for i in range(count)]
        done += count
        granule = pre_skip + done * 960
        page.position, page.serial, page.sequence = granule, 77, len(pages)
        page.last = done >= total
        pages.append(page)
    Path(path).write_bytes(b"".join(bytes(p.write()) for p in pages))
    return os.fspath(path)


def _ebml(ident: int, body: bytes) -> bytes:
    size = len(body)
    return (
        ident.to_bytes((ident.bit_length() + 7) // 8, "big") + (0x10000000 | size).to_bytes(4, "big") + body
    )


def _uint(ident: int, value: int) -> bytes:
    return _ebml(ident, value.to_bytes(4, "big"))


def webm_file(
    path: str | os.PathLike[str],
    seconds: float,
    *,
    cluster_ms: int = 1000,
    block_ms: int = 20,
    offset_ms: int = 0,
) -> str:
    """A WebM file: one audio track, a cluster every `cluster_ms`, a block every `block_ms`;
    its timecodes start at `offset_ms` (a file cut from a longer recording)."""
    header = _ebml(0x1A45DFA3, _uint(0x4286, 1) + _ebml(0x4282, b"webm"))
    info = _ebml(0x1549A966, _uint(0x2AD7B1, 1_000_000))
    tracks = _ebml(0x1654AE6B, _ebml(0xAE, _uint(0xD7, 1) + _uint(0x83, 2) + _ebml(0x86, b"A_OPUS")))
    clusters = b""
    total = round(seconds * 1000)
    for start in range(0, total, cluster_ms):
        blocks = b"".join(
            _ebml(0xA3, b"\x81" + struct.pack(">h", t - start) + b"\x80" + bytes(30 + t % 11))
            for t in range(start, min(start + cluster_ms, total), block_ms)
        )
        clusters += _ebml(0x1F43B675, _uint(0xE7, start + offset_ms) + blocks)
    Path(path).write_bytes(header + _ebml(0x18538067, info + tracks + clusters))
    return os.fspath(path)


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def _crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x8005) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def flac_file(path: str | os.PathLike[str], seconds: float, *, block: int = 1024) -> str:
    """A valid FLAC file (16 kHz mono 16-bit) of constant-value frames of `block` samples;
    sample values of 0xFF0F make bytes in the audio that look like a sync code."""
    total = round(seconds * RATE)
    info = struct.pack(">HH", block, block) + b"\x00\x00\x00\x00\x00\x00"
    info += ((RATE << 44) | (0 << 41) | (15 << 36) | total).to_bytes(8, "big") + bytes(16)
    out = b"fLaC" + bytes([0x80]) + len(info).to_bytes(3, "big") + info
    for number, start in enumerate(range(0, total, block)):
        samples = min(block, total - start)
        code = 10 if samples == block else 7  # 1024, or a 16-bit size at the end
        head = bytes([0xFF, 0xF8, (code << 4) | 5, 0x08]) + _utf8(number)
        if code == 7:
            head += (samples - 1).to_bytes(2, "big")
        head += bytes([_crc8(head)])
        frame = head + b"\x00" + b"\xff\xf8"  # a CONSTANT subframe of value 0xFFF8
        out += frame + _crc16(frame).to_bytes(2, "big")
    Path(path).write_bytes(out)
    return os.fspath(path)


def _utf8(value: int) -> bytes:
    if value < 0x80:
        return bytes([value])
    if value < 0x800:
        return bytes([0xC0 | value >> 6, 0x80 | value & 0x3F])
    return bytes([0xE0 | value >> 12, 0x80 | (value >> 6) & 0x3F, 0x80 | value & 0x3F])


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(body), kind) + body


def mp4_file(
    path: str | os.PathLike[str], seconds: float, *, per_chunk: int = 5, moov_first: bool = True
) -> str:
    """An M4A-like file: an audio track of 1024-sample frames at 16 kHz (64 ms), sizes
    varying, `per_chunk` samples a chunk; `moov_first=False` puts the index after the audio."""
    count = round(seconds * RATE / 1024)
    sizes = [120 + (i * 37) % 90 for i in range(count)]
    payload = b"".join(bytes([i % 251]) * size for i, size in enumerate(sizes))
    ftyp = _box(b"ftyp", b"M4A \x00\x00\x00\x00M4A isom")

    def moov(data_at: int) -> bytes:
        chunks = [sizes[i : i + per_chunk] for i in range(0, count, per_chunk)]
        offsets, at = [], data_at
        for chunk in chunks:
            offsets.append(at)
            at += sum(chunk)
        stbl = (
            _box(b"stts", struct.pack(">III", 0, 1, count) + struct.pack(">I", 1024))
            + _box(b"stsc", struct.pack(">II", 0, 1) + struct.pack(">III", 1, per_chunk, 1))
            + _box(b"stsz", struct.pack(">III", 0, 0, count) + struct.pack(f">{count}I", *sizes))
            + _box(b"stco", struct.pack(">II", 0, len(offsets)) + struct.pack(f">{len(offsets)}I", *offsets))
        )
        mdhd = _box(b"mdhd", struct.pack(">IIIIIHH", 0, 0, 0, RATE, count * 1024, 0, 0))
        hdlr = _box(b"hdlr", struct.pack(">II4s", 0, 0, b"soun") + bytes(12) + b"sound\x00")
        return _box(b"moov", _box(b"trak", _box(b"mdia", mdhd + hdlr + _box(b"minf", _box(b"stbl", stbl)))))

    if moov_first:
        size = len(moov(0))
        data = ftyp + moov(len(ftyp) + size + 8) + _box(b"mdat", payload)
    else:
        data = ftyp + _box(b"mdat", payload) + moov(len(ftyp) + 8)
    Path(path).write_bytes(data)
    return os.fspath(path)


def mp3_file(path: str | os.PathLike[str], seconds: float, *, rate: int = RATE, kbps: int = 32) -> str:
    """An MP3 of a tone, encoded by LAME (`lameenc`): CBR, so every frame has one length."""
    import lameenc  # type: ignore[import-not-found]

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(kbps)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(7)
    samples = round(seconds * rate)
    pcm = b"".join(struct.pack("<h", 3000 if (i // 20) % 2 else -3000) for i in range(samples))
    Path(path).write_bytes(encoder.encode(pcm) + encoder.flush())
    return os.fspath(path)
