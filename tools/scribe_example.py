"""The asynchronous scribe workflow from Python, as the README shows it (`make demo` runs it).

Reads the connection from the `CORTI_*` variables (the demo points them at the fake).
"""

from __future__ import annotations

import io
import tempfile
import wave
from pathlib import Path

from corti_interactions import CortiClient

__all__ = ["main"]


def recording(path: Path, seconds: int = 3, rate: int = 16000) -> Path:
    """A silent WAV to upload."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(rate)
        audio.writeframes(b"\0\0" * rate * seconds)
    path.write_bytes(buffer.getvalue())
    return path


def main() -> None:
    """Create, upload, transcribe and wait, correct a fact, write a note, clean up."""
    with tempfile.TemporaryDirectory() as scratch, CortiClient() as client:
        # --8<-- [start:workflow]
        interaction = client.interactions.create(
            encounter={"identifier": "enc-42", "status": "in-progress", "type": "consultation"}
        )
        iid = interaction.interaction_id
        upload = client.recordings.upload(iid, recording(Path(scratch) / "visit.wav"))
        transcript = client.transcripts.create_and_poll(
            iid, recording_id=upload.recording_id, primary_language="en", async_=True, timeout=120
        )
        print(
            f"transcript {transcript.id}: {transcript.status}, {len(transcript.transcripts or [])} segments"
        )
        first = client.facts.list(iid).facts[0]
        if isinstance(first.id, str):  # typed `str | Unset`: the spec leaves a fact's id optional
            client.facts.update(iid, first.id, text="Headache since yesterday, worse in the morning.")
        current = [
            {"text": f.text, "group": f.group} for f in client.facts.list(iid).facts if not f.is_discarded
        ]
        note = client.documents.classic.create(
            iid, context=[{"type": "facts", "data": current}], template_key="corti-soap", output_language="en"
        )
        for section in note.sections:
            print(f"{section.name}: {section.text}")
        with client.recordings.with_streaming_response.get(iid, upload.recording_id) as audio:
            audio.write_to_file(Path(scratch) / "copy.wav")  # streamed, constant memory
        client.interactions.delete(iid)  # and everything under it
        # --8<-- [end:workflow]


if __name__ == "__main__":
    main()
