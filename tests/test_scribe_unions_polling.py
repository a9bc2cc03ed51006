"""`oneOf` bodies (documents.classic.create: each form, neither, both; the context items'
forms) and polling (`transcripts.poll` / `create_and_poll`: completed, failed, the deadline,
`Retry-After`), through a mock transport and against the fake."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from corti_interactions import (
    AsyncCortiClient,
    CortiClient,
    PollFailedError,
    PollTimeoutError,
)
from corti_interactions.testing import FakeCorti

from .test_scribe_operations import DOCUMENT, TRANSCRIPT, wav

IID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
TID = TRANSCRIPT["id"]
FACTS = [{"type": "facts", "data": [{"text": "Plan: rest.", "group": "plan"}]}]
SEGMENT = [{"type": "transcript", "data": {"text": "Reports pain.", "start": 0}}]
TEXT = [{"type": "string", "data": "Reports pain."}]


class Recorder:
    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.sent: list[httpx.Request] = []
        self.slept: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return self.answers.pop(0) if self.answers else self.default()

    def default(self) -> httpx.Response:
        return httpx.Response(201, json=DOCUMENT)

    def client(self) -> CortiClient:
        return CortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", sleep=self.slept.append,
            transport=httpx.MockTransport(self.handler),
        )  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "sent"),
    [
        ({"template_key": "corti-soap", "context": FACTS}, {"templateKey": "corti-soap", "context": FACTS}),
        ({"template": {"sectionKeys": ["corti-hpi"]}, "context": TEXT},
         {"template": {"sectionKeys": ["corti-hpi"]}, "context": TEXT}),
        ({"template": {"sections": [{"key": "corti-hpi", "nameOverride": "HPI"}]}, "context": SEGMENT},
         {"template": {"sections": [{"key": "corti-hpi", "nameOverride": "HPI"}]}, "context": SEGMENT}),
    ],
    ids=["template-key+facts", "section-keys+string", "sections+transcript"],
)  # fmt: skip
def test_each_form_of_the_body_is_sent_as_given(fields: dict[str, Any], sent: dict[str, Any]) -> None:
    wire = Recorder()
    with wire.client() as client:
        client.documents.classic.create(IID, output_language="en", **fields)
    assert json.loads(wire.sent[0].content) == {**sent, "outputLanguage": "en"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"template_key": "k", "template": {"sectionKeys": ["a"]}},
         r"^body \(context, output_language, template_key, template\) fits none of its forms; "
         r"the closest, DocumentsCreateRequestWithTemplateKey: body takes no template$"),
        ({}, r"^body \(context, output_language\) fits none of its forms; "
             r"the closest, DocumentsCreateRequestWithTemplateKey: template_key is required$"),
        ({"template": {"sectionKeys": ["a"], "sections": []}},
         r"^template \(sectionKeys, sections\) fits none of its forms; the closest, "
         r"DocumentsTemplateWithSectionKeys: template has no field 'sections'; allowed: sectionKeys, "),
    ],
    ids=["both", "neither", "both-template-forms"],
)  # fmt: skip
def test_a_body_fitting_no_form_or_several_is_refused_naming_the_fields(
    fields: dict[str, Any], message: str
) -> None:
    wire = Recorder()
    with wire.client() as client, pytest.raises(ValueError, match=message):
        client.documents.classic.create(IID, context=TEXT, output_language="en", **fields)
    assert wire.sent == []


def test_a_context_item_is_checked_against_the_form_its_type_names() -> None:
    wire = Recorder()
    with (
        wire.client() as client,
        pytest.raises(ValueError, match=r"context\[0\] \(type, data\) fits none") as caught,
    ):
        client.documents.classic.create(
            IID, context=[{"type": "facts", "data": "not a list"}], template_key="k", output_language="en"
        )
    assert "context[0].data must be a list; got str" in str(caught.value)
    assert wire.sent == []


def test_the_command_line_sends_either_form_and_refuses_both(tmp_path: Any) -> None:
    from corti_interactions._cli.commands import main

    with FakeCorti() as fake:
        iid = fake.add_interaction()["id"]
        env = {
            "CORTI_BASE_URL": fake.base_url,
            "CORTI_TENANT_NAME": fake.tenant_name,
            "CORTI_TOKEN": fake.issue_token(),
        }
        with pytest.MonkeyPatch.context() as patch:
            for key, value in env.items():
                patch.setenv(key, value)
            base = ["documents", "classic", "create", iid, "--output-language", "en", "--format", "table"]
            out, err = _Capture(), _Capture()
            body = json.dumps({"context": TEXT})
            assert main([*base, "--template-key", "corti-brief-note", "--body", body], out=out, err=err) == 0
            assert "corti-plan" in out.text and "Reports pain." in out.text
            both = json.dumps({"context": TEXT, "template": {"sectionKeys": ["corti-hpi"]}})
            out, err = _Capture(), _Capture()
            assert main([*base, "--template-key", "k", "--body", both], out=out, err=err) == 2
            assert "fits none of its forms" in err.text
    del tmp_path


class _Capture:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


# -- polling -----------------------------------------------------------------------------------


def status(value: str, **headers: str) -> httpx.Response:
    return httpx.Response(200, json={"status": value}, headers=headers)


def test_poll_asks_until_completed_then_fetches_the_transcript() -> None:
    wire = Recorder(
        status("processing"), status("processing"), status("completed"), httpx.Response(200, json=TRANSCRIPT)
    )
    with wire.client() as client:
        got = client.transcripts.poll(IID, TID, interval=0.25)
    assert str(got.id) == TID
    assert [r.url.path.rsplit("/", 1)[-1] for r in wire.sent] == ["status", "status", "status", TID]
    assert wire.slept == [0.25, 0.25]


def test_retry_after_on_a_status_answer_is_honoured() -> None:
    wire = Recorder(status("processing", **{"Retry-After": "3"}), status("processing"), status("completed"),
                    httpx.Response(200, json=TRANSCRIPT))  # fmt: skip
    with wire.client() as client:
        client.transcripts.poll(IID, TID, interval=0.5)
    assert wire.slept == [3.0, 0.5]  # the longer of interval and Retry-After


def test_a_failed_transcript_raises_naming_it() -> None:
    wire = Recorder(status("processing"), status("failed"))
    with wire.client() as client, pytest.raises(PollFailedError) as caught:
        client.transcripts.poll(IID, TID, interval=0)
    assert (caught.value.id, caught.value.value) == (TID, "failed")
    assert TID in str(caught.value) and "'failed'" in str(caught.value)


def test_the_deadline_raises_a_timeout_error() -> None:
    wire = Recorder()
    wire.default = lambda: status("processing")  # type: ignore[method-assign]  # for as long as it asks
    with (
        wire.client() as client,
        pytest.raises(PollTimeoutError, match="still 'processing' after 0.05 s") as caught,
    ):
        client.transcripts.poll(IID, TID, interval=0.01, timeout=0.05)
    assert isinstance(caught.value, TimeoutError)
    assert all(delay <= 0.05 for delay in wire.slept)


@pytest.mark.parametrize("bad", [{"timeout": -1}, {"interval": float("nan")}, {"timeout": "10"}])
def test_bad_poll_settings_are_refused_before_sending(bad: dict[str, Any]) -> None:
    wire = Recorder()
    with wire.client() as client, pytest.raises(ValueError, match="must be a number of seconds"):
        client.transcripts.create_and_poll(IID, recording_id=TID, primary_language="en", **bad)
    assert wire.sent == []


def test_create_and_poll_returns_a_synchronous_answer_without_polling() -> None:
    wire = Recorder(httpx.Response(201, json=TRANSCRIPT))
    with wire.client() as client:
        got = client.transcripts.create_and_poll(IID, recording_id=TID, primary_language="en")
    assert got.status == "completed"
    assert len(wire.sent) == 1


def test_create_and_poll_polls_the_created_transcript() -> None:
    created = {**TRANSCRIPT, "status": "processing", "transcripts": None}
    wire = Recorder(
        httpx.Response(202, json=created), status("completed"), httpx.Response(200, json=TRANSCRIPT)
    )
    with wire.client() as client:
        got = client.transcripts.create_and_poll(IID, recording_id=TID, primary_language="en", async_=True)
    assert got.status == "completed"
    assert json.loads(wire.sent[0].content)["async"] is True
    assert wire.sent[1].url.path == f"/v2/interactions/{IID}/transcripts/{TID}/status"


def test_polling_against_the_fake_sync_and_async() -> None:
    with FakeCorti(transcript_delay=0.3, status_retry_after=0.1) as fake:
        iid = fake.add_interaction()["id"]
        settings = {"base_url": fake.base_url, "tenant_name": fake.tenant_name, "token": fake.issue_token()}
        with CortiClient(**settings) as client:
            rid = client.recordings.upload(iid, wav(2)).recording_id
            done = client.transcripts.create_and_poll(iid, recording_id=rid, primary_language="en", async_=True,
                                                      interval=0.01)  # fmt: skip
            assert (done.status, len(done.transcripts)) == ("completed", 2)
            asked = [r for r in fake.requests if r.path.endswith("/status")]
            assert 2 <= len(asked) <= 5  # ~0.3 s of processing at Retry-After 0.1 s, not interval 0.01 s
            fake.fail_next_transcripts()
            with pytest.raises(PollFailedError):
                client.transcripts.create_and_poll(iid, recording_id=rid, primary_language="en", async_=True)
            with pytest.raises(PollTimeoutError):
                client.transcripts.create_and_poll(iid, recording_id=rid, primary_language="en", async_=True,
                                                   timeout=0.05, interval=0.01)  # fmt: skip

        async def main() -> Any:
            async with AsyncCortiClient(**settings) as aclient:
                return await aclient.transcripts.create_and_poll(
                    iid, recording_id=rid, primary_language="en", async_=True, interval=0.05
                )

        assert asyncio.run(main()).status == "completed"


@pytest.mark.parametrize(
    ("template", "form"),
    [
        ({"sectionKeys": ["corti-hpi"]}, "DocumentsTemplateWithSectionKeys"),
        ({"sections": [{"key": "corti-hpi"}]}, "DocumentsTemplateWithSections"),
    ],
)
def test_a_union_in_an_answer_parses_to_the_form_that_fits(template: dict[str, Any], form: str) -> None:
    from corti_interactions._response import parse_model
    from corti_interactions_api.models import DocumentsCreateRequestWithTemplate

    body = {"context": TEXT + FACTS, "template": template, "outputLanguage": "en"}
    parsed = parse_model(httpx.Response(200, json=body), DocumentsCreateRequestWithTemplate)
    assert type(parsed.template).__name__ == form
    assert [type(item).__name__ for item in parsed.context] == [
        "DocumentsContextWithString",
        "DocumentsContextWithFacts",
    ]
