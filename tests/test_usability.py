"""What a new user trips over (issue 28): arguments, errors, names and types met when porting
Corti's own examples, and what the fake serves of them."""

from __future__ import annotations

import inspect
import io
import os
import typing
from pathlib import Path
from typing import Any

import corti_interactions
import httpx
import pytest
from corti_interactions import (
    NOT_GIVEN,
    UNSET,
    CortiClient,
    CortiError,
    FieldError,
    Reconnected,
    UnknownMessage,
)
from corti_interactions.testing import FakeCorti

IID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
STREAM_CONFIG = {
    "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "doctor"}]},
    "mode": {"type": "transcription"},
}


class Recorder:
    """A scripted service: answers every request with `answer`, keeps what was sent."""

    def __init__(self, answer: httpx.Response | None = None) -> None:
        self.sent: list[httpx.Request] = []
        self.answer = answer or httpx.Response(200, json={"interactions": [], "totalCount": 0})

    def handler(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return self.answer

    def client(self) -> CortiClient:
        return CortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", sleep=lambda _: None,
            transport=httpx.MockTransport(self.handler),
        )  # fmt: skip


def client_of(fake: FakeCorti) -> CortiClient:
    return CortiClient(
        base_url=fake.base_url, tenant_name=fake.tenant_name,
        client_id=fake.client_id, client_secret=fake.client_secret,
    )  # fmt: skip


# --- optional query parameters ---------------------------------------------------------------


def test_a_query_parameter_given_none_is_left_out() -> None:
    recorder = Recorder()
    with recorder.client() as client:
        forwarded: dict[str, Any] = {"sort": None, "direction": None, "page_size": None, "patient": None}
        client.interactions.list(**forwarded)  # a web handler forwarding optional values
    assert recorder.sent[0].url.params == httpx.QueryParams({"pageSize": "10", "index": "1"})  # defaults


def test_one_value_where_the_spec_takes_an_array_is_a_one_item_list() -> None:
    recorder = Recorder()
    with recorder.client() as client:
        client.interactions.list(encounter_status="planned")
        client.interactions.list(encounter_status=["planned", "completed"])
    assert recorder.sent[0].url.params.get_list("encounterStatus") == ["planned"]
    assert recorder.sent[1].url.params.get_list("encounterStatus") == ["planned", "completed"]


def test_a_body_field_keeps_its_three_states() -> None:
    recorder = Recorder(httpx.Response(200, json={"id": IID}))
    with recorder.client() as client, pytest.raises(FieldError, match=r"^encounter\.status cannot be null"):
        client.interactions.update(IID, encounter={"status": None})
    assert recorder.sent == []


# --- the bad-argument error ------------------------------------------------------------------


def test_the_bad_argument_error_is_public_a_value_error_and_a_corti_error_naming_the_field() -> None:
    recorder = Recorder()
    with recorder.client() as client, pytest.raises(CortiError) as caught:
        client.interactions.list(encounter_status="bogus")
    error = caught.value
    assert type(error) is corti_interactions.FieldError
    assert "FieldError" in corti_interactions.__all__
    assert isinstance(error, ValueError)
    assert error.path == "encounter_status[0]"
    assert str(error).startswith("encounter_status[0] must be one of")
    assert recorder.sent == []


# --- ids ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [UNSET, None, str(UNSET)], ids=["UNSET", "None", "str(UNSET)"])
def test_an_unset_or_none_id_is_refused_before_sending(value: Any) -> None:
    recorder = Recorder()
    with recorder.client() as client, pytest.raises(FieldError, match=r"^fact_id is required"):
        client.facts.update(IID, value, text="x")
    assert recorder.sent == []


def test_the_sentinels_print_as_their_names_in_signatures() -> None:
    assert repr(UNSET) == "UNSET"
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    signature = str(inspect.signature(CortiClient(tenant_name="t", token="x").interactions.update))
    assert "= UNSET" in signature
    assert "= NOT_GIVEN" in signature
    assert "object at 0x" not in signature


# --- uploads -----------------------------------------------------------------------------------


def test_a_text_mode_file_is_refused_naming_file(tmp_path: Path) -> None:
    path = tmp_path / "visit.wav"
    path.write_bytes(b"RIFF....WAVE" * 100)
    recorder = Recorder()
    with recorder.client() as client, open(path) as text_mode:
        with pytest.raises(FieldError, match=r"^file is a text-mode file.*'rb'"):
            client.recordings.upload(IID, text_mode)
        with pytest.raises(FieldError, match=r"^file is a text-mode file"):
            client.recordings.upload(IID, io.StringIO("text"))
    assert recorder.sent == []


# --- socket messages ---------------------------------------------------------------------------


def test_every_socket_message_names_its_type_type_underscore_and_the_old_name_warns() -> None:
    unknown = UnknownMessage("summary", {"type": "summary"})
    reconnected = Reconnected(attempt=1, reason="code 1006", audio_lost=0)
    assert (unknown.type_, reconnected.type_) == ("summary", "reconnected")
    with pytest.warns(DeprecationWarning, match=r"UnknownMessage\.type is deprecated; use \.type_"):
        assert unknown.type == "summary"
    with pytest.warns(DeprecationWarning, match=r"Reconnected\.type is deprecated"):
        assert reconnected.type == "reconnected"
    models = corti_interactions
    accepted = models.StreamConfigStatusMessage.from_dict({"type": "CONFIG_ACCEPTED"})
    assert accepted.type_.value == "CONFIG_ACCEPTED"  # the generated models' name, now everywhere


def test_the_message_unions_are_importable_at_run_time() -> None:
    from corti_interactions import StreamMessage, TranscribeMessage

    members = set(typing.get_args(StreamMessage))
    assert {UnknownMessage, Reconnected, corti_interactions.StreamTranscriptMessage} <= members
    assert corti_interactions.TranscribeCommandMessage in typing.get_args(TranscribeMessage)
    assert isinstance(UnknownMessage(None, {}), StreamMessage)
    assert {"StreamMessage", "TranscribeMessage"} <= set(corti_interactions.__all__)


# --- the fake runs Corti's examples as written -------------------------------------------------


def test_the_fake_has_the_catalog_keys_cortis_examples_use() -> None:
    with FakeCorti() as fake, client_of(fake) as client:
        iid = fake.add_interaction()["id"]
        sections = {s.key for s in client.templates.section_list().data}
        assert {"corti-patient-summary", "corti-allergies", "corti-social-history"} <= sections
        assert client.templates.get("corti-patient-summary").key == "corti-patient-summary"
        note = client.documents.classic.create(
            iid,
            context=[{"type": "string", "data": "She is allergic to penicillin. She smokes ten a day."}],
            template={"sectionKeys": ["corti-allergies", "corti-social-history"]},
            output_language="en",
        )
    texts = {s.key: s.text for s in note.sections}
    assert texts == {
        "corti-allergies": "She is allergic to penicillin.",
        "corti-social-history": "She smokes ten a day.",
    }


def test_the_fake_refuses_a_document_update_naming_an_unknown_section() -> None:
    with FakeCorti() as fake, client_of(fake) as client:
        iid = fake.add_interaction()["id"]
        note = client.documents.classic.create(
            iid, context=[{"type": "string", "data": "Headache."}], template_key="corti-brief-note",
            output_language="en",
        )  # fmt: skip
        with pytest.raises(corti_interactions.BadRequestError, match="no section 'corti-nope'"):
            client.documents.classic.update(
                iid, note.id, sections=[{"key": "corti-hpi", "text": "x"}, {"key": "corti-nope", "text": "y"}]
            )
        after = client.documents.classic.get(iid, note.id)
    assert [s.key for s in after.sections] == [s.key for s in note.sections]
    assert after.sections[0].text == note.sections[0].text  # refused whole: nothing applied


def test_an_abandoned_upload_leaves_no_file_and_no_traceback(capfd: pytest.CaptureFixture[str]) -> None:
    def abandoned() -> typing.Iterator[bytes]:
        for _ in range(16):
            yield b"\x00" * 65536
        raise OSError("the recorder's pipe broke")

    with FakeCorti() as fake, client_of(fake) as client:
        iid = fake.add_interaction()["id"]
        with pytest.raises(OSError, match="pipe broke"):
            client.recordings.upload(iid, abandoned())
        folder = fake._state.scribe.folder
        for _ in range(100):  # the fake sees the disconnect a moment later
            client.recordings.list(iid)
            if not folder or not os.listdir(folder):
                break
        assert fake.scribe_counts(iid)["recordings"] == 0
        assert not folder or os.listdir(folder) == []
    assert "Traceback" not in capfd.readouterr().err


def test_the_fakes_socket_records_are_bounded() -> None:
    from corti_interactions.testing._sockets import SOCKET_HISTORY, SocketRecord

    with FakeCorti() as fake:
        records = fake._sockets.records
        for n in range(SOCKET_HISTORY + 5):
            records.append(SocketRecord("stream", str(n), {}))
        kept = fake.socket_records
    assert len(kept) == SOCKET_HISTORY
    assert kept[0].interaction_id == "5"  # oldest dropped first


def test_the_testing_docstring_says_what_the_fake_serves() -> None:
    doc = corti_interactions.testing.__doc__ or ""
    for served in ("recordings", "transcripts", "facts", "documents", "template", "/streams", "/transcribe"):
        assert served in doc


# --- a refused socket handshake reads as a refused REST call ----------------------------------


def test_a_refused_handshake_carries_what_a_refused_rest_call_carries() -> None:
    pytest.importorskip("websockets")
    missing = "8d1f9a52-7a1c-4c1e-9f0e-0a1b2c3d4e5f"
    with FakeCorti() as fake, client_of(fake) as client:
        with pytest.raises(corti_interactions.NotFoundError) as rest:
            client.interactions.get(missing)
        with (
            pytest.raises(corti_interactions.StreamHandshakeError) as socket,
            client.stream.connect(missing, configuration=STREAM_CONFIG),
        ):
            pass
    for name in ("status_code", "detail", "request_id", "code", "how_to_fix", "validation_errors"):
        assert hasattr(socket.value, name), name
    assert socket.value.status_code == rest.value.status_code == 404
    assert socket.value.detail == "Interaction not found"
    assert socket.value.request_id
    assert "Interaction not found" in str(socket.value)
    assert f"request id {socket.value.request_id}" in str(socket.value)


# --- Corti's SDK's names -----------------------------------------------------------------------


@pytest.mark.parametrize("client_class", [CortiClient, corti_interactions.AsyncCortiClient])
def test_a_name_from_cortis_examples_says_where_it_is_here(client_class: Any) -> None:
    client = client_class(tenant_name="t", token="x")
    with pytest.raises(
        AttributeError,
        match=r"documents\.create is client\.documents\.classic\.create or client\.documents\.generate here$",
    ):
        client.documents.create  # noqa: B018 - every Corti example's name
    with pytest.raises(
        AttributeError, match=r"transcripts\.getStatus is client\.transcripts\.get_status here"
    ):
        client.transcripts.getStatus  # noqa: B018 - the JS SDK's camelCase
    with pytest.raises(AttributeError, match=r"sectionList is client\.templates\.section_list here"):
        client.templates.sectionList  # noqa: B018
    with pytest.raises(AttributeError, match=r"^'(Async)?Facts' object has no attribute 'nope'$"):
        client.facts.nope  # noqa: B018 - nothing to suggest: the plain error


def test_the_hint_names_every_form_the_spec_lists_once_it_exists() -> None:
    """`x-sdk-names` lists `generate` (the guided documents) besides `classic.create`: named
    as soon as the resource has it, with no hand-written line."""
    client = CortiClient(tenant_name="t", token="x")
    client.documents.generate = lambda: None  # type: ignore[attr-defined]  # as a spec with it generates
    with pytest.raises(
        AttributeError, match=r"is client\.documents\.classic\.create or client\.documents\.generate here$"
    ):
        client.documents.create  # noqa: B018


# --- request shapes ----------------------------------------------------------------------------


def test_a_transcript_segment_from_transcripts_get_is_taken_as_document_context() -> None:
    """As Corti's examples pass it: `{"type": "transcript", "data": segment}`."""
    with FakeCorti() as fake, client_of(fake) as client:
        iid = fake.add_interaction()["id"]
        rid = client.recordings.upload(iid, b"\x01" * 4000, content_type="audio/mpeg").recording_id
        transcript = client.transcripts.create(iid, recording_id=rid, primary_language="en")
        segment = client.transcripts.get(iid, transcript.id).transcripts[0]
        assert type(segment).__name__ == "CommonTranscriptResponse"  # an answer's model
        note = client.documents.classic.create(
            iid, context=[{"type": "transcript", "data": segment}], template_key="corti-brief-note",
            output_language="en",
        )  # fmt: skip
    assert "The patient reports a cough for three days." in [s.text for s in note.sections]


def test_a_model_of_another_shape_is_still_refused_naming_the_field() -> None:
    usage = corti_interactions.CommonUsageInfo(credits_consumed=1.0)
    recorder = Recorder()
    with recorder.client() as client, pytest.raises(FieldError, match=r"has no field 'creditsConsumed'"):
        client.documents.classic.create(
            IID, context=[{"type": "transcript", "data": usage}], template_key="k", output_language="en"
        )
    assert recorder.sent == []


def test_a_body_that_fits_no_form_names_the_closest_and_its_one_problem_in_a_line() -> None:
    recorder = Recorder()
    with recorder.client() as client, pytest.raises(FieldError) as caught:
        client.documents.classic.create(
            IID, context=[{"type": "facts", "data": "not a list"}], template_key="k", output_language="en"
        )
    assert str(caught.value) == (
        "context[0] (type, data) fits none of its forms; the closest, DocumentsContextWithFacts: "
        "context[0].data must be a list; got str"
    )
    assert recorder.sent == []


# --- setup mistakes say what to check ----------------------------------------------------------


def test_a_token_endpoint_404_names_the_tenant_to_check() -> None:
    def keycloak(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": "Realm does not exist"})

    client = CortiClient(
        tenant_name="copilot-eu", client_id="id", client_secret="s", transport=httpx.MockTransport(keycloak)
    )
    with client, pytest.raises(corti_interactions.NotFoundError) as caught:
        client.interactions.get(IID)
    assert "the token endpoint knows no tenant 'copilot-eu' (its realm): check tenant_name" in str(
        caught.value
    )


def test_a_base_url_without_v2_says_so_on_its_404() -> None:
    def gateway(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, text="Not Found")

    client = CortiClient(
        base_url="https://api.eu.corti.app",
        tenant_name="t",
        token="x",
        transport=httpx.MockTransport(gateway),
    )
    with client, pytest.raises(corti_interactions.NotFoundError) as caught:
        client.interactions.get(IID)
    assert "is /v2 missing from the base URL?" in str(caught.value)
    with (
        CortiClient(tenant_name="t", token="x", transport=httpx.MockTransport(gateway)) as right,
        pytest.raises(corti_interactions.NotFoundError) as not_there,
    ):
        right.interactions.get(IID)  # a 404 under /v2: the resource, not the setup
    assert "/v2 missing" not in str(not_there.value)


def test_a_socket_configuration_takes_fields_the_spec_lacks_through_extra_configuration() -> None:
    pytest.importorskip("websockets")
    config = {**STREAM_CONFIG, "someNewServerOption": {"enabled": True}}
    with FakeCorti() as fake, client_of(fake) as client:
        iid = fake.add_interaction()["id"]
        with pytest.raises(FieldError, match="configuration has no field 'someNewServerOption'"):
            client.stream.connect(iid, configuration=config).__enter__()
        with client.stream.connect(
            iid, configuration=STREAM_CONFIG, extra_configuration={"someNewServerOption": {"enabled": True}}
        ):
            pass
        sent = fake.socket_records[-1].configs[-1]["configuration"]
        with pytest.raises(FieldError, match="^extra_configuration must be JSON"):
            client.stream.connect(
                iid, configuration=STREAM_CONFIG, extra_configuration={"x": object()}
            ).__enter__()
    assert sent["someNewServerOption"] == {"enabled": True}
    assert sent["mode"] == {"type": "transcription"}


def test_a_sessions_accepted_and_end_are_typed_for_its_socket() -> None:
    from corti_interactions_api import models, websockets

    names = {**vars(models), **vars(websockets)}
    names.update({m: getattr(models, m) for m in models.__all__})
    for session, usage in (
        (websockets.StreamSession, "SocketUsageMessage"),
        (websockets.AsyncTranscribeSession, "SocketUsageMessage"),
    ):
        accepted = typing.get_type_hints(session.accepted.fget, localns=names)["return"]  # type: ignore[attr-defined]
        ended = typing.get_type_hints(session.end, localns=names)["return"]
        assert accepted.__name__.endswith("ConfigStatusMessage")
        assert set(typing.get_args(ended)) == {getattr(models, usage), type(None)}
    connect = typing.get_type_hints(websockets.Stream.connect, localns=names)["return"]
    assert typing.get_args(connect) == (websockets.StreamSession,)


# --- the fake from the command line runs a user's own scenario ---------------------------------


def test_fake_server_takes_a_catalog_and_a_script(tmp_path: Path) -> None:
    pytest.importorskip("websockets")
    import json
    import subprocess
    import sys

    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps({
        "sections": {"my-allergies": {"name": "Allergies (ours)", "groups": ["allergies"]}},
        "templates": {"my-note": {"name": "Our note", "sections": ["my-allergies", "corti-plan"]}},
    }))  # fmt: skip
    script = tmp_path / "script.txt"
    script.write_text("She is allergic to penicillin.\n\nnext section\n")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CORTI_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "corti_interactions", "fake-server", "--catalog", str(catalog), "--script", str(script)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().split()[-1] for _ in range(4)]
        client = CortiClient(
            base_url=lines[0], tenant_name=lines[1], client_id=lines[2], client_secret=lines[3]
        )
        with client:
            keys = [s.section.key for s in client.templates.get("my-note").template_sections]
            config = {
                "primaryLanguage": "en", "audioFormat": "audio/pcm;rate=16000;channels=1;bits=16",
                "commands": [{"id": "next", "phrases": ["next section"]}],
            }  # fmt: skip
            with client.transcribe.connect(configuration=config) as session:
                session.send_audio(b"\x00\x00" * 32000)  # two seconds: two segments
                session.end()
                messages = list(session)
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0
    heard = [m.to_dict() for m in messages if hasattr(m, "to_dict")]
    assert keys == ["my-allergies", "corti-plan"]
    said = [(m["type"], m.get("data", {}).get("text") or m.get("data", {}).get("id")) for m in heard]
    assert ("transcript", "She is allergic to penicillin.") in said, said
    assert ("command", "next") in said, said


def test_fake_server_refuses_a_catalog_that_does_not_hold_together(tmp_path: Path) -> None:
    from corti_interactions._cli.commands import main

    catalog = tmp_path / "catalog.json"
    catalog.write_text('{"templates": {"t": {"name": "T", "sections": ["nowhere"]}}}')
    err = io.StringIO()
    assert main(["fake-server", "--catalog", str(catalog)], out=io.StringIO(), err=err) == 2
    assert err.getvalue() == (
        f"corti-interactions: error: --catalog {catalog}: template 't': no section 'nowhere' in the catalog\n"
    )
