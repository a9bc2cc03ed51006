"""What the fake's scribe resources keep: recordings, transcripts, facts and documents per
interaction, and the helpers their routes share."""

from __future__ import annotations

import contextlib
import copy
import io
import os
import shutil
import tempfile
import threading
import time
import uuid
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from starlette.requests import Request
from starlette.responses import Response

from corti_interactions.testing._catalog import (
    FIXED_TEXT,
    SCRIPT,
    SECTIONS,
    TEMPLATES,
    extract_facts,
    group_id,
)

__all__ = ["MAX_BYTES", "MEMORY_LIMIT", "ErrorFn", "Routes", "ScribeState"]

MEMORY_LIMIT = 64 * 1024  # recordings above this go to disk
MAX_BYTES = 157286400  # the spec's x-max-bytes: 150 MiB


@dataclass
class _Recording:
    size: int
    content_type: str
    data: bytes | None = None  # small recordings
    path: str | None = None  # large ones, on disk

    def open(self) -> IO[bytes]:
        if self.path is not None:
            return open(self.path, "rb")  # the caller closes it
        return io.BytesIO(self.data or b"")


@dataclass
class ScribeState:
    """What hangs under each interaction; every access holds the fake's lock."""

    lock: threading.Lock
    stamp: Callable[[], str]
    transcript_delay: float = 0.2
    sync_seconds: float = 60.0
    status_retry_after: float | None = None
    fail_transcripts: int = 0  # the next N transcripts end `failed`
    recordings: dict[str, dict[str, _Recording]] = field(default_factory=dict)
    transcripts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    facts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    documents: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    folder: str | None = None
    # this fake's template catalog: the seeded one, plus what `FakeCorti.add_catalog` adds
    sections: dict[str, dict[str, Any]] = field(default_factory=lambda: dict(SECTIONS))
    templates: dict[str, dict[str, Any]] = field(default_factory=lambda: dict(TEMPLATES))

    def _file(self) -> str:
        if self.folder is None:
            self.folder = tempfile.mkdtemp(prefix="corti-fake-recordings-")
        return os.path.join(self.folder, f"{uuid.uuid4()}.bin")

    def drop(self, interaction_id: str) -> None:
        """Delete everything under an interaction (it was deleted)."""
        for recording in self.recordings.pop(interaction_id, {}).values():
            if recording.path:
                _remove(recording.path)
        for table in (self.transcripts, self.facts, self.documents):
            table.pop(interaction_id, None)

    def reset(self) -> None:
        """Forget everything (and remove the recordings' folder)."""
        self.recordings.clear()
        self.transcripts.clear()
        self.facts.clear()
        self.documents.clear()
        self.fail_transcripts = 0
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    # -- transcripts ------------------------------------------------------------------------
    def settle(self, interaction_id: str) -> None:
        """Finish the transcripts whose time has come (and add the facts they state)."""
        now = time.monotonic()
        for transcript in self.transcripts.get(interaction_id, {}).values():
            if transcript["status"] == "processing" and now >= transcript["_ready_at"]:
                self._finish(interaction_id, transcript)

    def _finish(self, interaction_id: str, transcript: dict[str, Any]) -> None:
        if transcript["_fail"]:
            transcript["status"] = "failed"
            return
        transcript["status"] = "completed"
        transcript["transcripts"] = transcript["_segments"]
        text = " ".join(s["text"] for s in transcript["_segments"])
        self.add_facts(interaction_id, [{**f, "source": "core"} for f in extract_facts(text)])

    def add_facts(self, interaction_id: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Store new facts; returns them."""
        table = self.facts.setdefault(interaction_id, {})
        added = []
        for given in facts:
            stamp = self.stamp()
            fact = {
                "id": str(uuid.uuid4()),
                "text": given["text"],
                "group": given["group"],
                "groupId": group_id(given["group"]),
                "isDiscarded": False,
                "source": given.get("source") or "user",
                "createdAt": stamp,
                "updatedAt": stamp,
                "evidence": [],
            }
            table[fact["id"]] = fact
            added.append(copy.deepcopy(fact))
        return added


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def _segments(recording: _Recording) -> tuple[list[dict[str, Any]], float]:
    """The transcript's segments and the audio's length in seconds."""
    try:
        with recording.open() as file, wave.open(file) as audio:
            seconds = audio.getnframes() / float(audio.getframerate() or 1)
    except (wave.Error, EOFError, OSError):
        return [_segment(0, FIXED_TEXT, 0, 1000)], 1.0
    count = max(1, int(seconds))
    return [_segment(i, SCRIPT[i % len(SCRIPT)], i * 1000, (i + 1) * 1000) for i in range(count)], seconds


def _segment(index: int, text: str, start: int, end: int) -> dict[str, Any]:
    return {
        "channel": 0,
        "participant": index % 2,
        "speakerId": index % 2,
        "text": text,
        "start": start,
        "end": end,
    }


def _public(transcript: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in transcript.items() if not k.startswith("_")}


def _usage(credits: float = 0.5) -> dict[str, float]:
    return {"creditsConsumed": credits}


ErrorFn = Callable[..., Response]


@dataclass
class Routes:
    """What every scribe route shares: the state, the error answer, and id checks."""

    scribe: ScribeState
    error: ErrorFn

    def not_found(self, what: str) -> Response:
        return self.error(404, "A0007", f"{what} not found", str(uuid.uuid4()))

    @staticmethod
    def sub_id(request: Request, name: str) -> str | None:
        """A nested id from the path, canonical; None if it is not a UUID."""
        value = request.path_params[name]
        try:
            canonical = str(uuid.UUID(value))
        except ValueError:
            return None
        return canonical if canonical == value.lower() and len(value) == 36 else None

    def bad_id(self, what: str) -> Response:
        return self.error(400, "A0008", f"Invalid {what} id (not a UUID)", str(uuid.uuid4()))
