"""Audio files as Corti's sockets take them: which format a file is, its header, and its
chunks cut at frame boundaries with the seconds each spans (the file's own timing).

`open_audio(path, formats, audio_format=...)` reads a file's container from its first
bytes (one module per container: `ogg` with mutagen, `webm`, `mp3`, `flac`, `mp4`, `pcm`
for raw PCM and WAV) and checks it against the config's `audioFormat` and the spec's
`audio-formats` before anything is sent. A WAV becomes raw PCM (its samples, never its
RIFF header), so its config must declare `audio/pcm;rate=..;channels=..;bits=..`.
Reading Ogg needs the `formats` extra (mutagen); the other containers need nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .pcm import pcm_parameters, pcm_source, wav_source
from .source import AudioSource, Chunk, Frame

__all__ = ["AudioSource", "Chunk", "Frame", "declared_mime", "file_format", "open_audio"]

_NAMES = {"ogg": "Ogg", "webm": "WebM", "mp3": "MP3", "flac": "FLAC", "mp4": "MP4", "pcm": "raw PCM"}


def _sniff(head: bytes) -> str | None:
    """The container of a file from its first bytes (`wav` for a RIFF WAVE file)."""
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "webm"
    if head.startswith(b"fLaC"):
        return "flac"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


def declared_mime(audio_format: str | None) -> str | None:
    """The MIME type of an `audioFormat` without its parameters, lower case."""
    if not audio_format:
        return None
    return audio_format.split(";", 1)[0].strip().lower()


def _mime_of(formats: Mapping[str, Any], container: str) -> str:
    """The spec's first MIME type for `container` (the spelling a config should declare)."""
    return next(mime for mime, f in formats.items() if f.container == container)


def file_format(path: str | os.PathLike[str], formats: Mapping[str, Any]) -> str | None:
    """The `audioFormat` a file is, from its first bytes (a WAV: raw PCM with its rate,
    channels and bits); None if it is none of the `formats` or cannot be read."""
    try:
        with open(path, "rb") as file:
            kind = _sniff(file.read(16))
    except OSError:
        return None
    if kind == "wav":
        pcm = next((mime for mime, f in formats.items() if f.container == "pcm"), None)
        source = wav_source(os.fspath(path), pcm) if pcm else None
        return source.mime if source else None
    if kind is None or not any(f.container == kind for f in formats.values()):
        return None
    return _mime_of(formats, kind)


def open_audio(
    path: str | os.PathLike[str], formats: Mapping[str, Any], *, audio_format: str | None = None
) -> AudioSource:
    """`path` as an `AudioSource`, checked against the declared `audio_format` (None: not
    declared) and the accepted `formats` (MIME type -> `AudioFormat`); `ValueError` saying
    what is wrong and what to do, before anything is sent."""
    name = os.fspath(path)
    if not os.path.isfile(name):
        raise ValueError(f"{name!r} is not a readable file")
    with open(name, "rb") as file:
        head = file.read(16)
    kind = _sniff(head)
    declared = declared_mime(audio_format)
    wanted = formats.get(declared) if declared else None
    if kind == "mp3" and not head.startswith(b"ID3") and wanted is not None and wanted.container == "pcm":
        kind = None  # declared raw PCM whose first samples look like an MPEG frame sync
    if declared and wanted is None:
        accepted = ", ".join(sorted(formats))
        raise ValueError(f"audioFormat {audio_format!r} is not one Corti's sockets take ({accepted})")
    pcm = _mime_of(formats, "pcm") if any(f.container == "pcm" for f in formats.values()) else None
    if kind == "wav":
        source = wav_source(name, pcm or "audio/pcm")
        if source is None:
            raise ValueError(
                f"{name!r} is a WAV file whose samples are not plain PCM; "
                "convert it to Ogg/Opus, WebM, MP3 or FLAC"
            )
        if (
            pcm is None
            or wanted is None
            or wanted.container != "pcm"
            or pcm_parameters(audio_format) != pcm_parameters(source.mime)
        ):
            raise ValueError(
                f"{name!r} is WAV, which Corti takes for recording uploads only, not on its sockets. "
                f"Declare its samples as raw PCM, audioFormat {source.mime!r} in the configuration "
                "(the file's own rate, channels and bits; stream_file then sends its samples without "
                "the WAV header), or convert it to Ogg/Opus, WebM, MP3 or FLAC"
            )
        return source
    if kind is None:
        parameters = pcm_parameters(audio_format)
        if wanted is not None and wanted.container == "pcm" and parameters is not None:
            return pcm_source(name, declared or "audio/pcm", parameters)
        raise ValueError(
            f"{name!r} is not a format Corti's sockets take (Ogg, WebM, MP3, FLAC, MP4; raw PCM "
            "declared with its rate, channels and bits in the config's audioFormat)"
        )
    if wanted is not None and wanted.container != kind:
        raise ValueError(
            f"{name!r} is {_NAMES[kind]} but the configuration declares audioFormat {audio_format!r}; "
            f"declare {_mime_of(formats, kind)!r} (or leave audioFormat out)"
        )
    return _open(kind, name, declared or _mime_of(formats, kind))


def _open(kind: str, name: str, mime: str) -> AudioSource:
    try:
        if kind == "ogg":
            from .ogg import ogg_source

            return ogg_source(name, mime)
        if kind == "webm":
            from .webm import webm_source

            return webm_source(name, mime)
        if kind == "flac":
            from .flac import flac_source

            return flac_source(name, mime)
        if kind == "mp4":
            from .mp4 import mp4_source

            return mp4_source(name, mime)
        from .mp3 import mp3_source

        return mp3_source(name, mime)
    except ImportError as exc:
        raise ImportError(
            f"reading {_NAMES[kind]} needs mutagen: pip install 'corti-interactions[formats]'"
        ) from exc
    except ValueError as exc:
        raise ValueError(f"{name!r} is not {exc}") from None
