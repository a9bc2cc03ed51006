"""How many seconds of audio the fake's sockets have received, read from the stream itself.

Raw PCM counts bytes at its declared rate, channels and bits; MP3 counts its frames' samples
(each frame header says how many); Ogg reads its pages' granule positions, from the start
of the connection's first audio page (its Opus packets say how long it is; a connection
that starts mid-file counts from there). Other containers (WebM, FLAC, MP4) are counted at
16 kB a second (inferred). Bytes are kept only until a frame or page is whole, so memory
stays bounded.
"""

from __future__ import annotations

import re

from corti_interactions._streaming.formats.mp3 import parse_frame_header
from corti_interactions._streaming.formats.ogg import opus_samples

__all__ = ["AudioClock"]

UNKNOWN_BYTE_RATE = 16_000.0  # compressed audio this clock does not read: bytes as a second
_PCM = re.compile(r";\s*(rate|channels|bits)\s*=\s*(\d+)", re.IGNORECASE)
_MAX_CARRY = 1 << 17  # more than any Ogg page or MP3 frame


class AudioClock:
    """The seconds of one connection's audio, fed chunk by chunk."""

    def __init__(self, audio_format: str | None) -> None:
        found = {k.lower(): int(v) for k, v in _PCM.findall(audio_format or "")}
        self._byte_rate = (
            found["rate"] * found["channels"] * found["bits"] / 8
            if {"rate", "channels", "bits"} <= found.keys()
            else None
        )
        self._kind: str | None = "pcm" if self._byte_rate else None
        self._carry = bytearray()
        self._bytes = 0
        self._seconds = 0.0
        self._granule_rate, self._opus = 48_000, False
        self._base: int | None = None  # the granule where this connection's audio starts

    @property
    def seconds(self) -> float:
        """The audio received so far, in seconds."""
        if self._kind in ("mp3", "ogg"):
            return self._seconds
        return self._bytes / (self._byte_rate or UNKNOWN_BYTE_RATE)

    def add(self, chunk: bytes) -> None:
        """Count one chunk of audio."""
        if self._kind is None:
            start = chunk[:4]
            self._kind = "ogg" if start == b"OggS" else "mp3" if _is_mp3(chunk) else "other"
        self._bytes += len(chunk)
        if self._kind == "mp3":
            self._carry += chunk
            self._mp3()
        elif self._kind == "ogg":
            self._carry += chunk
            self._ogg()
        if len(self._carry) > _MAX_CARRY:
            del self._carry[: len(self._carry) - _MAX_CARRY]

    def _mp3(self) -> None:
        carry = self._carry
        while len(carry) >= 10:
            if carry[:3] == b"ID3":
                size = 10 + ((carry[6] << 21) | (carry[7] << 14) | (carry[8] << 7) | carry[9])
                if len(carry) < size:
                    return
                del carry[:size]
                continue
            parsed = parse_frame_header(bytes(carry[:4]))
            if parsed is None:
                del carry[:1]  # not at a frame: look for the next one
                continue
            length, samples, rate = parsed
            if len(carry) < length:
                return
            self._seconds += samples / rate
            del carry[:length]

    def _ogg(self) -> None:
        carry = self._carry
        while len(carry) >= 27:
            if carry[:4] != b"OggS":
                del carry[:1]
                continue
            segments = carry[26]
            if len(carry) < 27 + segments:
                return
            size = 27 + segments + sum(carry[27 : 27 + segments])
            if len(carry) < size:
                return
            body = bytes(carry[27 + segments : size])
            if body.startswith(b"OpusHead"):
                self._granule_rate, self._opus = 48_000, True
            elif body.startswith(b"\x01vorbis"):
                self._granule_rate, self._opus = int.from_bytes(body[12:16], "little") or 1, False
            granule = int.from_bytes(carry[6:14], "little", signed=True)
            if granule > 0:
                if self._base is None:  # the first audio page: where does its audio start?
                    own = sum(opus_samples(p) for p in _packets(carry[27 : 27 + segments], body))
                    self._base = granule - own if self._opus and not carry[5] & 1 else granule
                self._seconds = max(self._seconds, (granule - self._base) / self._granule_rate)
            del carry[:size]


def _packets(lacing: bytes | bytearray, body: bytes) -> list[bytes]:
    """The packets that end on a page, from its segment table (a lacing value under 255 ends one)."""
    packets, at, length = [], 0, 0
    for value in lacing:
        length += value
        if value < 255:
            packets.append(body[at : at + length])
            at, length = at + length, 0
    return packets


def _is_mp3(chunk: bytes) -> bool:
    return chunk[:3] == b"ID3" or parse_frame_header(chunk[:4]) is not None
