"""A file's audio as chunks of `chunk_ms`, and when each is due at real-time speed.

Exact for WAV (its header gives the byte rate; the header goes with the first chunk) and raw
PCM (`rate`, `channels`, `bits` from the config's `audioFormat`, e.g.
`audio/pcm;rate=16000;channels=1;bits=16`). A compressed file is paced from `bitrate=`
(bits per second), or sent unpaced with `realtime=False`.
"""

from __future__ import annotations

import os
import re
import wave
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["AudioPlan", "pcm_byte_rate", "plan_file"]

_PARAM = re.compile(r";\s*(rate|channels|bits)\s*=\s*(\d+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AudioPlan:
    """How to send one file: its size, the header to send with the first chunk, the chunk
    size in bytes and the audio bytes per second (None: unknown, cannot be paced)."""

    path: str
    header: int  # bytes before the audio data (a WAV header)
    chunk: int
    byte_rate: float | None

    def chunks(self) -> Iterator[tuple[bytes, float]]:
        """Each chunk with the seconds of audio it holds (0 if unknown); the file is read a
        chunk at a time, so memory stays bounded by one chunk."""
        with open(self.path, "rb") as file:
            first = True
            while True:
                size = self.chunk + (self.header if first else 0)
                data = file.read(size)
                if not data:
                    return
                audio = len(data) - (self.header if first else 0)
                first = False
                yield data, (max(audio, 0) / self.byte_rate if self.byte_rate else 0.0)


def pcm_byte_rate(audio_format: str | None) -> float | None:
    """Bytes per second of raw PCM described by `audioFormat` parameters, else None."""
    if not audio_format:
        return None
    found = {k.lower(): int(v) for k, v in _PARAM.findall(audio_format)}
    if {"rate", "channels", "bits"} <= found.keys():
        return found["rate"] * found["channels"] * found["bits"] / 8
    return None


def _wav(path: str) -> tuple[int, float, int] | None:
    """A WAV file's header length, byte rate and frame size; None if it is not WAV."""
    try:
        with wave.open(path, "rb") as reader:
            frame = reader.getsampwidth() * reader.getnchannels()
            rate = float(reader.getframerate() * frame)
            frames = reader.getnframes()
            header = os.path.getsize(path) - frames * frame
    except (wave.Error, EOFError):
        return None
    return max(header, 0), rate, frame


def plan_file(
    path: str | os.PathLike[str],
    *,
    chunk_ms: int,
    realtime: bool,
    audio_format: str | None = None,
    bitrate: int | None = None,
) -> AudioPlan:
    """How to send `path` in `chunk_ms` chunks; `ValueError` naming the problem if it cannot
    be read or (with `realtime`) paced."""
    if isinstance(chunk_ms, bool) or not isinstance(chunk_ms, int) or not 10 <= chunk_ms <= 10_000:
        raise ValueError(
            f"chunk_ms must be a whole number of milliseconds from 10 to 10000; got {chunk_ms!r}"
        )
    name = os.fspath(path)
    if not os.path.isfile(name):
        raise ValueError(f"stream_file: {name!r} is not a readable file")
    header, frame = 0, 1
    byte_rate: float | None
    if (wav := _wav(name)) is not None:
        header, byte_rate, frame = wav
    elif bitrate is not None:
        if isinstance(bitrate, bool) or not isinstance(bitrate, int) or bitrate <= 0:
            raise ValueError(f"bitrate must be a positive number of bits per second; got {bitrate!r}")
        byte_rate = bitrate / 8
    else:
        byte_rate = pcm_byte_rate(audio_format)
    if byte_rate is None:
        if realtime:
            raise ValueError(
                f"stream_file: cannot pace {name!r} in real time: it is not WAV, and the config's "
                "audioFormat gives no PCM rate/channels/bits; pass bitrate= (bits per second) or "
                "realtime=False"
            )
        return AudioPlan(name, 0, max(1, 16_000 * chunk_ms // 1000 * 2), None)
    chunk = max(frame, int(byte_rate * chunk_ms / 1000) // frame * frame)
    return AudioPlan(name, header, chunk, byte_rate)
