"""`make demo`: the whole life of an interaction through the command line, against a
local fake Corti, then the asynchronous scribe workflow (create, upload a WAV, transcribe
and wait, read and correct the facts, a document from a template, clean up) through the
command line, a note through the guided documents API from the interaction's facts (as a
table) and codes predicted for a sentence, and once more from Python
(`tools/scribe_example.py`, shown in the README).

Starts the fake service on loopback, runs the `corti-interactions` command line as a
subprocess: create, get, update (also through 0.1.0's `update` command), list with a
filter, a dry run, rejected input, a bulk update (list as JSON lines, a filter, then
`update --from -` with its progress and results), real-time streaming (a generated MP3
streamed to the interaction at real-time speed in facts mode, transcripts and facts printed as
they arrive, then the interaction's facts listed) and dictation, delete, then the 404 of a
get. Prints each command with its output, checks each exit code, and stops the service.

With `CORTI_DEMO_REAL=1` (and `CORTI_TENANT_NAME`, `CORTI_ENVIRONMENT` or `CORTI_BASE_URL`,
and credentials), it runs the same steps against that service instead: it creates one
interaction and deletes it at the end.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CLI = [sys.executable, "-m", "corti_interactions"]


@contextmanager
def service() -> Iterator[dict[str, str]]:
    """The environment for the CLI."""
    if os.environ.get("CORTI_DEMO_REAL"):
        print("Using the service from CORTI_* variables\n")
        yield dict(os.environ)
        return
    from corti_interactions.testing import FakeCorti

    with FakeCorti() as fake:
        fake.script(
            "Patient reports a dry cough for two weeks.",
            "No fever, no shortness of breath.",
            "Non-smoker; allergic to penicillin.",
            "Plan: chest X-ray and review in one week.",
            "Next section",
            "Lungs clear on auscultation.",
        )
        for status in ("planned", "completed", "in-progress"):  # something to list beside ours
            fake.add_interaction(encounter={"status": status})
        print(f"Fake Corti service at {fake.base_url} (tenant {fake.tenant_name}), 3 interactions seeded\n")
        yield {
            **{k: v for k, v in os.environ.items() if not k.startswith("CORTI_")},
            "CORTI_BASE_URL": fake.base_url,
            "CORTI_TENANT_NAME": fake.tenant_name,
            "CORTI_CLIENT_ID": fake.client_id,
            "CORTI_CLIENT_SECRET": fake.client_secret,
        }
    print("Fake service stopped.")


def run(title: str, args: list[str], env: dict[str, str], expect: int) -> str:
    print(f"== {title}")
    print("$ corti-interactions " + shlex.join(args))
    done = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=60, check=False)
    output = (done.stdout + done.stderr).rstrip()
    print(output)
    print(f"(exit {done.returncode})\n")
    if done.returncode != expect:
        raise SystemExit(f"demo: expected exit {expect} from: {shlex.join(args)}")
    return done.stdout


def bulk(env: dict[str, str]) -> None:
    """List as JSON lines, keep the planned ones, complete them all with one bulk update."""
    listed = run("Bulk, step 1: list every interaction as JSON lines", ["interactions", "list", "--all",
                 "--page-size", "50", "--format", "jsonl"], env, 0)  # fmt: skip
    selected = [
        json.dumps({"id": item["id"], "encounter": {"status": "completed"}})
        for item in map(json.loads, listed.splitlines())
        if item["encounter"]["status"] in ("planned", "in-progress")
    ]
    print("== Bulk, step 2: a filter keeps the planned and in-progress ones (jq would do the same)")
    print("\n".join(selected) + f"\n({len(selected)} lines)\n")
    with tempfile.TemporaryDirectory() as scratch:
        results = os.path.join(scratch, "results.jsonl")
        args = ["interactions", "update", "--from", "-", "--results", results, "--concurrency", "4",
                "--progress"]  # fmt: skip
        print("== Bulk, step 3: apply them, with progress and a journal to resume from")
        print("$ ... | corti-interactions " + shlex.join(args).replace(results, "results.jsonl"))
        done = subprocess.run([*CLI, *args], env=env, input="\n".join(selected) + "\n", capture_output=True,
                              text=True, timeout=60, check=False)  # fmt: skip
        print(done.stderr.replace("\r", "\n").strip())
        print(f"(exit {done.returncode})\n\nresults.jsonl:")
        with open(results, encoding="utf-8") as file:
            print(file.read())
        if done.returncode != 0:
            raise SystemExit("demo: the bulk update did not apply every line")
        again = subprocess.run([*CLI, *args], env=env, input="\n".join(selected) + "\n", capture_output=True,
                               text=True, timeout=60, check=False)  # fmt: skip
        print("== Bulk, step 4: the same command again: every line is in the journal, nothing is sent")
        print(again.stderr.strip() + f"\n(exit {again.returncode})\n")


def live(title: str, args: list[str], env: dict[str, str]) -> None:
    """Run a command and print each line the moment it arrives, with the time since the start."""
    print(f"== {title}")
    print("$ corti-interactions " + shlex.join(args))
    start = time.monotonic()
    with subprocess.Popen(
        [*CLI, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            print(f"  [{time.monotonic() - start:4.1f} s] {line.rstrip()}")
        code = child.wait(timeout=60)
    print(f"(exit {code}, {time.monotonic() - start:.1f} s)\n")
    if code != 0:
        raise SystemExit(f"demo: expected exit 0 from: {shlex.join(args)}")


def mp3_of(wav: str, mp3: str) -> str:
    """`wav` encoded as MP3 (LAME, from the `lameenc` wheel `make demo` installs): Corti's sockets
    take MP3, not WAV (WAV is for recording uploads)."""
    import wave

    import lameenc  # type: ignore[import-not-found]

    with wave.open(wav, "rb") as reader:
        encoder = lameenc.Encoder()
        encoder.set_bit_rate(32)
        encoder.set_in_sample_rate(reader.getframerate())
        encoder.set_channels(reader.getnchannels())
        encoder.set_quality(5)
        Path(mp3).write_bytes(encoder.encode(reader.readframes(reader.getnframes())) + encoder.flush())
    return mp3


def streaming(interaction_id: str, env: dict[str, str]) -> None:
    """Ambient: stream a visit in real time (facts mode); dictation: a note with interim results."""
    from corti_interactions.testing import write_wav

    with tempfile.TemporaryDirectory() as scratch:
        # LAME adds about 0.1 s (its delay and an Info frame): 3.9 s of samples make a 4.0 s MP3
        visit = mp3_of(
            write_wav(os.path.join(scratch, "visit.wav"), 3.9, tone=True), os.path.join(scratch, "visit.mp3")
        )
        live(
            "Stream a 4 s MP3 visit to the interaction in real time (facts mode), results as they come",
            ["stream", interaction_id, "--file", visit, "--mode", "facts", "--format", "text"],
            env,
        )
        facts = json.loads(
            run("The interaction's facts after the stream (REST)", ["facts", "list", interaction_id], env, 0)
        )["facts"]
        if not facts:
            raise SystemExit("demo: the stream produced no facts")
        run(
            "The note from those facts (a SOAP template), as a table",
            ["documents", "classic", "create", interaction_id, "--template-key", "corti-soap",
             "--output-language", "en", "--context-from", "facts", "--format", "table"],
            env, 0,
        )  # fmt: skip
        note = mp3_of(
            write_wav(os.path.join(scratch, "note.wav"), 1.9, tone=True), os.path.join(scratch, "note.mp3")
        )
        config = {"primaryLanguage": "en", "commands": [{"id": "next-section", "phrases": ["next section"]}]}
        live(
            "Dictate a 2 s MP3 note (/transcribe) with interim results and a voice command, as JSON lines",
            ["transcribe", "--file", note, "--interim", "true", "--config", json.dumps(config)],
            env,
        )


def guided_note(iid: str, env: dict[str, str]) -> None:
    """A note through the guided documents API: Corti's standard SOAP template, the
    interaction's facts as context, not saved (`X-Corti-Retention-Policy: none`)."""
    listed = run("Guided: Corti's standard templates in English", ["documents", "templates", "list",
                 "--source", "corti", "--lang", "en", "--format", "jsonl"], env, 0)  # fmt: skip
    soap = next(t for t in map(json.loads, listed.splitlines()) if t["name"] == "SOAP note")
    body = {"interactionId": iid, "templateRef": {"templateId": soap["id"]}}
    answer = json.loads(run("Guided: a SOAP note from the interaction's facts, not saved",
        ["documents", "generate", "--output-language", "en", "--body", json.dumps(body),
         "--x-corti-retention-policy", "none"], env, 0))  # fmt: skip
    document = answer["document"]
    rows = [(s["heading"], document["stringDocument"].get(s["sectionId"], "")) for s in document["sections"]]
    if not any(text for _, text in rows):
        raise SystemExit("demo: the guided note is empty")
    width = max(len(heading) for heading, _ in rows)
    print("== Guided: the note as a table")
    print("\n".join(f"{heading.ljust(width)}  {text or '-'}" for heading, text in rows) + "\n")


def scribe(env: dict[str, str]) -> None:
    """The asynchronous scribe workflow, one command per step."""
    from corti_interactions.testing import write_wav

    with tempfile.TemporaryDirectory() as scratch:
        recording = write_wav(os.path.join(scratch, "visit.wav"), 5.0, tone=True)
        print(f"== Scribe: a 5-second WAV made for the demo ({os.path.getsize(recording)} bytes)\n")
        created = json.loads(run("Scribe: create an interaction", ["interactions", "create",
            "--encounter-identifier", "enc-scribe-1", "--encounter-status", "in-progress",
            "--encounter-type", "consultation"], env, 0))  # fmt: skip
        iid = created["interactionId"]
        uploaded = json.loads(run("Scribe: upload the recording (streamed from disk)",
                                  ["recordings", "upload", iid, recording], env, 0))  # fmt: skip
        rid = uploaded["recordingId"]
        run("Scribe: transcribe it in the background and wait (polls the status)",
            ["transcripts", "create", iid, "--recording-id", rid, "--primary-language", "en",
             "--async", "true", "--wait", "--format", "table"], env, 0)  # fmt: skip
        facts = json.loads(run("Scribe: the facts the transcript gave", ["facts", "list", iid], env, 0))[
            "facts"
        ]
        run("Scribe: the same as a table", ["facts", "list", iid, "--format", "table"], env, 0)
        vitals = next(f for f in facts if f["group"] == "vitals")
        run("Scribe: correct one fact", ["facts", "update", iid, vitals["id"], "--text",
            "Blood pressure 128/82, no fever."], env, 0)  # fmt: skip
        dictated = {"facts": [{"text": "Plan: paracetamol as needed, review in one week.", "group": "plan"}]}
        run("Scribe: add one the clinician dictated", ["facts", "create", iid, "--body", json.dumps(dictated),
            "--format", "table"], env, 0)  # fmt: skip
        run(
            "Scribe: the catalog's published templates",
            ["templates", "list", "--status", "published", "--lang", "en", "--format", "table"],
            env,
            0,
        )
        document = json.loads(run("Scribe: a SOAP note from the interaction's current facts (one command)",
            ["documents", "classic", "create", iid, "--template-key", "corti-soap", "--output-language", "en",
             "--context-from", "facts"], env, 0))  # fmt: skip
        run("Scribe: the document as a table", ["documents", "classic", "get", iid, document["id"],
            "--format", "table"], env, 0)  # fmt: skip
        guided_note(iid, env)
        sentence = {
            "context": [{"type": "text", "text": "Type 2 diabetes; no fever. Short arm splint applied."}]
        }
        run("Codes predicted for a sentence (ICD-10-CM outpatient, CPT; evidence spans into the text)",
            ["codes", "predict", "--system", "icd10cm-outpatient", "--system", "cpt", "--body",
             json.dumps(sentence)], env, 0)  # fmt: skip
        back = os.path.join(scratch, "back.wav")
        run("Scribe: download the recording (streamed to a file)",
            ["recordings", "get", iid, rid, "-o", back], env, 0)  # fmt: skip
        if Path(back).read_bytes() != Path(recording).read_bytes():
            raise SystemExit("demo: the recording downloaded is not the one uploaded")
        run("Scribe: clean up (the interaction and everything under it)", ["interactions", "delete", iid],
            env, 0)  # fmt: skip
        run("Scribe: its recordings are gone with it: 404", ["recordings", "list", iid], env, 3)
    print("== Scribe, once more from Python (tools/scribe_example.py)")
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("scribe_example.py"))], env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    print((done.stdout + done.stderr).rstrip() + f"\n(exit {done.returncode})\n")
    if done.returncode != 0:
        raise SystemExit("demo: the Python example failed")


def main() -> int:
    with service() as env:
        created = json.loads(
            run(
                "Create an interaction (201)",
                ["interactions", "create", "--encounter-identifier", "enc-demo-1", "--encounter-status",
                 "planned", "--encounter-type", "first_consultation", "--patient-identifier", "P-1001"],
                env, 0,
            )
        )  # fmt: skip
        interaction_id = created["interactionId"]
        run("Get it (table output)", ["interactions", "get", interaction_id, "--format", "table"], env, 0)
        run(
            "Update it: status and period",
            ["interactions", "update", interaction_id, "--encounter-status", "completed",
             "--started-at", "2026-11-25T09:00:00Z", "--ended-at", "2026-11-25T09:30:00Z",
             "--format", "table"],
            env, 0,
        )  # fmt: skip
        before = json.loads(
            run("0.1.0's command still works: an empty update", ["update", interaction_id], env, 0)
        )
        after = json.loads(
            run("Unassign: the service assigns a new user", ["update", interaction_id, "--unassign"], env, 0)
        )
        print(f"assignedUserId: {before['assignedUserId']} -> {after['assignedUserId']}\n")
        if before["assignedUserId"] == after["assignedUserId"]:
            raise SystemExit("demo: the service did not assign a new user id")
        listed = run(
            "List the completed ones, every page (JSON lines)",
            ["interactions", "list", "--encounter-status", "completed", "--page-size", "1", "--all",
             "--format", "jsonl"],
            env, 0,
        )  # fmt: skip
        if interaction_id not in listed:
            raise SystemExit("demo: the list did not find the updated interaction")
        run(
            "Dry run: the exact request, nothing sent",
            ["interactions", "update", interaction_id, "--encounter-status", "cancelled", "--clear-title",
             "--dry-run"],
            env, 0,
        )  # fmt: skip
        run(
            "Rejected input: an unknown status",
            ["interactions", "update", interaction_id, "--encounter-status", "finished"],
            env, 2,
        )  # fmt: skip
        run("Rejected input: not a UUID", ["interactions", "get", "../etc"], env, 2)
        bulk(env)
        streaming(interaction_id, env)
        run("Delete it (204, nothing printed)", ["interactions", "delete", interaction_id], env, 0)
        run("Get it again: 404", ["interactions", "get", interaction_id], env, 3)
        scribe(env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
