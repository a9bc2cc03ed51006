"""Audio to stream in tests and demos: a WAV file of a given length, written in pieces."""

from __future__ import annotations

import os
import wave

__all__ = ["write_wav"]

RATE = 16_000


def write_wav(path: str | os.PathLike[str], seconds: float, *, tone: bool = False) -> str:
    """Write `seconds` of 16 kHz mono 16-bit audio (silence, or a quiet square wave) to
    `path` as WAV and return the path; the fake transcribes it a segment per second."""
    frames = int(RATE * seconds)
    second = bytes(((i // 20) % 2) * 16 for i in range(RATE * 2)) if tone else bytes(RATE * 2)
    with wave.open(os.fspath(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        for start in range(0, frames, RATE):
            out.writeframes(second[: (min(RATE, frames - start)) * 2])
    return os.fspath(path)
