"""Every scribe operation (recordings, transcripts, facts, documents.classic, templates), sync
and async: the request it sends through a mock transport (method, exact path with Corti's
trailing slashes, query, body), the model it parses, and the same call against the fake over
loopback."""

from __future__ import annotations

import asyncio
import io
import json
import re
import wave
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from corti_interactions import (
    AsyncCortiClient,
    BinaryResponse,
    CortiClient,
    NotFoundError,
)
from corti_interactions.testing import FakeCorti
from corti_interactions_api.client import OPERATIONS

IID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
RID = "0b3c6f2e-8f5a-4c61-9d0e-2a7b1c4d5e6f"
TID = "9d4f2a1b-3c5e-4f60-8a7b-1c2d3e4f5a6b"
DID = "5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6c"
STAMP = "2024-01-01T00:00:00Z"
USAGE = {"creditsConsumed": 1}
TRANSCRIPT = {
    "id": TID, "metadata": {}, "transcripts": [], "usageInfo": USAGE, "recordingId": RID, "status": "completed",
}  # fmt: skip
FACT = {"id": "f1", "text": "t", "group": "other", "groupId": RID, "source": "user", "isDiscarded": False,
        "createdAt": STAMP, "updatedAt": STAMP}  # fmt: skip
DOCUMENT = {"id": DID, "name": "n", "templateRef": "k", "isStream": False, "sections": [], "createdAt": STAMP,
            "updatedAt": STAMP, "outputLanguage": "en", "usageInfo": USAGE}  # fmt: skip
SECTION = {"name": "s", "key": "k", "description": "d", "defaultWritingStyle": {"name": "w"}, "type": "text",
           "translations": []}  # fmt: skip
TEMPLATE = {"name": "n", "description": "d", "key": "k", "status": "published", "translations": [],
            "templateSections": [{"sort": 0, "section": SECTION}]}  # fmt: skip


@dataclass(frozen=True)
class Case:
    resource: str  # dotted, as OPERATIONS names it
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    wire: str  # "METHOD /path?query" as sent
    body: Any  # the JSON body sent (None: none)
    status: int
    answer: Any  # the JSON answered (bytes for a raw answer, None for none)
    parsed: str  # the parsed type's name


CONTEXT = [{"type": "string", "data": "Plan: rest."}]
CASES = [
    Case("recordings", "list", (IID,), {}, f"GET /v2/interactions/{IID}/recordings/", None, 200,
         {"recordings": [RID]}, "RecordingsListResponse"),
    Case("recordings", "upload", (IID, b"RIFF"), {}, f"POST /v2/interactions/{IID}/recordings/", b"RIFF", 201,
         {"recordingId": RID}, "RecordingsCreateResponse"),
    Case("recordings", "get", (IID, RID), {}, f"GET /v2/interactions/{IID}/recordings/{RID}", None, 200,
         b"audio", "BinaryResponse"),
    Case("recordings", "delete", (IID, RID), {}, f"DELETE /v2/interactions/{IID}/recordings/{RID}", None, 204,
         None, "NoneType"),
    Case("transcripts", "list", (IID,), {"full": True}, f"GET /v2/interactions/{IID}/transcripts/?full=true",
         None, 200, {"transcripts": [{"id": TID, "transcriptSample": "s"}]}, "TranscriptsListResponse"),
    Case("transcripts", "create", (IID,), {"recording_id": RID, "primary_language": "en", "async_": True},
         f"POST /v2/interactions/{IID}/transcripts/", {"recordingId": RID, "primaryLanguage": "en", "async": True},
         202, {**TRANSCRIPT, "status": "processing", "transcripts": None}, "TranscriptsResponse"),
    Case("transcripts", "get", (IID, TID), {}, f"GET /v2/interactions/{IID}/transcripts/{TID}", None, 200,
         TRANSCRIPT, "TranscriptsResponse"),
    Case("transcripts", "delete", (IID, TID), {}, f"DELETE /v2/interactions/{IID}/transcripts/{TID}", None, 204,
         None, "NoneType"),
    Case("transcripts", "get_status", (IID, TID), {}, f"GET /v2/interactions/{IID}/transcripts/{TID}/status",
         None, 200, {"status": "processing"}, "TranscriptsStatusResponse"),
    Case("facts", "fact_groups_list", (), {}, "GET /v2/factgroups/", None, 200, {"data": [{"key": "other"}]},
         "FactsFactGroupsListResponse"),
    Case("facts", "list", (IID,), {}, f"GET /v2/interactions/{IID}/facts/", None, 200, {"facts": [FACT]},
         "FactsListResponse"),
    Case("facts", "create", (IID,), {"facts": [{"text": "t", "group": "other"}]},
         f"POST /v2/interactions/{IID}/facts/", {"facts": [{"text": "t", "group": "other"}]}, 200,
         {"facts": [FACT]}, "FactsCreateResponse"),
    Case("facts", "batch_update", (IID,), {"facts": [{"factId": "f1", "isDiscarded": True}]},
         f"PATCH /v2/interactions/{IID}/facts/", {"facts": [{"factId": "f1", "isDiscarded": True}]}, 200,
         {"facts": [FACT]}, "FactsBatchUpdateResponse"),
    Case("facts", "update", (IID, "f1"), {"text": "u"}, f"PATCH /v2/interactions/{IID}/facts/f1", {"text": "u"},
         200, FACT, "FactsUpdateResponse"),
    Case("facts", "extract", (), {"context": [{"type": "text", "text": "t"}], "output_language": "en"},
         "POST /v2/tools/extract-facts", {"context": [{"type": "text", "text": "t"}], "outputLanguage": "en"}, 200,
         {"facts": [{"group": "g", "value": "t", "text": "t"}], "outputLanguage": "en", "usageInfo": USAGE},
         "FactsExtractResponse"),
    Case("documents.classic", "list", (IID,), {}, f"GET /v2/interactions/{IID}/documents/", None, 200,
         {"data": [DOCUMENT]}, "DocumentsListResponse"),
    Case("documents.classic", "create", (IID,), {"context": CONTEXT, "template_key": "k", "output_language": "en"},
         f"POST /v2/interactions/{IID}/documents/", {"context": CONTEXT, "templateKey": "k", "outputLanguage": "en"},
         201, DOCUMENT, "DocumentsGetResponse"),
    Case("documents.classic", "get", (IID, DID), {}, f"GET /v2/interactions/{IID}/documents/{DID}", None, 200,
         DOCUMENT, "DocumentsGetResponse"),
    Case("documents.classic", "update", (IID, DID), {"name": "m"}, f"PATCH /v2/interactions/{IID}/documents/{DID}",
         {"name": "m"}, 200, DOCUMENT, "DocumentsGetResponse"),
    Case("documents.classic", "delete", (IID, DID), {}, f"DELETE /v2/interactions/{IID}/documents/{DID}", None,
         204, None, "NoneType"),
    Case("templates", "list", (), {"lang": ["en", "da"], "status": ["published"]},
         "GET /v2/templates/?lang=en&lang=da&status=published", None, 200, {"data": [TEMPLATE]},
         "TemplatesListResponse"),
    Case("templates", "get", ("corti-soap",), {}, "GET /v2/templates/corti-soap", None, 200, TEMPLATE,
         "TemplatesItem"),
    Case("templates", "section_list", (), {"org": ["corti"]}, "GET /v2/templateSections/?org=corti", None, 200,
         {"data": [SECTION]}, "TemplatesSectionListResponse"),
]  # fmt: skip
IDS = [f"{c.resource}.{c.method}" for c in CASES]
SCRIBE = ("recordings", "transcripts", "facts", "documents.classic", "templates")


def test_the_cases_cover_every_scribe_operation() -> None:
    assert {(c.resource, c.method) for c in CASES} == {
        (resource, method) for resource in SCRIBE for method in OPERATIONS[resource]
    }


def _resource(client: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        client = getattr(client, name)
    return client


def _mock(case: Case, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if isinstance(case.answer, bytes):
            return httpx.Response(case.status, content=case.answer, headers={"content-type": "audio/webm"})
        if case.answer is None:
            return httpx.Response(case.status)
        return httpx.Response(case.status, json=case.answer)

    return httpx.MockTransport(handler)


def _check_sent(case: Case, request: httpx.Request) -> None:
    target = request.url.raw_path.decode()
    assert f"{request.method} {target}" == case.wire
    if isinstance(case.body, bytes):
        assert request.content == case.body
        assert request.headers["content-type"] == "application/octet-stream"
    elif case.body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == case.body


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_sync_call_sends_and_parses(case: Case) -> None:
    seen: list[httpx.Request] = []
    client = CortiClient(
        tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(case, seen)
    )
    with client:
        result = getattr(_resource(client, case.resource), case.method)(*case.args, **case.kwargs)
        assert type(result).__name__ == case.parsed
        if isinstance(result, BinaryResponse):
            assert (result.read(), result.content_type) == (b"audio", "audio/webm")
    (request,) = seen
    _check_sent(case, request)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_async_call_sends_and_parses(case: Case) -> None:
    seen: list[httpx.Request] = []

    async def main() -> Any:
        async with AsyncCortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(case, seen)
        ) as client:
            result = await getattr(_resource(client, case.resource), case.method)(*case.args, **case.kwargs)
            return result, (result.read() if isinstance(result, BinaryResponse) else None)

    result, data = asyncio.run(main())
    assert type(result).__name__ == case.parsed
    assert data == (b"audio" if case.parsed == "BinaryResponse" else None)
    (request,) = seen
    _check_sent(case, request)


def test_raw_response_of_a_202_parses_to_its_model() -> None:
    case = next(c for c in CASES if c.method == "create" and c.resource == "transcripts")
    seen: list[httpx.Request] = []
    with CortiClient(
        tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(case, seen)
    ) as c:
        raw = c.transcripts.with_raw_response.create(
            IID, recording_id=RID, primary_language="en", async_=True
        )
    assert raw.status_code == 202
    assert raw.parse().status == "processing"


def test_documents_classic_is_a_nested_resource_of_both_clients() -> None:
    sync = CortiClient(tenant_name="t", token="x")
    assert type(sync.documents).__name__ == "Documents"
    assert type(sync.documents.classic).__name__ == "DocumentsClassic"
    assert not hasattr(sync, "documents_classic")
    aclient = AsyncCortiClient(tenant_name="t", token="x")
    assert type(aclient.documents.classic).__name__ == "AsyncDocumentsClassic"
    assert sorted(OPERATIONS["documents.classic"]) == ["create", "delete", "get", "list", "update"]


# -- against the fake, over loopback ---------------------------------------------------------


def wav(seconds: int, rate: int = 8000) -> bytes:
    """A silent mono 16-bit WAV of `seconds` seconds."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(rate)
        audio.writeframes(b"\0\0" * rate * seconds)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def fake() -> Any:
    with FakeCorti(transcript_delay=0.05) as server:
        yield server


def _workflow(client: Any, call: Callable[[Any], Any]) -> dict[str, Any]:
    """Every scribe operation once, against the fake; returns what each answered."""
    seen: dict[str, Any] = {}
    created = call(
        client.interactions.create(encounter={"identifier": "e", "status": "planned", "type": "consultation"})
    )
    iid = created.interaction_id
    rid = call(client.recordings.upload(iid, wav(3))).recording_id
    seen["recordings.list"] = call(client.recordings.list(iid)).recordings
    seen["recordings.get"] = call(client.recordings.get(iid, rid)).read()
    sync = call(client.transcripts.create(iid, recording_id=rid, primary_language="en"))
    seen["transcripts.create"] = (sync.status, len(sync.transcripts))
    later = call(client.transcripts.create(iid, recording_id=rid, primary_language="en", async_=True))
    seen["transcripts.create.async"] = later.status
    seen["transcripts.poll"] = call(client.transcripts.poll(iid, later.id, interval=0.02)).status
    seen["transcripts.get_status"] = call(client.transcripts.get_status(iid, later.id)).status
    seen["transcripts.get"] = [s.text for s in call(client.transcripts.get(iid, later.id)).transcripts]
    seen["transcripts.list"] = len(call(client.transcripts.list(iid, full=True)).transcripts)
    facts = call(client.facts.list(iid)).facts
    seen["facts.list"] = [f.group for f in facts]
    seen["facts.create"] = (
        call(client.facts.create(iid, facts=[{"text": "Allergic to penicillin.", "group": "other"}]))
        .facts[0]
        .text
    )
    seen["facts.update"] = call(client.facts.update(iid, facts[0].id, is_discarded=True)).is_discarded
    seen["facts.batch_update"] = (
        call(client.facts.batch_update(iid, facts=[{"factId": facts[1].id, "text": "x"}])).facts[0].text
    )
    seen["facts.fact_groups_list"] = "medications" in [
        g.key for g in call(client.facts.fact_groups_list()).data
    ]
    seen["facts.extract"] = [
        f.group
        for f in call(
            client.facts.extract(context=[{"type": "text", "text": "Takes 5 mg."}], output_language="en")
        ).facts
    ]
    seen["templates.list"] = [t.key for t in call(client.templates.list(status=["published"])).data]
    seen["templates.get"] = [
        s.section.key for s in call(client.templates.get("corti-brief-note")).template_sections
    ]
    seen["templates.section_list"] = len(call(client.templates.section_list(lang=["en"])).data)
    document = call(
        client.documents.classic.create(
            iid,
            context=[{"type": "facts", "data": [{"text": "Plan: rest.", "group": "plan"}]}],
            template_key="corti-brief-note",
            output_language="en",
        )
    )
    seen["documents.classic.create"] = [(s.key, s.text) for s in document.sections]
    seen["documents.classic.update"] = (
        call(
            client.documents.classic.update(
                iid, document.id, sections=[{"key": "corti-hpi", "text": "Headache."}]
            )
        )
        .sections[0]
        .text
    )
    seen["documents.classic.get"] = call(client.documents.classic.get(iid, document.id)).name
    seen["documents.classic.list"] = len(call(client.documents.classic.list(iid)).data)
    call(client.documents.classic.delete(iid, document.id))
    call(client.transcripts.delete(iid, later.id))
    call(client.recordings.delete(iid, rid))
    seen["after_deletes"] = (
        len(call(client.recordings.list(iid)).recordings),
        len(call(client.documents.classic.list(iid)).data),
    )
    call(client.interactions.delete(iid))
    return seen  # fmt: skip


EXPECTED = {
    "recordings.get": wav(3),
    "transcripts.create": ("completed", 3),
    "transcripts.create.async": "processing",
    "transcripts.poll": "completed",
    "transcripts.get_status": "completed",
    "transcripts.get": [
        "The patient reports a headache since yesterday morning.",
        "She takes ibuprofen 400 mg twice a day.",
        "Blood pressure is 128 over 82 and there is no fever.",
    ],
    "transcripts.list": 2,
    "facts.list": ["chief-complaint", "medications", "vitals"] * 2,  # from each completed transcript
    "facts.create": "Allergic to penicillin.",
    "facts.update": True,
    "facts.batch_update": "x",
    "facts.fact_groups_list": True,
    "facts.extract": ["medications"],
    "templates.list": ["corti-soap", "corti-brief-note", "corti-patient-summary"],
    "templates.get": ["corti-hpi", "corti-plan"],
    "templates.section_list": 8,
    "documents.classic.create": [("corti-hpi", "Nothing recorded."), ("corti-plan", "Plan: rest.")],
    "documents.classic.update": "Headache.",
    "documents.classic.get": "Brief clinical note",
    "documents.classic.list": 1,
    "after_deletes": (0, 0),
}


def _settings(fake: FakeCorti) -> dict[str, str]:
    return {"base_url": fake.base_url, "tenant_name": fake.tenant_name, "client_id": fake.client_id,
            "client_secret": fake.client_secret}  # fmt: skip


def test_every_operation_against_the_fake_sync(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        seen = _workflow(client, lambda value: value)
    assert len(seen.pop("recordings.list")) == 1
    assert seen == EXPECTED


def test_every_operation_against_the_fake_async(fake: FakeCorti) -> None:
    async def main() -> dict[str, Any]:
        async with AsyncCortiClient(**_settings(fake)) as client:
            loop = asyncio.get_running_loop()

            def call(coroutine: Any) -> Any:  # `_workflow` runs in a thread; each call on the loop
                return asyncio.run_coroutine_threadsafe(coroutine, loop).result()

            seen: dict[str, Any] = await loop.run_in_executor(None, _workflow, client, call)
            return seen

    seen = asyncio.run(main())
    assert len(seen.pop("recordings.list")) == 1
    assert seen == EXPECTED


def test_unknown_ids_are_404_at_every_level(fake: FakeCorti) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    with CortiClient(**_settings(fake)) as client:
        iid = client.interactions.create(
            encounter={"identifier": "e", "status": "planned", "type": "consultation"}
        ).interaction_id
        calls = [
            lambda: client.recordings.list(missing),
            lambda: client.recordings.get(iid, missing),
            lambda: client.recordings.delete(iid, missing),
            lambda: client.transcripts.create(iid, recording_id=missing, primary_language="en"),
            lambda: client.transcripts.get(iid, missing),
            lambda: client.transcripts.get_status(iid, missing),
            lambda: client.transcripts.delete(iid, missing),
            lambda: client.facts.list(missing),
            lambda: client.facts.update(iid, "no-such-fact", text="x"),
            lambda: client.facts.batch_update(iid, facts=[{"factId": "no-such-fact"}]),
            lambda: client.documents.classic.get(iid, missing),
            lambda: client.documents.classic.delete(iid, missing),
            lambda: client.documents.classic.create(iid, context=CONTEXT, template_key="no-such-template", output_language="en"),
            lambda: client.templates.get("no-such-template"),
        ]  # fmt: skip
        for call in calls:
            with pytest.raises(NotFoundError):
                call()


def test_deleting_an_interaction_deletes_what_hangs_under_it(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        iid = client.interactions.create(
            encounter={"identifier": "e", "status": "planned", "type": "consultation"}
        ).interaction_id
        rid = client.recordings.upload(iid, b"\1" * 100_000).recording_id
        assert fake.recording_on_disk(iid, rid)  # over 64 KiB: kept in a file
        client.transcripts.create(iid, recording_id=rid, primary_language="en")
        client.documents.classic.create(iid, context=CONTEXT, template_key="corti-soap", output_language="en")
        assert fake.scribe_counts(iid) == {"recordings": 1, "transcripts": 1, "facts": 1, "documents": 1}
        client.interactions.delete(iid)
        assert fake.scribe_counts(iid) == {"recordings": 0, "transcripts": 0, "facts": 0, "documents": 0}
        with pytest.raises(NotFoundError):
            client.recordings.list(iid)  # fmt: skip


def test_a_recording_that_is_not_wav_gets_the_fixed_text(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        iid = client.interactions.create(
            encounter={"identifier": "e", "status": "planned", "type": "consultation"}
        ).interaction_id
        rid = client.recordings.upload(iid, b"OggS not really", content_type="audio/ogg").recording_id
        transcript = client.transcripts.create(iid, recording_id=rid, primary_language="en")
        assert [s.text for s in transcript.transcripts] == ["The patient reports a cough for three days."]
        with client.recordings.with_streaming_response.get(iid, rid) as audio:
            assert audio.content_type == "audio/ogg"
        assert re.fullmatch(r"[0-9a-f-]{36}", str(rid))
