"""Corti's JavaScript SDK drives the scribe workflow against the fake: upload a recording,
transcribe it (sync, and async then polled with the SDK's `getStatus`), download it, facts
(list, create, update, batch update, extract, groups), documents (the SDK 1.0.0 names them
`documents.*`; this client's `documents.classic`), templates and their sections, deletes.

Every answer must parse in the SDK without its "Failed to validate." warning (`run_sdk`
checks), and every request the SDK sends must be one the fake (which validates against the
spec) accepts: the SDK, written by Corti, is the oracle for paths, bodies and shapes."""

from __future__ import annotations

import base64
import time
from typing import Any

from corti_interactions.testing import FakeCorti

from tests.test_scribe_operations import wav

from .conftest import Recorder
from .test_corti_sdk import SECTION, fake, node, ok, run_sdk  # noqa: F401 - fixtures

SCRIBE_SECTION = f"{SECTION}: the scribe workflow"


def call(resource: str, method: str, *args: Any) -> dict[str, Any]:
    return {"op": "call", "resource": resource, "method": method, "args": list(args)}


def paths(run: Any, name: str) -> list[str]:
    return [f"{e['method']} {e['path']}" for e in run.wire(name)]


def test_recordings_and_transcripts(node: str, fake: FakeCorti, record: Recorder) -> None:  # noqa: F811
    iid = fake.add_interaction()["id"]
    audio = wav(3)
    run = run_sdk(node, fake, ("upload", [call("recordings", "upload", {"$bytes": base64.b64encode(audio).decode()}, iid),
                                          call("recordings", "list", iid)]))  # fmt: skip
    uploaded, listed = run.steps("upload")
    rid = ok(uploaded)["recordingId"]
    assert uploaded["status"] == 201
    assert ok(listed) == {"recordings": [rid]}
    assert fake.recording_bytes(iid, rid) == audio  # the SDK's upload, byte for byte
    sent = run.wire("upload")[0]
    assert (sent["method"], sent["path"]) == ("POST", f"/v2/interactions/{iid}/recordings/")
    assert sent["headers"]["content-type"] == "application/octet-stream"

    # SDK 1.0.0 has no `async` field: a recording over the fake's synchronous window (60 s
    # of audio) goes to the background, as one past Corti's 25 s window does.
    long = wav(61)
    run = run_sdk(node, fake, ("transcribe", [
        call("recordings", "upload", {"$bytes": base64.b64encode(long).decode()}, iid),
        call("transcripts", "create", iid, {"recordingId": rid, "primaryLanguage": "en"}),
        call("recordings", "get", iid, rid),
    ]))  # fmt: skip
    long_upload, sync, download = run.steps("transcribe")
    long_rid = ok(long_upload)["recordingId"]
    run = run_sdk(node, fake, ("background", [
        call("transcripts", "create", iid, {"recordingId": long_rid, "primaryLanguage": "en"}),
    ]))  # fmt: skip
    (background,) = run.steps("background")
    assert (sync["status"], ok(sync)["status"], len(ok(sync)["transcripts"])) == (201, "completed", 3)
    assert (background["status"], ok(background)["status"]) == (202, "processing")
    assert base64.b64decode(ok(download)["$bytes"]) == audio
    tid = ok(background)["id"]
    time.sleep(0.3)  # the fake's transcript_delay (0.2 s)
    run = run_sdk(node, fake, ("poll", [
        call("transcripts", "getStatus", iid, tid),
        call("transcripts", "get", iid, tid),
        call("transcripts", "list", iid, {"full": True}),
        call("transcripts", "delete", iid, tid),
        call("transcripts", "getStatus", iid, tid),
        call("recordings", "delete", iid, long_rid),
        call("recordings", "get", iid, long_rid),
    ]))  # fmt: skip
    status, got, listed, deleted, gone, removed, missing = run.steps("poll")
    assert ok(status) == {"status": "completed"}
    assert (
        next(s["text"] for s in ok(got)["transcripts"])
        == "The patient reports a headache since yesterday morning."
    )
    assert len(ok(listed)["transcripts"]) == 2 and "transcript" in ok(listed)["transcripts"][0]
    assert len(ok(got)["transcripts"]) == 61  # one segment per second of audio
    assert (deleted["status"], removed["status"]) == (204, 204)
    assert (gone["error"]["statusCode"], missing["error"]["statusCode"]) == (404, 404)
    assert paths(run, "poll")[0] == f"GET /v2/interactions/{iid}/transcripts/{tid}/status"
    assert run.wire("poll")[2]["rawQuery"] == "full=true"
    record(
        SCRIBE_SECTION,
        "recordings and transcripts: upload, list, get (bytes), create 201/202, getStatus, get, list full, delete",
        14,
        "the fake stored the SDK's bytes; every answer parsed in the SDK; 404 after deletes",
    )


def test_facts(node: str, fake: FakeCorti, record: Recorder) -> None:  # noqa: F811
    iid = fake.add_interaction()["id"]
    run = run_sdk(node, fake, ("facts", [
        call("facts", "create", iid, {"facts": [{"text": "Takes 5 mg aspirin.", "group": "medications"},
                                                {"text": "No fever.", "group": "vitals", "source": "user"}]}),
        call("facts", "list", iid),
        call("facts", "factGroupsList"),
        call("facts", "extract", {"context": [{"type": "text", "text": "Reports pain. Plan: rest."}],
                                  "outputLanguage": "en"}),
    ]))  # fmt: skip
    created, listed, groups, extracted = run.steps("facts")
    assert created["status"] == 200
    first, second = (f["id"] for f in ok(created)["facts"])
    assert [f["text"] for f in ok(listed)["facts"]] == ["Takes 5 mg aspirin.", "No fever."]
    assert "medications" in [g["key"] for g in ok(groups)["data"]]
    assert [(f["group"], f["text"]) for f in ok(extracted)["facts"]] == [
        ("chief-complaint", "Reports pain."), ("plan", "Plan: rest."),
    ]  # fmt: skip
    run = run_sdk(node, fake, ("edits", [
        call("facts", "update", iid, first, {"text": "Takes 75 mg aspirin."}),
        call("facts", "batchUpdate", iid, {"facts": [{"factId": second, "isDiscarded": True}]}),
        call("facts", "update", iid, "no-such-fact", {"text": "x"}),
    ]))  # fmt: skip
    updated, batch, missing = run.steps("edits")
    assert ok(updated)["text"] == "Takes 75 mg aspirin."
    assert ok(batch)["facts"][0]["isDiscarded"] is True
    assert missing["error"]["statusCode"] == 404
    assert paths(run, "edits")[:2] == [
        f"PATCH /v2/interactions/{iid}/facts/{first}",
        f"PATCH /v2/interactions/{iid}/facts/",
    ]
    record(
        SCRIBE_SECTION,
        "facts: create (200), list, update, batchUpdate, extract, factGroupsList",
        7,
        "every answer parsed in the SDK; an unknown fact is 404",
    )


def test_documents_and_templates(node: str, fake: FakeCorti, record: Recorder) -> None:  # noqa: F811
    iid = fake.add_interaction()["id"]
    facts = [
        {"text": "Takes 5 mg aspirin.", "group": "medications"},
        {"text": "Plan: rest.", "group": "plan"},
    ]
    run = run_sdk(node, fake, ("documents", [
        call("templates", "list", {"status": "published", "lang": ["en"]}),
        call("templates", "get", "corti-soap"),
        call("templates", "sectionList", {"lang": "en"}),
        call("documents", "create", iid, {"context": [{"type": "facts", "data": facts}], "templateKey": "corti-soap",
                                          "outputLanguage": "en"}),
        call("documents", "create", iid, {"context": [{"type": "string", "data": "Reports pain."}],
                                          "template": {"sectionKeys": ["corti-hpi"]}, "outputLanguage": "en"}),
        call("documents", "list", iid),
    ]))  # fmt: skip
    templates, soap, sections, from_key, from_sections, listed = run.steps("documents")
    assert [t["key"] for t in ok(templates)["data"]] == [
        "corti-soap",
        "corti-brief-note",
        "corti-patient-summary",
    ]
    assert sorted(run.wire("documents")[0]["query"]) == [["lang", "en"], ["status", "published"]]
    assert next(s["section"]["key"] for s in ok(soap)["templateSections"]) == "corti-hpi"
    assert len(ok(sections)["data"]) == 8
    assert from_key["status"] == 201
    texts = {s["key"]: s["text"] for s in ok(from_key)["sections"]}
    assert (texts["corti-medications"], texts["corti-plan"]) == ("Takes 5 mg aspirin.", "Plan: rest.")
    assert [s["text"] for s in ok(from_sections)["sections"]] == ["Reports pain."]
    assert len(ok(listed)["data"]) == 2
    did = ok(from_key)["id"]
    run = run_sdk(node, fake, ("edit", [
        call("documents", "update", iid, did, {"name": "Visit note", "sections": [{"key": "corti-plan", "text": "Rest."}]}),
        call("documents", "get", iid, did),
        call("documents", "delete", iid, did),
        call("documents", "get", iid, did),
        call("templates", "get", "no-such-template"),
    ]))  # fmt: skip
    updated, got, deleted, gone, no_template = run.steps("edit")
    assert ok(updated)["name"] == "Visit note"
    assert {s["key"]: s["text"] for s in ok(got)["sections"]}["corti-plan"] == "Rest."
    assert deleted["status"] == 204
    assert (gone["error"]["statusCode"], no_template["error"]["statusCode"]) == (404, 404)
    record(
        SCRIBE_SECTION,
        "documents (both request forms), templates and sections",
        11,
        "sections filled from the SDK's context; every answer parsed in the SDK; 404s",
    )
