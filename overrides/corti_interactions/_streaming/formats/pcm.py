"""Raw PCM and WAV: samples at a declared rate, channels and bits; no header to send.

A WAV file is sent as raw PCM (its data chunk only, never the RIFF header: Corti takes WAV
for recording uploads only), so the config must declare the WAV's parameters as raw PCM.
"""

from __future__ import annotations

import os
import re
import wave
from collections.abc import Callable, Iterator
from typing import BinaryIO

from .source import AudioSource, Frame

__all__ = ["PCM_FRAME_MS", "pcm_mime", "pcm_parameters", "pcm_source", "wav_source"]

PCM_FRAME_MS = 10  # raw PCM is cut every 10 ms (any sample boundary would do)
_PARAM = re.compile(r";\s*(rate|channels|bits)\s*=\s*(\d+)", re.IGNORECASE)


def pcm_parameters(audio_format: str | None) -> tuple[int, int, int] | None:
    """(rate, channels, bits) of a raw PCM `audioFormat`, or None if it does not give all three."""
    found = {k.lower(): int(v) for k, v in _PARAM.findall(audio_format or "")}
    if {"rate", "channels", "bits"} <= found.keys() and all(found.values()):
        return found["rate"], found["channels"], found["bits"]
    return None


def pcm_mime(mime: str, rate: int, channels: int, bits: int) -> str:
    """The raw PCM `audioFormat` for these parameters, under the spec's spelling `mime`."""
    return f"{mime};rate={rate};channels={channels};bits={bits}"


def _frames(
    data_start: int, data_end: int, byte_rate: int, frame: int
) -> Callable[[BinaryIO], Iterator[Frame]]:
    step = max(frame, byte_rate * PCM_FRAME_MS // 1000 // frame * frame)

    def read(_: BinaryIO) -> Iterator[Frame]:
        for start in range(data_start, data_end, step):
            end = min(start + step, data_end)
            yield Frame(end, (start - data_start) / byte_rate, (end - data_start) / byte_rate)

    return read


def pcm_source(path: str, mime: str, parameters: tuple[int, int, int]) -> AudioSource:
    """A raw PCM file (no header) with the declared (rate, channels, bits)."""
    rate, channels, bits = parameters
    frame = channels * max(1, bits // 8)
    size = os.path.getsize(path) // frame * frame
    return AudioSource(
        path, "pcm", pcm_mime(mime, rate, channels, bits), b"", 0,
        pcm_mime(mime, rate, channels, bits).encode(), _frames(0, size, rate * frame, frame), size,
    )  # fmt: skip


def _data_offset(path: str) -> int | None:
    """Where a WAV's `data` chunk's samples start (the RIFF chunks walked from the top)."""
    with open(path, "rb") as file:
        if file.read(12)[8:12] != b"WAVE":
            return None
        while len(head := file.read(8)) == 8:
            if head[:4] == b"data":
                return file.tell()
            file.seek(int.from_bytes(head[4:], "little") + (int.from_bytes(head[4:], "little") & 1), 1)
    return None


def wav_source(path: str, mime: str) -> AudioSource | None:
    """A WAV file as raw PCM (its data chunk), or None if it is not a PCM WAV."""
    try:
        with wave.open(path, "rb") as reader:
            channels, width, rate = reader.getnchannels(), reader.getsampwidth(), reader.getframerate()
            frames = reader.getnframes()
    except (wave.Error, EOFError):
        return None
    start = _data_offset(path)
    if start is None:
        return None
    frame = channels * width
    end = start + frames * frame
    declared = pcm_mime(mime, rate, channels, width * 8)
    return AudioSource(
        path, "pcm", declared, b"", start, declared.encode(), _frames(start, end, rate * frame, frame), end
    )
